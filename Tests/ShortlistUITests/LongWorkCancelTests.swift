import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Long work started from the interface besides the import: a replaced profile's
/// reassessment, a merged notes bundle and the ranking's export run off the drawing path with
/// a bar on the status line; Esc stops them mid-way and the database (outcomes, profile,
/// audit trail, notes) and the folder are exactly as before; let run, they finish.
@Suite struct LongWorkCancelTests {
    static let applications = 9_000

    /// What long work may change: every outcome, the profile, the trail's length and head,
    /// the notes, and the files beside the database.
    private struct Snapshot: Equatable {
        var profile: String?
        var outcomes: [String]
        var audit: Int
        var head: String?
        var notes: Int
        var files: [String]
    }

    private func snapshot(_ ui: UIHarness) throws -> Snapshot {
        var outcomes: [String] = []
        try ui.store.forEachEligibility { line in
            outcomes.append("\(line.applicationID.rawValue) \(String(describing: line.assessment))")
        }
        let chair = try ui.store.acting(as: "chair")
        return Snapshot(
            profile: try ui.store.storedProfile()?.sha256, outcomes: outcomes,
            audit: try ui.store.auditLog(by: chair).count,
            head: try ui.store.auditHead()?.headHash, notes: try ui.store.noteVersionCount(),
            files: try FileManager.default.contentsOfDirectory(atPath: ui.folder.url.path)
                .filter { !$0.hasPrefix("ui.db") }.sorted())
    }

    private func many(
        actor: String, roundOpen: Bool, exporter: GatedRankingExporter? = nil
    ) throws -> UIHarness {
        let ui = try UIHarness(
            width: 120, height: 24, candidates: ManyCandidates.make(Self.applications),
            actor: actor, exporter: exporter, roundOpen: roundOpen)
        exporter?.store = ui.store
        return ui
    }

    /// A profile file whose deadline moved a year back: every application arrived too late.
    private func movedDeadline(_ ui: UIHarness) throws -> URL {
        let (document, _) = try TestDatabase.builtInProfile(receivedBy: "2024-12-02T23:00:00")
        let file = ui.folder.file("moved.toml")
        try Data(document.toml.utf8).write(to: file)
        return file
    }

    // MARK: the reassessment

