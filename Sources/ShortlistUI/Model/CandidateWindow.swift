import ShortlistCore
import ShortlistStore

/// The rows of an ordered candidate list around what is on screen: a bounded, contiguous
/// block that grows by keyset reads next to its ends and is replaced on a far jump. The list
/// may hold a million rows; this holds a few hundred.
public final class CandidateWindow {
    public let source: any CandidateSource
    public private(set) var order: CandidateOrder
    /// Everyone, or only the candidates invited to interview.
    public private(set) var scope: CandidateScope = .all
    /// An order of the user's choosing (`:sort -exp,name`), read by offset; nil for `order`,
    /// which pages by keyset.
    public private(set) var sortKeys: [SortKey]?
    /// The filter applied on top of the scope (the filter bar, `:filter NAME`), if any.
    public private(set) var filter: CompiledFilter?
    /// Rows the list holds: those of the scope the filter selects. While `isCounting`, the
    /// rows read so far: a lower bound that grows as the list is read.
    public private(set) var total: Int
    /// A filter was applied whose first rows did not reach the end of its list: its count is
    /// left to `countRequest` (off the interface's thread) and arrives in `finishCount`.
    public private(set) var isCounting = false
    /// A filter that selects fewer rows than this is counted by reading its first rows;
    /// one that selects more is counted later.
    public var countedAtOnce: Int
    /// Rows the scope holds without the filter: the "of" in "shown of total".
    public private(set) var unfilteredTotal: Int
    private var block: [CandidateRow] = []
    private var blockStart = 0
    /// How many rows to read beyond what is asked, so that scrolling rarely waits.
    private let margin: Int
    private let capacity: Int
    /// Reads made so far: the benchmark and tests look at it.
    public private(set) var readCount = 0
    /// The last candidate whose position was asked for in an order of the user's choosing:
    /// the rows around it are read from its sort values, not by offset.
    private var positioned: (id: ApplicationID, position: Int)?
    /// Counts of filtered lists made so far, kept until the data changes (`reset()`).
    private var knownCounts: [CountRequest: Int] = [:]
    /// Bumped when the data changes, so that a count made before never lands after.
    private var dataEpoch = 0

    /// A count the window waits for: of this scope and filter, on the data as it was.
    public struct CountRequest: Hashable, Sendable {
        public let scope: CandidateScope
        public let filter: CompiledFilter?
        let epoch: Int
    }

    public init(
        source: any CandidateSource, order: CandidateOrder = .applicationID, margin: Int = 64
    )
        throws
    {
        self.source = source
        self.order = order
        self.margin = margin
        self.capacity = margin * 8
        self.countedAtOnce = margin * 3
        self.total = try source.candidateCount(scope: .all, filter: nil)
        self.unfilteredTotal = total
        knownCounts[CountRequest(scope: .all, filter: nil, epoch: 0)] = total
    }

    /// Forgets the cached rows: after the order changed or the data did (no argument: the
    /// counts made so far are forgotten too). A keyset order replaces an order of the user's
    /// choosing.
    public func reset(order: CandidateOrder? = nil, scope: CandidateScope? = nil) throws {
        if let order {
            self.order = order
            sortKeys = nil
        }
        if let scope { self.scope = scope }
        if order == nil, scope == nil {
            knownCounts = [:]
            dataEpoch += 1
        }
        try recount()
    }

    /// After the data changed, with the filter compiled anew for it (its scores and phrases
    /// are read when it is compiled): every count is forgotten, the first rows read again.
    public func reset(recompiled filter: CompiledFilter) throws {
        knownCounts = [:]
        dataEpoch += 1
        try apply(filter: filter)
    }

