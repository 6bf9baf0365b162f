import ArgumentParser
import Foundation
import ShortlistExchange
import ShortlistStore

extension BenchPanel {
    /// `export ranking` of every candidate (after the scoring scenario: a thousand ranked,
    /// the rest not invited), as CSV and as XLSX, each in a process of its own so that its
    /// peak memory is the export's alone; on a server through the secretary's login.
    func exportScenario() throws -> [BenchFigure] {
        var figures: [BenchFigure] = []
        for format in [RankingExport.Format.csv, .xlsx] {
            figures += try child([
                "bench", "export", "--db", address("secretary"), "--format", format.rawValue,
                "--output",
                folder.appendingPathComponent("ranking.\(format.rawValue)").path, "--count",
                String(count),
            ])
        }
        return figures
    }
}

/// The export half of the benchmark: one `export ranking` as the secretary.
struct BenchExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Internal: the export scenario of `bench`.",
        shouldDisplay: false)

    /// A database file, or a postgresql:// URL naming the secretary's login.
    @Option var db: String
    @Option var format: RankingExport.Format
    @Option var output: String
    @Option var count: Int

    func run() throws {
        let store = try DatabaseEngines.open(try DatabaseLocation.parse(db))
        let secretary = try store.actor(named: "secretary", login: "secretary")
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = try RankingExport.export(
            store: store, viewer: secretary, format: format,
            destination: ExportDestination(url: URL(fileURLWithPath: output), force: true),
            environment: ["SOURCE_DATE_EPOCH": "0"])
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let full = count == 100_000
        let figures = [
            BenchFigure(
                scenario: "export", name: "ranking \(format.rawValue), \(outcome.rows) rows",
                value: seconds, unit: "s", target: full ? (format == .csv ? 2 : 10) : nil),
            BenchFigure(
                scenario: "export", name: "  \(format.rawValue) file size",
                value: Double(size) / 1_048_576, unit: "MB", target: nil),
            BenchFigure(
                scenario: "export", name: "  \(format.rawValue) peak RSS",
                value: peakResidentMegabytes(), unit: "MB", target: 150),
        ]
        FileHandle.standardOutput.write(try JSONEncoder().encode(figures))
    }
}
