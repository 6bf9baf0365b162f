import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import Synchronization
import TerminalKit
import Testing

@testable import ShortlistUI

/// A store that answers searches slowly and notes who asked: the interface must ask from
/// another thread than its own, and show only the newest query's result.
final class SlowSearchSource: CandidateSource {
    let store: SQLiteStore
    let delay: TimeInterval
    /// How long reading one candidate (the detail, with its CV) takes.
    let detailDelay: TimeInterval
    private let calls = Mutex<[(query: String, thread: pthread_t)]>([])
    private let detailReads = Mutex<[pthread_t]>([])

    init(_ store: SQLiteStore, delay: TimeInterval, detailDelay: TimeInterval = 0) {
        self.store = store
        self.delay = delay
        self.detailDelay = detailDelay
    }

    /// The threads that read a candidate's detail, in order.
    var detailThreads: [pthread_t] { detailReads.withLock { $0 } }

    var searched: [(query: String, thread: pthread_t)] {
        calls.withLock { $0 }
    }

    func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int {
        try store.candidateCount(scope: scope, filter: filter)
    }
    func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try store.candidates(order: order, page: page, scope: scope, filter: filter)
    }
    func candidate(_ id: ApplicationID) throws -> Candidate? {
        detailReads.withLock { $0.append(pthread_self()) }
        Thread.sleep(forTimeInterval: detailDelay)
        return try store.candidate(id)
    }
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
        calls.withLock { $0.append((search.query, pthread_self())) }
        Thread.sleep(forTimeInterval: delay)
        return try store.nextMatch(
            search, from: start, forward: forward, inclusive: inclusive, order: order,
            sortedBy: keys, scope: scope, filter: filter)
    }
}

@Suite struct SearchTests {
    func selectedID(_ ui: UIHarness) -> ApplicationID? { ui.app.selectedID }

    @Test func typingSearchesAndSelectsTheFirstMatch() throws {
        let ui = try UIHarness()
        ui.press(.character("/"))
        #expect(ui.lines.last == "/")
        ui.type("papad")
        ui.app.settle()
        #expect(selectedID(ui) == ApplicationID("APP-0000001"))
        ui.press(.enter)
        #expect(ui.app.state.commandLine == nil)
        #expect(ui.lines.last!.contains("APP-0000001 · 1 match for papad"))
        ui.press(.character("/"))
        ui.type("zolc")
        ui.app.settle()
        #expect(selectedID(ui) == ApplicationID("APP-0000003"))
        // The matched word is highlighted; the rest of the row is not.
        let row = try #require(ui.lines.firstIndex { $0.hasPrefix("▶ Żółć") })
        let selected = ui.app.theme[.selectedRow]
        #expect(ui.backend.screen[2, row].style == ui.app.theme[.searchMatch].over(selected))
        #expect(ui.backend.screen[8, row].style == selected, "“Łukasz” does not match “zolc”")
        ui.press(.enter)
        Golden.check(ui.screen, "search-80x24")
    }

    @Test func escapeGoesBackAndNAndNWalkTheMatches() throws {
        let ui = try UIHarness()
        ui.press(.character("j"), .character("j"), .character("j"), .character("j"))
        #expect(ui.app.state.selected == 4)
        ui.press(.character("/"))
        ui.type("text:policy")
        ui.app.settle()
        #expect(ui.app.state.selected == 4, "the search starts at the selected row")
        ui.press(.escape)
        #expect(ui.app.state.selected == 4)
        #expect(ui.app.state.activeSearch == nil)

        ui.press(.character("/"))
        ui.type("\"digital twin")
        ui.app.settle()
        #expect(selectedID(ui) == ApplicationID("APP-0000001"), "wrapped to the only match")
        ui.press(.enter)
        ui.press(.character("g"), .character("/"))
        ui.type("text:societal")
        ui.press(.enter)
        ui.app.settle()
        #expect(ui.app.state.selected == 0)
        ui.press(.character("n"))
        ui.app.settle()
        #expect(ui.app.state.selected == 1)
        ui.press(.character("N"), .character("N"))
        ui.app.settle()
        #expect(ui.app.state.selected == 11, "N from the first match wraps to the last")
        #expect(ui.lines.last!.contains("wrapped"))
        ui.press(.character("/"))
        ui.type("xyzzy")
        ui.app.settle()
        #expect(ui.lines.last!.hasPrefix("/xyzzy"))
        ui.press(.enter)
        #expect(ui.app.state.lastHit == nil)
    }

    @Test func theSearchStaysInTheFilteredList() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        ui.type("nat in (PL, DE)")
        ui.press(.enter, .character("/"))
        ui.type("mull")
        ui.app.settle()
        #expect(selectedID(ui) == ApplicationID("APP-0000004"))
        #expect(ui.app.state.selected == 1, "position within the filtered list")
        ui.press(.enter, .character("/"))
        ui.type("papad")
        ui.app.settle()
        #expect(ui.app.state.lastHit == nil, "not in the filtered list")
    }

    /// Twenty key presses queued at once: the interface never waits for the database, the
    /// stale searches are skipped or dropped, and only the last query's result is ever shown.
    /// A synchronous implementation searches on the interface's thread twenty times and
    /// shows twenty results: it fails here.
    @Test func fastTypingShowsOnlyTheLastQuerysResult() throws {
        let ui = try UIHarness()
        let slow = SlowSearchSource(ui.store, delay: 0.2)
        let backend = TestBackend(width: 80, height: 24)
        let app = try App(
            source: slow, panel: ui.store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn,
                actor: try ui.store.acting(as: "chair"), profile: .builtIn))
        app.render()
        let query = "o suilleabhain siobh"
        #expect(query.count == 20)
        backend.enqueue(keys: [.character("/")] + query.map { Key.character($0) })
        app.processPendingEvents()
        let uiThread = pthread_self()
        #expect(
            !slow.searched.contains { pthread_equal($0.thread, uiThread) != 0 },
            "searched on the interface's thread")

        app.settle()
        #expect(app.state.shownSearchResults == [query], "a stale result was shown")
        #expect(app.selectedID == ApplicationID("APP-0000005"))
        #expect(slow.searched.count <= 2, "stale searches ran: \(slow.searched.map(\.query))")
        #expect(slow.searched.last?.query == query)
        #expect(app.searchRunner.discarded >= 19)
        #expect(backend.lines.last!.hasPrefix("/\(query)"))
        backend.enqueue(keys: [.enter])
        app.processPendingEvents()
        #expect(backend.lines.last!.contains("APP-0000005 · 1 match"))
    }

    @Test func aCVSearchIsHighlightedInTheCV() throws {
        let ui = try UIHarness(width: 120, height: 40)
        ui.press(.enter)  // the detail beside the list
        func styles(of word: String) -> [Style] {
            (ui.app.detail?.lines ?? []).flatMap { $0 }.filter { $0.text.contains(word) }.map(
                \.style)
        }
        let before = styles(of: "Twin")
        #expect(!before.isEmpty)
        ui.press(.escape, .character("/"))
        ui.type("\"digital twin")
        ui.app.settle()
        ui.press(.enter)
        #expect(ui.app.selectedID == ApplicationID("APP-0000001"))
        ui.press(.enter)
        let after = (ui.app.detail?.lines ?? []).flatMap { $0 }.filter { $0.text == "Twin" }
        #expect(!after.isEmpty)
        #expect(after.allSatisfy { $0.style == ui.app.theme[.searchMatch].over($0.style) })
        #expect(after.map(\.style) != before, "the words stand out")
    }
}
