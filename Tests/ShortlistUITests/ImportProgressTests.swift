import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Synchronization
import TerminalKit
import Testing

@testable import ShortlistUI

/// `:import FILE` from the interface: the secretary's import runs off the drawing path with a
/// progress bar on the status line; Esc cancels it and the database is exactly as before (one
/// transaction, rolled back); finished, the list shows the new counts.
@Suite struct ImportProgressTests {
    /// The exchange layer's loader, the one the executable wires in, with a gate: at its
    /// first progress report the import waits until the test lets it go on, so that a key
    /// pressed meanwhile lands mid-way, whatever the machine's speed.
    final class GatedLoader: DataLoader {
        let loader: FileLoader
        private let gate = Mutex((reached: false, open: false))
        let reached = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)

        init(_ loader: FileLoader) { self.loader = loader }

        func importApplications(from path: String, by actor: Actor, control: WorkControl)
            throws -> String
        {
            do {
                return try loader.importApplications(
                    from: path, by: actor,
                    progress: { [self] fraction, detail in
                        control.report(fraction: fraction, detail: detail)
                        guard fraction.map({ $0 > 0 }) == true else { return }
                        let first = gate.withLock { state -> Bool in
                            defer { state.reached = true }
                            return !state.reached
                        }
                        if first {
                            reached.signal()
                            proceed.wait()
                        }
                    }, isCancelled: { control.isCancelled })
            } catch is FileLoader.Stopped {
                throw WorkCancelled()
            }
        }

        func replaceProfile(from path: String, by actor: Actor, control: WorkControl) throws
            -> String
        {
            try loader.replaceProfile(
                from: path, by: actor,
                progress: { control.report(fraction: $0, detail: $1) },
                isCancelled: { control.isCancelled })
        }

        func checkoutCopy(to path: String, by actor: Actor, control: WorkControl) throws
            -> String
        {
            try loader.checkoutCopy(to: path, by: actor)
        }

        func exportNotes(
            to path: String, everyone: Bool, force: Bool, by actor: Actor, control: WorkControl
        ) throws -> String {
            try loader.exportNotes(to: path, everyone: everyone, force: force, by: actor)
        }

