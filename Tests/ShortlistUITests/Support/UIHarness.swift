import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import TerminalKit

@testable import ShortlistUI

/// The real application on a fixture database, drawn into the in-memory backend: keys go
/// through the same keymap and dispatcher as in the terminal. It acts as the demo panel's
/// chair unless told otherwise, with the built-in call profile, as `shortlist demo` does.
final class UIHarness {
    let folder = TemporaryDirectory("shortlist-ui")
    let store: SQLiteStore
    let backend: TestBackend
    let app: App

    /// - Parameters:
    ///   - actor: the roster name acting (nil: nobody known).
    ///   - blindViewer: the user's own blind mode (the database's is set in `prepare`).
    ///   - roundOpen: the grid adopted and the panel declared, as in the demo (false: a
    ///     fresh database, where screening and scoring are refused).
    ///   - prepare: work done in the database before the interface opens on it.
    init(
        width: Int = 80, height: Int = 24, candidates: [Candidate] = FixtureCandidates.all,
        theme: Theme = .default, keymap: Keymap = Keymap(), catalog: ThemeCatalog = .builtIn,
        colorCount: Int = 256, actor: String? = "chair", blindViewer: Bool = false,
        profile: CallProfile? = .builtIn, exporter: (any ResultExporter)? = nil,
        roundOpen: Bool = true, prepare: (SQLiteStore) throws -> Void = { _ in }
    ) throws {
        let url = folder.file("ui.db")
        var store = try TestDatabase.create(
            at: url, candidates: candidates, roundOpen: roundOpen, clock: UIHarness.clock)
        try prepare(store)
        if blindViewer {
            try store.close()
            store = try SQLiteStore.open(at: url, blindViewer: true, clock: UIHarness.clock)
        }
        self.store = store
        backend = TestBackend(width: width, height: height, colorCount: colorCount)
        let acting = try actor.map { try store.actor(named: $0, login: $0) }
        app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn, actor: acting,
                profile: profile, isBlind: try store.isBlind() || store.blindViewer,
                readOnlyReason: acting.map {
                    $0.isOnRoster
                        ? nil
                        : "\($0.name) is not on the panel roster of this database: opened read-only"
                } ?? nil),
            theme: theme, keymap: keymap, catalog: catalog, exporter: exporter)
        app.render()
    }

    /// Presses keys as a user would and waits for the frame.
    func press(_ keys: Key...) {
        backend.enqueue(keys: keys)
        app.processPendingEvents()
    }

    /// Types characters, each one a key press.
    func type(_ text: String) {
        backend.enqueue(keys: text.map { Key.character($0) })
        app.processPendingEvents()
    }

    func send(_ events: InputEvent...) {
        for event in events { backend.enqueue(event) }
        app.processPendingEvents()
    }

    /// Every line the help shows, scrolling through it to its end; the help stays open.
    func helpLines() -> [String] {
        if !app.state.helpOpen { press(.character("?")) }
        var seen: [String] = []
        var screen = ""
        while screen != self.screen {
            screen = self.screen
            for line in lines where !seen.contains(line) { seen.append(line) }
            press(.character("j"))
        }
        return seen
    }

    /// A fixed time for everything the store records, so that audit screens are golden.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_764_150_000) }

    var screen: String { backend.text }

    /// The detail's whole document as one line of words: what it says, whatever the wrapping
    /// and the scrolling.
    var detailText: String {
        (app.detail?.lines ?? []).map { $0.map(\.text).joined() }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
    }
    var lines: [String] { backend.lines }
}
