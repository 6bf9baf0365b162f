import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistUI

/// The interface's exports, written by the exchange layer's writers exactly as
/// `shortlist export` writes them (same checks, same audit entry, same bytes).
final class StoreResultExporter: ResultExporter {
    let store: any PanelDatabase
    let environment: [String: String]

    init(store: any PanelDatabase, environment: [String: String]) {
        self.store = store
        self.environment = environment
    }

    func formats(for kind: ExportKind) -> [String] {
        switch kind {
        case .ranking: RankingExport.Format.allCases.map(\.rawValue)
        case .report: ReportExport.Format.allCases.map(\.rawValue)
        case .feedback: FeedbackExport.Format.allCases.map(\.rawValue)
        }
    }

    func export(_ request: ExportRequest, by actor: Actor, control: WorkControl) throws
        -> String
    {
        let url = URL(fileURLWithPath: request.path)
        let notFinal = (try? store.isRankingFinal()) == false ? " (not final, and it says so)" : ""
        switch request.kind {
        case .ranking:
            guard let format = RankingExport.Format(rawValue: request.format) else {
                throw ExportError("the ranking is exported as csv, xlsx or json")
            }
            let outcome: RankingExport.Outcome
            do {
                control.report(fraction: 0, detail: "")
                outcome = try RankingExport.export(
                    store: store, viewer: actor, format: format,
                    destination: ExportDestination(
                        url: url, force: request.force, group: StoreAccess.sharedGroup(of: store)),
                    environment: environment,
                    steps: FileLoader.steps(
                        noun: "rows", { control.report(fraction: $0, detail: $1) },
                        { control.isCancelled }))
            } catch is LoadCancelled {
                throw WorkCancelled()
            }
            return "wrote \(request.path): \(outcome.rows) candidates\(notFinal)"
        case .report:
            guard let format = ReportExport.Format(rawValue: request.format) else {
                throw ExportError("the report is exported as html or md")
            }
            do {
                try ReportExport.export(
                    store: store, viewer: actor, format: format,
                    destination: ExportDestination(
                        url: url, force: request.force, group: StoreAccess.sharedGroup(of: store)),
                    environment: environment,
                    steps: FileLoader.steps(
                        noun: "report", { control.report(fraction: $0, detail: $1) },
                        { control.isCancelled }))
            } catch is LoadCancelled {
                throw WorkCancelled()
            }
            return "wrote the panel report to \(request.path)\(notFinal)"
        case .feedback:
            guard let format = FeedbackExport.Format(rawValue: request.format) else {
                throw ExportError("feedback sheets are exported as md, html or txt")
            }
            let files: [URL]
            do {
                files = try FeedbackExport.export(
                    store: store, viewer: actor, selection: .all, format: format, folder: url,
                    force: request.force, environment: environment,
                    steps: FileLoader.steps(
                        noun: "sheets", { control.report(fraction: $0, detail: $1) },
                        { control.isCancelled }))
            } catch is LoadCancelled {
                throw WorkCancelled()
            }
            return "wrote \(files.count) feedback sheets in \(request.path)\(notFinal)"
        }
    }
}