    @Test func aReassessmentCancelledMidWayLeavesEveryOutcomeAndTheTrailAsTheyWere() throws {
        let ui = try many(actor: "secretary", roundOpen: false)
        let loader = GatedLongWorkLoader(FileLoader(store: ui.store))
        ui.app.loader = loader
        let file = try movedDeadline(ui)
        let before = try snapshot(ui)
        ui.type(":replace-profile \(file.path)")
        ui.press(.enter)
        #expect(ui.app.isWorking)
        // Mid-way: the first batch of applications is rewritten in the open transaction.
        #expect(loader.gate.reached.wait(timeout: .now() + 120) == .success)
        ui.press(.character("j"))  // the interface still answers
        let status = try #require(ui.lines.last)
        #expect(status.contains("reassessing under moved.toml"))
        #expect(status.contains("45%"))
        #expect(status.contains("4,096 of 9,000 applications"))
        #expect(status.contains("Esc cancels"))
        Golden.check(status, "long-work-reassessing-bar-120")
        // A second long job is refused while this one runs, and says why.
        ui.type(":merge-notes \(ui.folder.file("bundle.json").path)")
        ui.press(.enter)
        #expect(
            ui.app.state.message?.text
                == "reassessing under moved.toml is still running")
        ui.press(.escape)
        #expect(ui.lines.last?.contains("cancelling…") == true)
        loader.gate.open()
        ui.app.finishWork()
        #expect(!ui.app.isWorking)
        #expect(ui.app.state.message?.text.contains("cancelled: nothing was changed") == true)
        #expect(try snapshot(ui) == before)
    }

    @Test func aReassessmentLetRunReplacesTheProfileAndRewritesTheOutcomes() throws {
        let ui = try many(actor: "secretary", roundOpen: false)
        let loader = GatedLongWorkLoader(FileLoader(store: ui.store))
        loader.gate.open()
        ui.app.loader = loader
        let file = try movedDeadline(ui)
        let before = try snapshot(ui)
        ui.type(":replace-profile \(file.path)")
        ui.press(.enter)
        ui.app.finishWork()
        let said = try #require(ui.app.state.message)
        #expect(!said.isError, "\(said.text)")
        #expect(said.text.contains("9000 checked, 9000 with a changed outcome"))
        let after = try snapshot(ui)
        #expect(after.profile != before.profile)
        #expect(after.audit == before.audit + 1)
        #expect(after.outcomes.count == before.outcomes.count)
        #expect(zip(after.outcomes, before.outcomes).allSatisfy { $0 != $1 })
        #expect(ui.screen.contains("ineligible"), "the list shows the new results")
    }

    @Test func quittingMidReassessmentCancelsAndWaitsForTheRollback() throws {
        let ui = try many(actor: "secretary", roundOpen: false)
        let loader = GatedLongWorkLoader(FileLoader(store: ui.store))
        ui.app.loader = loader
        let file = try movedDeadline(ui)
        let before = try snapshot(ui)
        ui.type(":replace-profile \(file.path)")
        ui.press(.enter)
        #expect(loader.gate.reached.wait(timeout: .now() + 120) == .success)
        // Quitting waits for the work: it is let go on once the quit has asked it to stop.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { loader.gate.open() }
        ui.press(.character("q"))
        #expect(ui.app.state.exitCode == 0)
        #expect(!ui.app.isWorking)
        #expect(try snapshot(ui) == before)
    }

    // MARK: the merge

    /// An offline copy of the panel's database in which the secretary wrote `count` notes.
    private func annotatedCopy(of ui: UIHarness, notes count: Int) throws -> URL {
        let url = ui.folder.file("copy.db")
        let secretary = try ui.store.acting(as: "secretary")
        _ = try ui.store.checkoutCopy(to: url, by: secretary)
        let copy = try SQLiteStore.open(at: url, clock: UIHarness.clock)
        let me = try copy.actor(named: "secretary", login: "secretary")
        let texts = ["Ζητήστε το δίπλωμα", "Проверить стаж", "Łódź: zapytać o staż", "確認する"]
        for n in 1...count {
            try copy.addNote(
                on: ApplicationID(String(format: "APP-%07d", 1 + n % Self.applications)),
                text: "\(texts[n % texts.count]) \(n)", by: me)
        }
        try copy.close()
        return url
    }

    @Test func aMergeCancelledMidWayAddsNoNoteAndNoEntry() throws {
        let ui = try many(actor: "secretary", roundOpen: false)
        let loader = GatedLongWorkLoader(FileLoader(store: ui.store))
        ui.app.loader = loader
        let copy = try annotatedCopy(of: ui, notes: 1_200)
        let before = try snapshot(ui)
        ui.press(.character("M"))
        ui.type(":merge-notes \(copy.path)")
        ui.press(.enter)
        #expect(loader.gate.reached.wait(timeout: .now() + 120) == .success)
        ui.app.render()  // the bar as it stands at the gate
        #expect(ui.lines.last?.contains("merging copy.db") == true)
        #expect(
            ui.lines.last?.contains("500 of 1,200 note versions") == true, "\(ui.lines.last ?? "")")
        #expect(ui.lines.last?.contains("Esc cancels") == true)
        ui.press(.escape)
        loader.gate.open()
        ui.app.finishWork()
        #expect(ui.app.state.message?.text.contains("cancelled: nothing was changed") == true)
        #expect(try snapshot(ui) == before)
        // Then let run: every note comes in, with its one audit entry.
        ui.type(":merge-notes \(copy.path)")
        ui.press(.enter)
        ui.app.finishWork()
        let after = try snapshot(ui)
        #expect(after.notes == before.notes + 1_200)
        #expect(after.audit == before.audit + 1)
        #expect(
            ui.app.state.notesScreen?.view.outcome?.text.contains(
                "Merged 1200 new note versions") == true)
    }

    // MARK: the notes' export

    @Test func aNotesExportCancelledBeforeItsCommitWritesNoFileAndNoEntry() throws {
        let ui = try UIHarness(width: 120, height: 24, actor: "member1")
        // Held at the report that every version was read, inside the store's transaction.
        let loader = GatedLongWorkLoader(
            FileLoader(store: ui.store), gate: WorkGate(atTheEnd: true))
        ui.app.loader = loader
        let me = try ui.store.acting(as: "member1")
        try ui.store.addNote(on: ApplicationID("APP-0000001"), text: "Ζητήστε το δίπλωμα", by: me)
        try ui.store.addNote(on: ApplicationID("APP-0000002"), text: "面接で確認", by: me)
        let before = try snapshot(ui)
        let file = ui.folder.file("notes-Wróblewski.json")
        ui.press(.character("M"))
        ui.type(":export-notes \(file.path)")
        ui.press(.enter)
        #expect(loader.gate.reached.wait(timeout: .now() + 60) == .success)
        ui.app.render()
        #expect(ui.lines.last?.contains("2 of 2 note versions") == true, "\(ui.lines.last ?? "")")
        ui.press(.escape)
        loader.gate.open()
        ui.app.finishWork()
        #expect(ui.app.state.message?.text.contains("cancelled: nothing was changed") == true)
        #expect(try snapshot(ui) == before, "no bundle, no entry")
        ui.type(":export-notes \(file.path)")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(ui.app.state.message?.text.contains("Wrote 2 note versions by member1") == true)
        #expect(try snapshot(ui).audit == before.audit + 1)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    // MARK: the ranking's export

    private func exportRanking(_ ui: UIHarness, to file: URL) {
        if ui.app.keyContext != .ranking { ui.press(.character("R")) }
        ui.press(.character("e"), .down, .down)
        ui.type(file.path)
        ui.press(.enter)
    }

    @Test func anExportCancelledMidWayLeavesNoFileAndNoEntry() throws {
        let exporter = GatedRankingExporter()
        let ui = try many(actor: "chair", roundOpen: true, exporter: exporter)
        let file = ui.folder.file("ranking-Łódź.csv")
        let before = try snapshot(ui)
        exportRanking(ui, to: file)
        #expect(exporter.gate.reached.wait(timeout: .now() + 120) == .success)
        ui.app.render()  // the bar as it stands at the gate
        #expect(ui.lines.last?.contains("5,000 of 9,000 rows") == true, "\(ui.screen)")
        #expect(ui.lines.last?.contains("55%") == true)
        ui.press(.escape)
        exporter.gate.open()
        ui.app.finishWork()
        #expect(ui.app.state.message?.text.contains("cancelled: nothing was changed") == true)
        #expect(ui.app.state.form == nil, "a cancel is no failure: the dialog stays closed")
        #expect(try snapshot(ui) == before, "no file, not even the temporary one")
        // Let run: the file and its audit entry.
        exporter.gate.open()
        exportRanking(ui, to: file)
        ui.app.finishWork()
        #expect(ui.app.state.message?.isError == false)
        let after = try snapshot(ui)
        #expect(after.files == before.files + ["ranking-Łódź.csv"])
        #expect(after.audit == before.audit + 1)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.split(separator: "\r\n").count == Self.applications + 1)
        #expect(text.contains("Παπαδοπούλου") && text.contains("山田"))
    }
}
