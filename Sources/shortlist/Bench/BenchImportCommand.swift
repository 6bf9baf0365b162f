import ArgumentParser
import Foundation
import ShortlistExchange
import ShortlistStore

/// The import half of the benchmark, in a process of its own so that its peak memory is the
/// import's alone.
struct BenchImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-import", abstract: "Internal: the import scenario of `bench`.",
        shouldDisplay: false)

    @Option var db: String
    @Option var file: String

    func run() throws {
        // As `shortlist import` does it: a first import creates the database.
        let start = DispatchTime.now().uptimeNanoseconds
        let importer = ApplicationImporter(
            file: URL(fileURLWithPath: file), options: ImportOptions(user: "bench"))
        let timing = BulkLoadTiming()
        importer.timing = timing
        let (summary, _) = try importer.runIntoNewDatabase(
            at: URL(fileURLWithPath: db), createdBy: "bench")
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard summary.committed, summary.rejected == 0 else {
            Console.error("the benchmark import did not complete: \(summary.line)")
            throw ExitCode(1)
        }
        // The same file again, into the database now in use (write-ahead log, all unchanged).
        let againStart = DispatchTime.now().uptimeNanoseconds
        let store = try Store.open(at: URL(fileURLWithPath: db))
        let again = try ApplicationImporter(
            file: URL(fileURLWithPath: file), options: ImportOptions(user: "bench")
        ).run(into: store)
        try store.close()
        let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - againStart) / 1e9
        guard again.unchanged == summary.read else {
            Console.error("the benchmark re-import changed records: \(again.line)")
            throw ExitCode(1)
        }
        let figures = [
            BenchFigure(
                scenario: "import", name: "read, check and store rows", value: timing.rowsSeconds,
                unit: "s", target: nil),
            BenchFigure(
                scenario: "import", name: "full-text index", value: timing.indexSeconds, unit: "s",
                target: nil),
            BenchFigure(
                scenario: "import", name: "commit", value: timing.commitSeconds, unit: "s",
                target: nil),
            BenchFigure(
                scenario: "import", name: "whole import", value: total, unit: "s", target: nil),
            BenchFigure(
                scenario: "import", name: "re-import, all unchanged", value: againSeconds,
                unit: "s",
                target: nil),
            BenchFigure(
                scenario: "import", name: "peak RSS", value: peakResidentMegabytes(), unit: "MB",
                target: 150),
        ]
        FileHandle.standardOutput.write(try JSONEncoder().encode(figures))
    }
}
