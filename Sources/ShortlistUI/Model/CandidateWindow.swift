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
    /// Rows the list holds: those of the scope the filter selects.
    public private(set) var total: Int
    /// Rows the scope holds without the filter: the "of" in "shown of total".
    public private(set) var unfilteredTotal: Int
    private var block: [CandidateRow] = []
    private var blockStart = 0
    /// How many rows to read beyond what is asked, so that scrolling rarely waits.
    private let margin: Int
    private let capacity: Int
    /// Reads made so far: the benchmark and tests look at it.
    public private(set) var readCount = 0

    public init(
        source: any CandidateSource, order: CandidateOrder = .applicationID, margin: Int = 64
    )
        throws
    {
        self.source = source
        self.order = order
        self.margin = margin
        self.capacity = margin * 8
        self.total = try source.candidateCount(scope: .all, filter: nil)
        self.unfilteredTotal = total
    }

    /// Forgets the cached rows: after the order changed or the data did. A keyset order
    /// replaces an order of the user's choosing.
    public func reset(order: CandidateOrder? = nil, scope: CandidateScope? = nil) throws {
        if let order {
            self.order = order
            sortKeys = nil
        }
        if let scope { self.scope = scope }
        try recount()
    }

    /// Shows only the rows a filter selects, or every row of the scope with nil. When
    /// counting fails, the window keeps what it showed.
    public func apply(filter: CompiledFilter?) throws {
        let count = try source.candidateCount(scope: scope, filter: filter)
        self.filter = filter
        total = count
        if filter == nil { unfilteredTotal = count }
        block = []
        blockStart = 0
    }

    private func recount() throws {
        total = try source.candidateCount(scope: scope, filter: filter)
        unfilteredTotal =
            filter == nil ? total : try source.candidateCount(scope: scope, filter: nil)
        block = []
        blockStart = 0
    }

    /// Sorts by columns of the user's choosing; nil goes back to the keyset order.
    public func sort(by keys: [SortKey]?) throws {
        sortKeys = keys
        block = []
        blockStart = 0
    }

    /// Where a candidate stands in the list as it is ordered, scoped and filtered.
    public func position(of id: ApplicationID) throws -> Int? {
        if let sortKeys {
            return try source.position(of: id, sortedBy: sortKeys, scope: scope, filter: filter)
        }
        return try source.position(of: id, order: order, scope: scope, filter: filter)
    }

    private var blockEnd: Int { blockStart + block.count }

    /// The rows at positions `range` (clamped to the list).
    public func rows(_ range: Range<Int>) throws -> [CandidateSummary] {
        let wanted = max(0, range.lowerBound)..<min(total, range.upperBound)
        guard !wanted.isEmpty else { return [] }
        try load(wanted)
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
            block = try source.candidates(
                sortedBy: sortKeys, offset: start, limit: wanted.count + 2 * margin, scope: scope,
                filter: filter)
            blockStart = start
            return
        }
        let span = wanted.count + margin
        if !block.isEmpty, wanted.lowerBound >= blockStart, wanted.lowerBound <= blockEnd + span {
            // Just after the block: continue from its last row.
            let need = wanted.upperBound - blockEnd + margin
            let more = try fetch(.after(block[block.count - 1].anchor, limit: need))
            block.append(contentsOf: more)
            if more.count < need { total = blockEnd }
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
            block = try fetch(.first(limit: wanted.upperBound + margin))
            blockStart = 0
        } else if wanted.upperBound >= total - margin {
            let count = total - max(0, wanted.lowerBound - margin)
            block = try fetch(.last(limit: count))
            blockStart = total - block.count
        } else {
            let start = max(0, wanted.lowerBound - margin / 2)
            block = try fetch(.offset(start, limit: wanted.count + margin))
            blockStart = start
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