        func mergeNotes(from path: String, by actor: Actor, control: WorkControl) throws
            -> String
        {
            try loader.mergeNotes(from: path, by: actor)
        }
    }

    /// A CAST export of `count` applications in the import format, names in Greek, Cyrillic
    /// and Polish among them.
    static func export(_ count: Int, from first: Int, in folder: TemporaryDirectory) throws -> URL {
        let names = [
            ("Παπαδοπούλου", "Ελένη", "EL"), ("Иванова", "Мария", "BG"),
            ("Wróblewski", "Łukasz", "PL"), ("Murphy", "Aoife", "IE"),
        ]
        let writer = CSVWriter()
        var text = writer.record(ApplicationRows.header)
        for n in first..<(first + count) {
            let (surname, given, nationality) = names[n % names.count]
            text += writer.record(
                ApplicationRows.fields(
                    FixtureCandidates.make(n, surname, given, nationality: nationality)))
        }
        let url = folder.file("export-\(first)-\(count).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    private func secretary(width: Int = 100) throws -> (UIHarness, GatedLoader) {
        let ui = try UIHarness(width: width, height: 24, actor: "secretary")
        let loader = GatedLoader(FileLoader(store: ui.store))
        ui.app.loader = loader
        return (ui, loader)
    }

    private struct Snapshot: Equatable {
        var candidates: Int
        var imports: Int
        var audit: Int
    }

    private func snapshot(_ ui: UIHarness) throws -> Snapshot {
        let chair = try ui.store.acting(as: "chair")
        return Snapshot(
            candidates: try ui.store.candidateCount(), imports: try ui.store.importLog().count,
            audit: try ui.store.auditLog(by: chair).count)
    }

    @Test func cancellingMidWayLeavesTheDatabaseAsItWas() throws {
        let (ui, loader) = try secretary()
        let file = try Self.export(6_000, from: 1_000, in: ui.folder)
        let before = try snapshot(ui)
        ui.type(":import \(file.path)")
        ui.press(.enter)
        #expect(ui.app.isWorking)
        // Mid-way: the first 2,000 records are in the open transaction.
        #expect(loader.reached.wait(timeout: .now() + 60) == .success)
        ui.press(.character("j"))  // the interface still answers while the import runs
        #expect(ui.screen.contains("importing"))
        #expect(ui.screen.contains("%"))
        #expect(ui.screen.contains("Esc cancels"))
        ui.press(.escape)
        loader.proceed.signal()
        ui.app.finishWork()
        #expect(!ui.app.isWorking)
        #expect(ui.app.state.message?.text.contains("cancelled: nothing was changed") == true)
        #expect(try snapshot(ui) == before)
        #expect(try ui.store.candidate(ApplicationID("APP-0001000")) == nil)
    }

    @Test func quittingMidWayCancelsAndWaitsForTheRollback() throws {
        let (ui, loader) = try secretary()
        let file = try Self.export(6_000, from: 1_000, in: ui.folder)
        let before = try snapshot(ui)
        ui.type(":import \(file.path)")
        ui.press(.enter)
        #expect(loader.reached.wait(timeout: .now() + 60) == .success)
        // Quitting waits for the import: it is let go on once the quit has asked it to stop.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { loader.proceed.signal() }
        ui.press(.character("q"))
        #expect(ui.app.state.exitCode == 0)
        #expect(!ui.app.isWorking)
        #expect(try snapshot(ui) == before)
    }

    @Test func finishedTheListShowsTheNewCounts() throws {
        let (ui, loader) = try secretary()
        loader.proceed.signal()  // never held
        let before = try ui.store.candidateCount()
        let file = try Self.export(2_500, from: 1_000, in: ui.folder)
        ui.type(":import \(file.path)")
        ui.press(.enter)
        ui.app.finishWork()
        let message = try #require(ui.app.state.message)
        #expect(!message.isError, "\(message.text)")
        #expect(message.text.contains("read 2500, imported 2500"))
        #expect(try ui.store.candidateCount() == before + 2_500)
        #expect(ui.app.window.total == before + 2_500)
        #expect(ui.screen.contains(CandidateFormat.thousands(before + 2_500)))
        #expect(try ui.store.importLog().last?.inserted == 2_500)
    }

    @Test func theProfileReplacedFromTheInterfaceReassessesEveryApplication() throws {
        let ui = try UIHarness(width: 120, height: 24, actor: "secretary", roundOpen: false)
        let loader = GatedLoader(FileLoader(store: ui.store))
        loader.proceed.signal()
        ui.app.loader = loader
        // A deadline moved a year back: every application arrived too late.
        let (document, _) = try TestDatabase.builtInProfile(receivedBy: "2024-12-02T23:00:00")
        let file = ui.folder.file("moved.toml")
        try Data(document.toml.utf8).write(to: file)
        let before = try ui.store.storedProfile()?.sha256
        ui.type(":replace-profile \(file.path)")
        ui.press(.enter)
        ui.app.finishWork()
        let said = try #require(ui.app.state.message)
        #expect(!said.isError, "\(said.text)")
        #expect(said.text.contains("every application was reassessed"))
        #expect(try ui.store.storedProfile()?.sha256 != before)
        let chair = try ui.store.acting(as: "chair")
        #expect(try ui.store.auditLog(by: chair).contains { $0.action == "profile.replace" })
        #expect(ui.screen.contains("ineligible"), "the list shows the new results")
        // Once the grid is adopted, the store refuses, and says why.
        try ui.store.adoptGrid(by: chair)
        ui.type(":replace-profile \(file.path)")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(ui.app.state.message?.isError == true)
        #expect(ui.app.state.message?.text.contains("adopted by chair") == true)
    }

    @Test func theImportIsTheSecretarysAndNeedsAFile() throws {
        let ui = try UIHarness(actor: "member1")
        ui.app.loader = GatedLoader(FileLoader(store: ui.store))
        ui.type(":import /nonexistent.csv")
        ui.press(.enter)
        #expect(!ui.app.isWorking)
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .importApplications))
        let (secretary, loader) = try secretary()
        loader.proceed.signal()
        secretary.type(":import")
        secretary.press(.enter)
        #expect(secretary.app.state.message?.text == "import needs a file: :import FILE")
        secretary.type(":import /nonexistent/file.csv")
        secretary.press(.enter)
        secretary.app.finishWork()
        let said = try #require(secretary.app.state.message)
        #expect(said.isError)
        #expect(said.text.contains("cannot be read"))
    }
}
