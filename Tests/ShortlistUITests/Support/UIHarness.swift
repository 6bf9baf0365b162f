import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit

@testable import ShortlistUI

/// The real application on a fixture database, drawn into the in-memory backend: keys go
/// through the same keymap and dispatcher as in the terminal.
final class UIHarness {
    let folder = TemporaryDirectory("shortlist-ui")
    let store: Store
    let backend: TestBackend
    let app: App

    init(
        width: Int = 80, height: Int = 24, candidates: [Candidate] = FixtureCandidates.all,
        theme: Theme = .default, keymap: Keymap = Keymap(), catalog: ThemeCatalog = .builtIn,
        colorCount: Int = 256
    ) throws {
        store = try TestDatabase.create(at: folder.file("ui.db"), candidates: candidates)
        backend = TestBackend(width: width, height: height, colorCount: colorCount)
        app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(databaseName: "ui.db", callReference: CallReference.builtIn),
            theme: theme, keymap: keymap, catalog: catalog)
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

    var screen: String { backend.text }
    var lines: [String] { backend.lines }
}
