import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import Synchronization
import Testing

@testable import ShortlistUI

/// Wraps a store and records every page request, to check that the list reads windows by
/// keyset and never everything.
/// Sendable like every source: counts may be made on another thread.
final class RecordingSource: CandidateSource {
    private struct Log {
        var requests: [PageRequest] = []
        var rowsRead = 0
        var counts = 0
    }

    let store: SQLiteStore
    private let log = Mutex(Log())
    var requests: [PageRequest] { log.withLock { $0.requests } }
    var rowsRead: Int { log.withLock { $0.rowsRead } }
    var counts: Int { log.withLock { $0.counts } }

    init(_ store: SQLiteStore) { self.store = store }

    func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int {
        log.withLock { $0.counts += 1 }
        return try store.candidateCount(scope: scope, filter: filter)
    }
    func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        log.withLock { $0.requests.append(page) }
        let rows = try store.candidates(order: order, page: page, scope: scope, filter: filter)
        log.withLock { $0.rowsRead += rows.count }
        return rows
    }
    func candidate(_ id: ApplicationID) throws -> Candidate? { try store.candidate(id) }
    func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int? {
        try store.position(of: id, order: order, scope: scope, filter: filter)
    }
    func candidates(
        sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try store.candidates(
            sortedBy: keys, offset: offset, limit: limit, scope: scope, filter: filter)
    }
    func position(
        of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int? {
        try store.position(of: id, sortedBy: keys, scope: scope, filter: filter)
    }
    func nextMatch(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
        order: CandidateOrder, sortedBy keys: [SortKey]?, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> SearchHit? {
        try store.nextMatch(
            search, from: start, forward: forward, inclusive: inclusive, order: order,
            sortedBy: keys, scope: scope, filter: filter)
    }
}

@Suite struct CandidateWindowTests {
    let folder = TemporaryDirectory()
    let count = 3000

    func makeSource() throws -> RecordingSource {
        let store = try TestDatabase.create(at: folder.file("w.db"))
        try store.insertCandidates(
            (1...count).lazy.map { FixtureCandidates.make($0, "S\($0)", "G", nationality: "PT") },
            by: store.acting(as: "secretary"))
        return RecordingSource(store)
    }

    @Test func scrollingTheWholeListReadsEachRowAboutOnce() throws {
        let source = try makeSource()
        let window = try CandidateWindow(source: source)
        for top in 0..<(count - 20) {
            let rows = try window.rows(top..<(top + 20))
            #expect(rows.first?.applicationID.rawValue == String(format: "APP-%07d", top + 1))
        }
        #expect(source.rowsRead < count * 2)
        #expect(
            !source.requests.contains { if case .offset = $0 { return true } else { return false } }
        )
    }

    @Test func jumpingToTheEndReadsFromTheEndNotByOffset() throws {
        let source = try makeSource()
        let window = try CandidateWindow(source: source)
        _ = try window.rows(0..<20)
        let last = try window.rows((count - 20)..<count)
        #expect(last.last?.applicationID.rawValue == String(format: "APP-%07d", count))
        guard case .last = source.requests.last else {
            Issue.record(
                "expected a read from the end, got \(String(describing: source.requests.last))")
            return
        }
        // Scrolling back up from the end continues by keyset.
        let before = try window.rows((count - 100)..<(count - 80))
        #expect(before.first?.applicationID.rawValue == String(format: "APP-%07d", count - 99))
        #expect(
            source.requests.contains { if case .before = $0 { return true } else { return false } })
    }

    @Test func aFarJumpInTheMiddleReadsOneWindow() throws {
        let source = try makeSource()
        let window = try CandidateWindow(source: source)
        _ = try window.rows(0..<20)
        let middle = try window.rows(1500..<1520)
        #expect(
            middle.map(\.applicationID.rawValue)
                == (1501...1520).map { String(format: "APP-%07d", $0) })
        #expect(source.rowsRead < 300)
    }

    @Test func holdsABoundedNumberOfRows() throws {
        let source = try makeSource()
        let window = try CandidateWindow(source: source, margin: 16)
        for top in stride(from: 0, to: count - 20, by: 7) { _ = try window.rows(top..<(top + 20)) }
        // Going back a little is served from what is held.
        let before = source.requests.count
        _ = try window.rows((count - 60)..<(count - 40))
        #expect(source.requests.count == before)
    }

    /// A filter whose first rows are not all of it is shown before it is counted; the count
    /// comes later, only for the list as it is now, and is kept until the data changes.
    @Test func aLargeFilterIsCountedAfterItsFirstRows() throws {
        let source = try makeSource()
        let store = source.store
        let chair = try store.acting(as: "chair")
        let many = try store.compile("exp >= 0", for: chair)
        let few = try store.compile("id in (APP-0000007, APP-0000009)", for: chair)
        let window = try CandidateWindow(source: source)

        try window.apply(filter: few)
        #expect(!window.isCounting && window.total == 2, "a short list is counted by reading it")

        try window.apply(filter: many)
        #expect(window.isCounting)
        let request = try #require(window.countRequest)
        // The list can be read past the count so far; the count grows with what is read.
        let rows = try window.rows(0..<(window.countedAtOnce + 50))
        #expect(rows.count == window.countedAtOnce + 50)
        #expect(window.total >= rows.count && window.isCounting)

        // A count for another filter never lands.
        try window.apply(filter: few)
        #expect(!window.finishCount(count, for: request))
        #expect(window.total == 2)

        // Back to the large filter: its count was kept, nothing to count again.
        try window.apply(filter: many)
        #expect(!window.isCounting && window.total == count)

        // Once the data changes, counts made before are forgotten and never land.
        try window.reset()
        #expect(!window.finishCount(count - 1, for: request))
        #expect(window.total == count)
    }

    @Test func readingToTheEndOfAFilterCountsIt() throws {
        let source = try makeSource()
        let filter = try source.store.compile("exp >= 0", for: source.store.acting(as: "chair"))
        let window = try CandidateWindow(source: source)
        try window.apply(filter: filter)
        #expect(window.isCounting)
        var top = 0
        while window.isCounting, top < count * 2 {
            _ = try window.rows(top..<(top + 40))
            top += 40
        }
        #expect(!window.isCounting && window.total == count)
    }

    /// Counts are made once per list until the data changes: an order change never counts.
    @Test func anOrderChangeDoesNotCountAgainButADataChangeDoes() throws {
        let source = try makeSource()
        let window = try CandidateWindow(source: source)
        let before = source.counts
        try window.reset(order: .name)
        try window.sort(by: [SortKey(.experience, descending: true)])
        try window.reset(order: .applicationID)
        #expect(source.counts == before)
        try window.reset()
        #expect(source.counts > before && window.total == count)
    }
}
