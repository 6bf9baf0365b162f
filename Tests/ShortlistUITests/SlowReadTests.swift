import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// The update step reads what may take time (the detail with its CV) off the loop's thread:
/// a slow database leaves the interface answering keys, with "loading…" where the document
/// will be, and the document appears when the read ends.
@Suite struct SlowReadTests {
    @Test func aSlowDetailIsReadOffTheLoopAndShownWhenItComes() throws {
        let ui = try UIHarness()
        let slow = SlowSearchSource(ui.store, delay: 0, detailDelay: 0.6)
        let backend = TestBackend(width: 80, height: 24)
        let app = try App(
            source: slow, panel: ui.store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn,
                actor: try ui.store.acting(as: "chair"), profile: .builtIn))
        app.render()
        let started = Date()
        app.handle(.key(.enter))
        app.render()
        // The frame came after `readWait`, not after the read.
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(app.loading.pendingDetail != nil)
        #expect(backend.lines.contains { $0.contains("loading…") })
        let loopThread = pthread_self()
        #expect(!slow.detailThreads.isEmpty)
        #expect(
            !slow.detailThreads.contains { pthread_equal($0, loopThread) != 0 },
            "read the detail on the loop's thread")

        // A key meanwhile is answered at once: the help opens over the waiting detail.
        app.handle(.key(.character("?")))
        app.render()
        #expect(app.state.helpOpen)
        app.handle(.key(.escape))

        app.settle()
        #expect(app.loading.pendingDetail == nil)
        #expect(!backend.lines.contains { $0.contains("loading…") })
        #expect((app.state.shown.detail?.lines.count ?? 0) > 5, "the candidate's document")
        #expect(app.state.shown.detail?.key.applicationID == app.selectedID)
    }

    @Test func aFastDetailIsInTheFrameAfterTheKey() throws {
        let ui = try UIHarness()
        ui.backend.enqueue(keys: [.enter])
        let event = try #require(ui.backend.readEvent(timeoutMilliseconds: 0))
        ui.app.handle(event)
        ui.app.render()
        #expect(ui.app.loading.pendingDetail == nil)
        #expect(!ui.lines.contains { $0.contains("loading…") })
        #expect(ui.app.state.shown.detail?.key.applicationID == ui.app.selectedID)
    }
}
