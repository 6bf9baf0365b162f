import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The notes screen (`M`): an offline copy checked out, annotated, its notes exported and
/// merged into the panel's database, all from the interface, through the same functions as
/// `shortlist notes checkout`, `export` and `merge`; the merge's outcome (added, already
/// held, refused and why) stays on the screen.
@Suite struct NotesScreenTests {
    private func panel(_ name: String = "secretary") throws -> UIHarness {
        let ui = try UIHarness(width: 100, height: 30, actor: name)
        ui.app.loader = ImportProgressTests.GatedLoader(FileLoader(store: ui.store))
        (ui.app.loader as? ImportProgressTests.GatedLoader)?.proceed.signal()
        return ui
    }

    /// The interface on an offline copy, acting as the person who took it.
    private func session(on copy: SQLiteStore, as name: String) throws -> (App, TestBackend) {
        let backend = TestBackend(width: 100, height: 30)
        let app = try App(
            source: copy, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "copy.db", callReference: CallReference.builtIn,
                actor: try copy.actor(named: name, login: name), profile: .builtIn,
                isBlind: false, readOnlyReason: nil))
        let loader = ImportProgressTests.GatedLoader(FileLoader(store: copy))
        loader.proceed.signal()
        app.loader = loader
        app.render()
        return (app, backend)
    }

    private func run(_ app: App, _ backend: TestBackend, _ line: String) {
        backend.enqueue(keys: [.character(":")] + line.map { Key.character($0) } + [.enter])
        app.processPendingEvents()
        app.finishWork()
    }

    @Test func aCopyCheckedOutAnnotatedExportedAndMerged() throws {
        let ui = try panel()
        let copyURL = ui.folder.file("copy.db")
        let bundleURL = ui.folder.file("bundle.json")
        ui.press(.character("M"))
        #expect(ui.app.state.notesScreen != nil)
        #expect(ui.screen.contains("the panel's database"))
        ui.type(":checkout \(copyURL.path)")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(ui.app.state.message?.text.contains("Copied") == true)
        #expect(ui.screen.contains("taken by secretary"))
        #expect(try ui.store.offlineCopies().count == 1)

        // On the copy: two notes, then the screen says they are not yet exported.
        let copy = try SQLiteStore.open(at: copyURL, clock: UIHarness.clock)
        let me = try copy.actor(named: "secretary", login: "secretary")
        try copy.addNote(
            on: ApplicationID("APP-0000001"), text: "Ζητήστε το δίπλωμα — Łódź, Київ", by: me)
        try copy.addNote(on: ApplicationID("APP-0000002"), text: "Проверить стаж", by: me)
        let (app, backend) = try session(on: copy, as: "secretary")
        backend.enqueue(keys: [.character("M")])
        app.processPendingEvents()
        #expect(backend.text.contains("an offline copy of"))
        #expect(backend.text.contains("2 note versions, never exported"))
        #expect(backend.text.contains("Ζητήστε το δίπλωμα — Łódź, Київ"))
        // The panel database's id is random: the golden screen holds its place.
        let screen = backend.text.replacingOccurrences(
            of: #"copy of [0-9a-f]{8}"#, with: "copy of ########", options: .regularExpression)
        Golden.check(screen, "notes-copy-not-exported-100x30")
        run(app, backend, "export-notes \(bundleURL.path)")
        #expect(app.state.message?.text.contains("Wrote 2 note versions by secretary") == true)
        #expect(backend.text.contains("0 note versions since your export"))

        // On the panel: merged, then merged again (nothing new), then a refused file.
        let before = try ui.store.noteVersionCount()
        ui.type(":merge-notes \(bundleURL.path)")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(try ui.store.noteVersionCount() == before + 2)
        #expect(
            ui.app.state.notesScreen?.view.outcome?.text.contains("Merged 2 new note versions")
                == true)
        ui.type(":merge-notes \(bundleURL.path)")
        ui.press(.enter)
        ui.app.finishWork()
        let again = ui.app.state.notesScreen?.view.outcome?.text ?? ""
        #expect(again.contains("Merged 0 new note versions"))
        #expect(again.contains("2 were already here"))
        var tampered = try String(contentsOf: bundleURL, encoding: .utf8)
        tampered = tampered.replacingOccurrences(of: "Проверить стаж", with: "Проверить стаж!")
        let tamperedURL = ui.folder.file("tampered.json")
        try Data(tampered.utf8).write(to: tamperedURL)
        ui.type(":merge-notes \(tamperedURL.path)")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(try ui.store.noteVersionCount() == before + 2, "a refused bundle changes nothing")
        let outcome = try #require(ui.app.state.notesScreen?.view.outcome)
        #expect(outcome.isError)
        #expect(outcome.text.contains("tampered.json"))
        let actions = try ui.store.auditLog(by: ui.store.acting(as: "chair")).map(\.action)
        #expect(actions.filter { $0 == "notes.merge" }.count == 1, "only the merge that added")
        #expect(actions.contains("notes.checkout"))
    }

    @Test func aReviewerMayNotMergeAndTheFormsAskForAFile() throws {
        let ui = try panel("reviewer")
        ui.press(.character("M"), .character("m"))
        #expect(ui.app.state.form == nil)
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .mergeNotes))
        ui.press(.character("e"))
        #expect(ui.app.state.form?.purpose == .notesFile(.exportNotes))
        #expect(ui.app.state.form?.value("path") == "reviewer-notes.json")
        ui.press(.escape, .character("o"))
        #expect(ui.app.state.form?.purpose == .notesFile(.checkoutCopy))
        ui.press(.escape, .escape)
        #expect(ui.app.state.notesScreen == nil)
    }
}