    /// Shows only the rows a filter selects, or every row of the scope with nil. A filter
    /// counted before (and the data unchanged since) takes its count from then; otherwise
    /// its first rows are read, and if they are not all of it, `isCounting` says the count
    /// is still to be made (`countRequest`). When reading fails, the window keeps what it
    /// showed.
    public func apply(filter: CompiledFilter?) throws {
        let request = CountRequest(scope: scope, filter: filter, epoch: dataEpoch)
        if filter == nil || knownCounts[request] != nil {
            let count = try knownCounts[request] ?? source.candidateCount(scope: scope, filter: nil)
            knownCounts[request] = count
            self.filter = filter
            total = count
            if filter == nil { unfilteredTotal = count }
            isCounting = false
            block = []
            blockStart = 0
            return
        }
        let first = try read(first: countedAtOnce, filter: filter)
        self.filter = filter
        block = first
        blockStart = 0
        total = first.count
        isCounting = true
        if first.count < countedAtOnce { counted(first.count) }
    }

    /// The count `isCounting` waits for, if any.
    public var countRequest: CountRequest? {
        isCounting ? CountRequest(scope: scope, filter: filter, epoch: dataEpoch) : nil
    }

    /// A count made off the interface's thread: kept, and taken as the list's total if it is
    /// the count of the list as it is now (same scope, filter and data). True when taken.
    @discardableResult
    public func finishCount(_ count: Int, for request: CountRequest) -> Bool {
        guard request.epoch == dataEpoch else { return false }
        knownCounts[request] = count
        guard isCounting, request == countRequest else { return false }
        counted(count)
        return true
    }

    /// Stops waiting for a count that failed: the total stays the rows read so far.
    public func abandonCount() { isCounting = false }

    /// Counts on this thread what is still being counted: before a jump to the end.
    public func countNow() throws {
        guard let request = countRequest else { return }
        finishCount(
            try source.candidateCount(scope: request.scope, filter: request.filter), for: request)
    }

    private func counted(_ count: Int) {
        total = count
        isCounting = false
        knownCounts[CountRequest(scope: scope, filter: filter, epoch: dataEpoch)] = count
    }

    private func read(first limit: Int, filter: CompiledFilter?) throws -> [CandidateRow] {
        readCount += 1
        if let sortKeys {
            return try source.candidates(
                sortedBy: sortKeys, offset: 0, limit: limit, scope: scope, filter: filter)
        }
        return try source.candidates(
            order: order, page: .first(limit: limit), scope: scope, filter: filter)
    }

    /// The list's count after its order, scope or data changed: from the counts made so far
    /// when the data is unchanged (an order change never counts again).
    private func recount() throws {
        isCounting = false
        let request = CountRequest(scope: scope, filter: filter, epoch: dataEpoch)
        let all = CountRequest(scope: scope, filter: nil, epoch: dataEpoch)
        let total = try knownCounts[request] ?? source.candidateCount(scope: scope, filter: filter)
        knownCounts[request] = total
        self.total = total
        unfilteredTotal =
            try knownCounts[all] ?? source.candidateCount(scope: scope, filter: nil)
        knownCounts[all] = unfilteredTotal
        block = []
        blockStart = 0
    }

    /// Sorts by columns of the user's choosing; nil goes back to the keyset order.
    public func sort(by keys: [SortKey]?) throws {
        sortKeys = keys
        positioned = nil
        block = []
        blockStart = 0
    }

    /// Where a candidate stands in the list as it is ordered, scoped and filtered. While the
    /// list is being counted, it holds at least the rows up to this one.
    public func position(of id: ApplicationID) throws -> Int? {
        // Among the rows held (a filter's first page, just read): no need to ask.
        if let cached = cachedIndex(of: id) { return cached }
        let position =
            if let sortKeys {
                try source.position(of: id, sortedBy: sortKeys, scope: scope, filter: filter)
                    .map {
                        positioned = (id, $0)
                        return $0
                    }
            } else {
                try source.position(of: id, order: order, scope: scope, filter: filter)
            }
        if isCounting, let position { total = max(total, position + 1) }
        return position
    }

    private var blockEnd: Int { blockStart + block.count }

    /// The rows at positions `range` (clamped to the list). While the list is being counted,
    /// rows past the count so far are read if there are any, and the count grows with them.
    public func rows(_ range: Range<Int>) throws -> [CandidateSummary] {
        let end = isCounting ? range.upperBound : min(total, range.upperBound)
        let wanted = max(0, range.lowerBound)..<end
        guard !wanted.isEmpty else { return [] }
        try load(wanted)
        if isCounting, !block.isEmpty { total = max(total, blockEnd) }
        let lo = wanted.lowerBound - blockStart
        let hi = min(block.count, wanted.upperBound - blockStart)
        guard lo >= 0, lo < hi else { return [] }
        return block[lo..<hi].map(\.summary)
    }

