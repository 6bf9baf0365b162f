import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Synchronization
import Testing

/// Hostile: a stop asked for after the last row of long work (a reassessment, a merge, an
/// export of notes, the ranking, the report or the feedback sheets) but before its
/// transaction commits or its file is renamed into place still keeps nothing — no profile,
/// no outcome, no note, no audit entry, no file.
@Suite struct LateCancelTests {
    let directory = TemporaryDirectory("late-cancel")
    let store: SQLiteStore

    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_764_000_000) }

    init() throws {
        store = try TestDatabase.create(
            at: directory.file("panel.db"), candidates: FixtureCandidates.all, roundOpen: false,
            clock: Self.clock)
    }

    /// Steps that say stop only at the `nth` check after the report that all is done: the
    /// first check after it is the loop's own, later ones stand just before the commit.
    final class LateStop: Sendable {
        private let state = Mutex((finished: false, checks: 0))
        let nth: Int

        init(atCheck nth: Int) { self.nth = nth }

        var steps: WorkSteps {
            WorkSteps(
                report: { [self] step in
                    if step.fraction >= 1 { state.withLock { $0.finished = true } }
                },
                isCancelled: { [self] in
                    state.withLock { state in
                        guard state.finished else { return false }
                        state.checks += 1
                        return state.checks >= nth
                    }
                })
        }

        var checksAfterTheEnd: Int { state.withLock { $0.checks } }
    }

    private struct Snapshot: Equatable {
        var profile: String?
        var outcomes: [String]
        var audit: Int
        var head: String?
        var notes: Int
        var files: [String]
    }

    private func snapshot() throws -> Snapshot {
        var outcomes: [String] = []
        try store.forEachEligibility { line in
            outcomes.append("\(line.applicationID.rawValue) \(String(describing: line.assessment))")
        }
        return Snapshot(
            profile: try store.storedProfile()?.sha256, outcomes: outcomes,
            audit: try store.auditLog(by: store.acting(as: "chair")).count,
            head: try store.auditHead()?.headHash, notes: try store.noteVersionCount(),
            files: try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
                .filter { !$0.hasPrefix("panel.db") }.sorted())
    }

    @Test func aReassessmentStoppedAfterItsLastApplicationKeepsNothing() throws {
        let (document, _) = try TestDatabase.builtInProfile(receivedBy: "2024-12-02T23:00:00")
        let file = directory.file("moved-Łódź.toml")
        try Data(document.toml.utf8).write(to: file)
        let before = try snapshot()
        let stop = LateStop(atCheck: 2)
        #expect(throws: LoadCancelled.self) {
            try ProfileAssessment.replaceProfile(
                from: file, in: store, steps: stop.steps, by: try store.acting(as: "secretary"))
        }
        #expect(stop.checksAfterTheEnd == 2, "stopped at the check before the commit")
        #expect(try snapshot() == before)
        // Unwatched, as `shortlist profile replace` runs it, the same file goes through.
        let said = try ProfileAssessment.replaceProfile(
            from: file, in: store, by: try store.acting(as: "secretary"))
        #expect(said.contains("12 checked"))
        #expect(try snapshot().audit == before.audit + 1)
    }

    @Test func aMergeStoppedAfterItsLastVersionKeepsNothing() throws {
        let copyURL = directory.file("copy.db")
        _ = try store.checkoutCopy(to: copyURL, by: store.acting(as: "member1"))
        let copy = try SQLiteStore.open(at: copyURL, clock: Self.clock)
        let member = try copy.actor(named: "member1", login: "member1")
        try copy.addNote(on: ApplicationID("APP-0000001"), text: "Ζητήστε το δίπλωμα", by: member)
        try copy.addNote(on: ApplicationID("APP-0000002"), text: "Проверить стаж", by: member)
        try copy.addNote(on: ApplicationID("APP-0000003"), text: "面接で確認", by: member)
        try copy.close()
        let before = try snapshot()
        let secretary = try store.acting(as: "secretary")
        let stop = LateStop(atCheck: 2)
        #expect(throws: LoadCancelled.self) {
            try NoteFiles.merge(store, from: copyURL.path, steps: stop.steps, by: secretary)
        }
        #expect(stop.checksAfterTheEnd == 2)
        #expect(try snapshot() == before)
        let merged = try NoteFiles.merge(store, from: copyURL.path, by: secretary)
        #expect(merged.report.added == 3)
        #expect(try snapshot().notes == before.notes + 3)
    }

    @Test func aNotesExportStoppedAfterItsEntryKeepsNeitherEntryNorFile() throws {
        try TestDatabase.openRound(store)
        let member = try store.acting(as: "member1")
        try store.addNote(on: ApplicationID("APP-0000001"), text: "Ζητήστε το δίπλωμα", by: member)
        try store.addNote(on: ApplicationID("APP-0000002"), text: "Проверить стаж", by: member)
        let before = try snapshot()
        let path = directory.file("notes-Wróblewski.json").path
        let stop = LateStop(atCheck: 2)
        #expect(throws: LoadCancelled.self) {
            try NoteFiles.export(
                store, author: "member1", since: nil, to: path, force: false, steps: stop.steps,
                by: member)
        }
        #expect(stop.checksAfterTheEnd == 2, "stopped after the entry, before the commit")
        #expect(try snapshot() == before)
        let lines = try NoteFiles.export(
            store, author: "member1", since: nil, to: path, force: false, by: member)
        #expect(lines.last?.contains("Wrote 2 note versions") == true)
        #expect(try snapshot().audit == before.audit + 1)
    }

    /// Two candidates interviewed and fully scored, for the report and the feedback sheets.
    private func scoredRound() throws {
        try TestDatabase.openRound(store)
        let ids = ["APP-0000001", "APP-0000003"].map { ApplicationID($0) }
        try store.invite(ids, by: store.acting(as: "chair"))
        let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }
        for id in ids {
            for name in ["chair", "member1", "member2", "member3"] {
                let member = try store.acting(as: name)
                try store.setMarks(
                    id, marks: Dictionary(uniqueKeysWithValues: criteria.map { ($0, 3) }),
                    comments: [:], by: member)
                try store.submitScorecard(id, by: member)
            }
        }
    }

    @Test(arguments: ReportExport.Format.allCases)
    func aReportStoppedAfterItIsWrittenLeavesNoFile(_ format: ReportExport.Format) throws {
        try scoredRound()
        let before = try snapshot()
        let url = directory.file("report-Иванова.\(format.rawValue)")
        let stop = LateStop(atCheck: 1)
        #expect(throws: LoadCancelled.self) {
            try ReportExport.export(
                store: store, viewer: store.acting(as: "chair"), format: format,
                destination: ExportDestination(url: url), environment: [:], steps: stop.steps)
        }
        #expect(stop.checksAfterTheEnd == 1)
        #expect(try snapshot() == before)
        try ReportExport.export(
            store: store, viewer: store.acting(as: "chair"), format: format,
            destination: ExportDestination(url: url), environment: [:])
        #expect(try snapshot().audit == before.audit + 1)
    }

    @Test(arguments: [1, 2])
    func feedbackSheetsStoppedLeaveNoSheetNorFolder(atCheck nth: Int) throws {
        try scoredRound()
        let before = try snapshot()
        let folder = directory.file("feedback-山田")
        // Checked after the last sheet is written: first the loop's own check, then the one
        // before the sheets are renamed into place.
        let stop = LateStop(atCheck: nth)
        #expect(throws: LoadCancelled.self) {
            try FeedbackExport.export(
                store: store, viewer: store.acting(as: "chair"), selection: .all, format: .md,
                folder: folder, environment: [:], steps: stop.steps)
        }
        #expect(stop.checksAfterTheEnd == nth)
        #expect(try snapshot() == before, "no sheet, no temporary file, no folder")
        let files = try FeedbackExport.export(
            store: store, viewer: store.acting(as: "chair"), selection: .all, format: .md,
            folder: folder, environment: [:])
        #expect(files.count == 2)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["APP-0000001.md", "APP-0000003.md"])
        #expect(try snapshot().audit == before.audit + 1)
    }

    @Test(arguments: RankingExport.Format.allCases)
    func anExportStoppedAfterItsLastRowLeavesNoFile(_ format: RankingExport.Format) throws {
        try TestDatabase.openRound(store)
        let before = try snapshot()
        let url = directory.file("ranking-Παπαδοπούλου.\(format.rawValue)")
        let stop = LateStop(atCheck: 1)
        #expect(throws: LoadCancelled.self) {
            try RankingExport.export(
                store: store, viewer: store.acting(as: "chair"), format: format,
                destination: ExportDestination(url: url), environment: [:], steps: stop.steps)
        }
        #expect(stop.checksAfterTheEnd == 1)
        #expect(try snapshot() == before, "neither the file nor its temporary one")
        try RankingExport.export(
            store: store, viewer: store.acting(as: "chair"), format: format,
            destination: ExportDestination(url: url), environment: [:])
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(try snapshot().audit == before.audit + 1)
    }
}
