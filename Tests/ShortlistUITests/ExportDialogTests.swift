import Foundation
import ShortlistCore
import ShortlistStore
import Synchronization
import TerminalKit
import Testing

@testable import ShortlistUI

/// An exporter that records what the dialog asks for, as the real one (in `shortlist`) would
/// receive it.
final class RecordingExporter: ResultExporter {
    private struct Record {
        var requests: [(ExportRequest, String)] = []
        var refusal: (any Error)?
    }
    private let record = Mutex(Record())

    var requests: [(ExportRequest, String)] { record.withLock { $0.requests } }
    var refusal: (any Error)? {
        get { record.withLock { $0.refusal } }
        set { record.withLock { $0.refusal = newValue } }
    }

    func formats(for kind: ExportKind) -> [String] {
        switch kind {
        case .ranking: ["csv", "xlsx", "json"]
        case .report: ["html", "md"]
        case .feedback: ["md", "html", "txt"]
        }
    }

    func export(_ request: ExportRequest, by actor: Actor, control: WorkControl) throws
        -> String
    {
        if let refusal { throw refusal }
        control.report(fraction: 0.5, detail: "5,000 of 10,000 rows")
        record.withLock { $0.requests.append((request, actor.name)) }
        return "wrote \(request.path): 12 candidates"
    }
}

/// `e` in the ranking view: the export dialog, through the real keymap and dispatcher.
@Suite struct ExportDialogTests {
    @Test func theChairExportsTheRankingFromTheDialog() throws {
        let exporter = RecordingExporter()
        let ui = try UIHarness(exporter: exporter, prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        #expect(ui.screen.contains("e export"))
        ui.press(.character("e"))
        let form = try #require(ui.app.state.form)
        #expect(form.purpose == .export)
        Golden.check(ui.screen, "export-dialog-80x24")
        // Format: xlsx; the proposed path follows.
        ui.press(.down, .right)
        #expect(ui.app.state.form?.value("format") == "xlsx")
        #expect(ui.app.state.form?.value("path") == "ranking.xlsx")
        ui.press(.enter)
        ui.app.finishWork()
        #expect(ui.app.state.form == nil)
        #expect(exporter.requests.count == 1)
        #expect(
            exporter.requests[0].0
                == ExportRequest(kind: .ranking, format: "xlsx", path: "ranking.xlsx"))
        #expect(exporter.requests[0].1 == "chair")
        #expect(
            ui.app.state.message?.text
                == "exporting the ranking as xlsx to ranking.xlsx: wrote ranking.xlsx: 12 candidates"
        )
        #expect(ui.app.keyContext == .ranking, "back in the ranking")
    }

    @Test func theKindChangesTheFormatsAndTheProposedPath() throws {
        let exporter = RecordingExporter()
        let ui = try UIHarness(exporter: exporter, prepare: InterviewFixture.prepare)
        ui.press(.character("R"), .character("e"), .right)
        #expect(ui.app.state.form?.value("kind") == "report")
        #expect(ui.app.state.form?.value("format") == "html")
        #expect(ui.app.state.form?.value("path") == "panel-report.html")
        ui.press(.right)
        #expect(ui.app.state.form?.value("path") == "feedback")
        ui.press(.down, .down)
        // Typing replaces the proposed name; an arrow first would keep it for editing.
        ui.type("/tmp/sheets")
        ui.press(.down, .right, .enter)
        ui.app.finishWork()
        #expect(
            exporter.requests.first?.0
                == ExportRequest(kind: .feedback, format: "md", path: "/tmp/sheets", force: true))
    }

    @Test func anArrowKeepsTheProposedPathForEditing() throws {
        let exporter = RecordingExporter()
        let ui = try UIHarness(exporter: exporter, prepare: InterviewFixture.prepare)
        ui.press(.character("R"), .character("e"), .down, .down, .end)
        ui.type("-2026")
        #expect(ui.app.state.form?.value("path") == "ranking.csv-2026")
    }

    @Test func aRefusalKeepsTheDialogOpenAndSaysWhy() throws {
        let exporter = RecordingExporter()
        let ui = try UIHarness(exporter: exporter, prepare: InterviewFixture.prepare)
        exporter.refusal = PermissionDenied(
            refusing: .exportResults, to: try ui.store.acting(as: "reviewer"))
        ui.press(.character("R"), .character("e"), .enter)
        ui.app.finishWork()
        #expect(ui.app.state.form?.problem?.contains("cannot export") == true)
        ui.press(.escape)
        #expect(ui.app.state.form == nil)
    }

    @Test func aMemberIsRefusedBeforeTheDialogOpens() throws {
        let exporter = RecordingExporter()
        let ui = try UIHarness(
            actor: "member1", exporter: exporter, prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        #expect(!ui.screen.contains("e export"))
        ui.press(.character("e"))
        #expect(ui.app.state.form == nil)
        #expect(ui.app.state.message?.text.contains("only the chair or the secretary") == true)
        #expect(exporter.requests.isEmpty)
    }
}