    public func row(at index: Int) throws -> CandidateSummary? {
        try rows(index..<(index + 1)).first
    }

    private func load(_ wanted: Range<Int>) throws {
        if !block.isEmpty, wanted.lowerBound >= blockStart, wanted.upperBound <= blockEnd { return }
        if let sortKeys {
            // No keyset in an arbitrary order: read a block around what is wanted.
            let start = max(0, wanted.lowerBound - margin)
            readCount += 1
            let limit = wanted.count + 2 * margin
            if let (id, position) = positioned, position >= start, position < start + limit {
                // Around a candidate whose place is known (the selection after a sort
                // change): from its sort values, no sort of every row up to an offset.
                positioned = nil
                let after = start + limit - position
                let around = try source.candidates(
                    sortedBy: sortKeys, around: id, at: position, before: position - start,
                    after: after, scope: scope, filter: filter)
                if let i = around.firstIndex(where: { $0.summary.applicationID == id }) {
                    block = around
                    blockStart = position - i
                    if isCounting, around.count - i < after { counted(blockEnd) }
                    return
                }
            }
            block = try source.candidates(
                sortedBy: sortKeys, offset: start, limit: limit, scope: scope, filter: filter)
            blockStart = start
            if isCounting, block.count < limit, !block.isEmpty { counted(blockEnd) }
            return
        }
        let span = wanted.count + margin
        if !block.isEmpty, wanted.lowerBound >= blockStart, wanted.lowerBound <= blockEnd + span {
            // Just after the block: continue from its last row.
            let need = wanted.upperBound - blockEnd + margin
            let more = try fetch(.after(block[block.count - 1].anchor, limit: need))
            block.append(contentsOf: more)
            if more.count < need {
                if isCounting { counted(blockEnd) } else { total = blockEnd }
            }
            trimFront(keeping: wanted.lowerBound)
        } else if !block.isEmpty, wanted.upperBound <= blockEnd,
            wanted.upperBound >= blockStart - span
        {
            // Just before the block: continue backwards from its first row.
            let need = blockStart - wanted.lowerBound + margin
            let more = try fetch(.before(block[0].anchor, limit: min(need, blockStart)))
            block.insert(contentsOf: more, at: 0)
            blockStart -= more.count
            trimBack(keeping: wanted.upperBound)
        } else if wanted.lowerBound <= margin {
            let limit = wanted.upperBound + margin
            block = try fetch(.first(limit: limit))
            blockStart = 0
            if isCounting, block.count < limit { counted(block.count) }
        } else if !isCounting, wanted.upperBound >= total - margin {
            let count = total - max(0, wanted.lowerBound - margin)
            block = try fetch(.last(limit: count))
            blockStart = total - block.count
        } else {
            let start = max(0, wanted.lowerBound - margin / 2)
            let limit = wanted.count + margin
            block = try fetch(.offset(start, limit: limit))
            blockStart = start
            if isCounting, block.count < limit, !block.isEmpty { counted(blockEnd) }
        }
    }

    private func fetch(_ request: PageRequest) throws -> [CandidateRow] {
        readCount += 1
        return try source.candidates(order: order, page: request, scope: scope, filter: filter)
    }

    private func trimFront(keeping index: Int) {
        let excess = block.count - capacity
        guard excess > 0 else { return }
        let drop = min(excess, max(0, index - blockStart - margin))
        block.removeFirst(drop)
        blockStart += drop
    }

    private func trimBack(keeping index: Int) {
        let excess = block.count - capacity
        guard excess > 0 else { return }
        let drop = min(excess, max(0, blockEnd - index - margin))
        block.removeLast(drop)
    }

    /// The position of a candidate if it is among the cached rows.
    public func cachedIndex(of id: ApplicationID) -> Int? {
        block.firstIndex { $0.summary.applicationID == id }.map { $0 + blockStart }
    }
}
