import ArgumentParser
import Foundation
import ShortlistExchange
@_spi(Benchmark) import ShortlistStore

/// The import half of the benchmark, in a process of its own so that its peak memory is the
/// import's alone.
struct BenchImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Internal: the import scenario of `bench`.",
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
            at: URL(fileURLWithPath: db),
            .createdBy("bench", login: nil, profile: ProfileAssessment.builtInDocument))
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard summary.committed, summary.rejected == 0 else {
            Console.error("the benchmark import did not complete: \(summary.line)")
            throw ExitCode(1)
        }
        // The same file again, into the database now in use (write-ahead log, all unchanged).
        let againStart = DispatchTime.now().uptimeNanoseconds
        let store = try DatabaseEngines.open(.file(URL(fileURLWithPath: db)))
        let again = try ApplicationImporter(
            file: URL(fileURLWithPath: file), options: ImportOptions(user: "bench")
        ).run(into: store, by: store.actor(named: "bench", login: "bench"))
        try store.close()
        let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - againStart) / 1e9
        guard again.unchanged == summary.read else {
            Console.error("the benchmark re-import changed records: \(again.line)")
            throw ExitCode(1)
        }
        // What auditing costs: the same import into an empty database in use (the WAL path),
        // with and without its per-record audit entries.
        func importIntoEmpty(audited: Bool) throws -> Double {
            let url = URL(fileURLWithPath: db + (audited ? ".audited" : ".unaudited"))
            let store = try DatabaseEngines.create(
                .file(url),
                .createdBy("bench", login: nil, profile: ProfileAssessment.builtInDocument)
            )
            let start = DispatchTime.now().uptimeNanoseconds
            let importer = ApplicationImporter(
                file: URL(fileURLWithPath: file), options: ImportOptions(user: "bench"))
            importer.timing = BulkLoadTiming(skippingRecordAudit: !audited)
            _ = try importer.run(into: store, by: store.actor(named: "bench", login: "bench"))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            try store.close()
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: url.path + suffix)
            }
            return seconds
        }
        let unaudited = try importIntoEmpty(audited: false)
        let audited = try importIntoEmpty(audited: true)

        // Verifying a long trail.
        let trailURL = URL(fileURLWithPath: db + ".trail")
        let trail = try DatabaseEngines.create(
            .file(trailURL),
            .createdBy("bench", login: nil, profile: ProfileAssessment.builtInDocument))
        try appendSyntheticAuditEntries(to: trail, count: 1_000_000)
        let verifyStart = DispatchTime.now().uptimeNanoseconds
        let verification = try trail.verifyAuditTrail()
        let verifySeconds = Double(DispatchTime.now().uptimeNanoseconds - verifyStart) / 1e9
        try trail.close()
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: trailURL.path + suffix)
        }
        guard verification.isIntact else {
            Console.error("the benchmark's audit trail does not verify")
            throw ExitCode(1)
        }

        let figures = [
            BenchFigure(
                scenario: "audit", name: "import, audit skipped", value: unaudited, unit: "s",
                target: nil),
            BenchFigure(
                scenario: "audit", name: "import, audited", value: audited, unit: "s", target: nil),
            BenchFigure(
                scenario: "audit", name: "auditing's share of an import",
                value: (audited - unaudited) / unaudited * 100,
                unit: "%", target: 10),
            BenchFigure(
                scenario: "audit", name: "verify \(verification.entries) entries",
                value: verifySeconds, unit: "s",
                target: 5),
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
