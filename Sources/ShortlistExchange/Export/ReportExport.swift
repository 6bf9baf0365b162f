import Foundation
import ShortlistCore
import ShortlistStore

/// `shortlist export report`: the printable panel report, written atomically and recorded.
public enum ReportExport {
    public enum Format: String, CaseIterable, Sendable {
        case html, md
    }

    /// Writes the report and records it; returns the SHA-256 of the file. Asked to stop
    /// (`steps`) before the file is renamed into place, nothing is written or recorded.
    @discardableResult
    public static func export(
        store: any PanelDatabase, viewer: Actor, format: Format, withMemberMarks: Bool = false,
        destination: ExportDestination, environment: [String: String],
        steps: WorkSteps = .unwatched
    ) throws -> String {
        let report = try PanelReport(
            store: store, viewer: viewer, withMemberMarks: withMemberMarks,
            environment: environment)
        try destination.check()
        // Names, comments and reasons are typed by people: their control and bidi characters
        // show as markers in the printed report (`VisibleText`).
        let text = VisibleText.visible(
            format == .html ? PanelReportHTML.render(report) : PanelReportMarkdown.render(report))
        let sha256 = try destination.write { sink in
            try sink.write(text)
            try steps.step(.init(done: 1, total: 1))
        }
        var options = ["final": String(report.table.isFinal)]
        if withMemberMarks { options["with_member_marks"] = "true" }
        do {
            try store.recordExport(
                ExportRecord(
                    kind: "report", format: format.rawValue,
                    fileName: destination.url.lastPathComponent, sha256: sha256, options: options),
                by: viewer)
        } catch {
            unlink(destination.url.path)
            throw error
        }
        return sha256
    }
}
