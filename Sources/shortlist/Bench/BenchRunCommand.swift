import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistExchange
import ShortlistStore

struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure speed and memory against the project's targets.",
        discussion: """
            Generates --count candidates into a temporary database, then browses it headless in \
            a fresh process: time to first frame, key-press latency (p50/p99), resize, peak \
            memory; then search keystrokes (name prefix, transliterated name, CV phrase), three \
            filters and sort changes, each to the updated first page. Prints a table, or JSON with --json. Figures vary with the machine's load: \
            compare runs on the same machine. With --db postgresql://… it builds the demo panel \
            in that empty server database and runs the server's scenarios there \
            (docs/performance.md).
            """)

    @Option(help: "How many candidates to generate.")
    var count: Int = 100_000

    @Option(help: "Key presses per browsing measurement.")
    var presses: Int = 1000

    @Flag(help: "Print the figures as JSON.")
    var json = false

    /// Only one scenario after the demo (for working on it): `notes`.
    @Option(
        help: ArgumentHelp(
            "Run only these scenarios (comma-separated) after the demo.", visibility: .hidden))
    var only: String?

    private func wants(_ scenario: String) -> Bool {
        only.map { $0.split(separator: ",").contains(Substring(scenario)) } ?? true
    }

    /// A PostgreSQL database to run on instead of a temporary file (`bench --db
    /// postgresql://ADMIN@HOST/DB`): empty, made with createdb, named with a superuser.
    @Option(
        help: ArgumentHelp(
            "Run on this empty PostgreSQL database (postgresql://ADMIN@…/DB, a superuser); builds with the PostgreSQL engine only.",
            valueName: "url"))
    var db: String?

    /// A demo database kept between runs (for working on one scenario at 1,000,000, whose
    /// generation takes minutes): built there if it does not hold `--count` demo candidates
    /// yet, reused as it is otherwise, and never deleted. Scenarios that change data
    /// (eligibility, scoring, notes) then change it for the next run too.
    @Option(
        help: ArgumentHelp(
            "Keep the demo database at this path and reuse it when it matches --count.",
            visibility: .hidden))
    var database: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url =
            database.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("bench.db")

        var figures: [BenchFigure] = []
        if let db {
            try runOnServer(db, folder)
            return
        }
        if let database, Self.holdsDemo(at: url, count: count) {
            Console.message("reusing the demo database \(database)")
        } else {
            figures += try buildDemo(at: url)
        }
        if wants("browse") { figures += try browse(url) }
        if wants("find") {
            figures += try runChild(["bench", "find", "--db", url.path, "--count", String(count)])
        }
        let panel = BenchPanel.file(url, folder: folder, count: count, child: runChild)
        if wants("eligibility") { figures += try panel.eligibilityScenario() }
        if wants("import") { figures += try importScenario(folder) }
        if wants("scoring") { figures += try scoringScenario(url) }
        if wants("live") { figures += try panel.liveScenario() }
        if wants("notes") { figures += try panel.notesScenario() }
        if wants("export") { figures += try panel.exportScenario() }

        try report(figures)
    }

    /// The figures as a table, or as JSON with --json.
    func report(_ figures: [BenchFigure]) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(
                try encoder.encode(BenchResult(count: count, figures: figures)))
            print()
        } else {
            print("shortlist bench: \(count) candidates\n")
            print(BenchReport.table(figures))
        }
    }

    /// The scenarios a server changes, on `db` (BenchServer).
    private func runOnServer(_ db: String, _ folder: URL) throws {
        #if Postgres
            let server = try BenchServer(db, count: count, presses: presses, folder: folder)
            try report(server.run(child: runChild, wants: wants))
        #else
            Console.error(
                "bench --db needs a build with the PostgreSQL engine (swift build --traits Postgres)"
            )
            throw ExitCode(2)
        #endif
    }

    /// Whether `url` is a finished demo database of `count` candidates.
    static func holdsDemo(at url: URL, count: Int) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path),
            let store = try? DatabaseEngines.open(.file(url)),
            let meta = try? store.metadata()
        else { return false }
        try? store.close()
        return meta["demo_count"] == String(count)
    }

    private func buildDemo(at url: URL) throws -> [BenchFigure] {
        var figures: [BenchFigure] = []
        let start = Date()
        let timing = BulkLoadTiming()
        try DemoDatabase.build(
            at: url, .init(count: count, seed: 2025), interruption: nil, timing: timing,
            interviewRound: false)
        let seconds = Date().timeIntervalSince(start)
        figures.append(
            BenchFigure(
                scenario: "demo", name: "generate and store \(count)", value: seconds, unit: "s",
                target: count == 100_000 ? 10 : nil))
        figures.append(
            BenchFigure(
                scenario: "demo", name: "  of which rows", value: timing.rowsSeconds, unit: "s",
                target: nil))
        figures.append(
            BenchFigure(
                scenario: "demo", name: "  of which search index", value: timing.indexSeconds,
                unit: "s", target: nil))
        return figures
    }

    private func browse(_ url: URL) throws -> [BenchFigure] {
        let started = wallClockNanoseconds()
        return try runChild([
            "bench", "browse", "--db", url.path, "--started-at", String(started), "--presses",
            String(presses),
        ])
    }

    /// The same candidates written as a CAST export, imported by Shortlist and, for scale,
    /// by the sqlite3 tool's bare `.import` (no checks, no index) into a plain table.
    private func importScenario(_ folder: URL) throws -> [BenchFigure] {
        let csv = folder.appendingPathComponent("export.csv")
        try DemoExport.writeCSV(to: csv, count: count, seed: 2025)
        let size = (try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        var figures = [
            BenchFigure(
                scenario: "import", name: "file size", value: Double(size) / 1_048_576, unit: "MB",
                target: nil)
        ]
        let sqliteSeconds = try timeSQLiteImport(
            csv, into: folder.appendingPathComponent("bare.db"))
        figures += try runChild([
            "bench", "import", "--db", folder.appendingPathComponent("import.db").path, "--file",
            csv.path,
        ])
        let rows = figures.first { $0.name == "read, check and store rows" }?.value ?? 0
        let whole = figures.first { $0.name == "whole import" }?.value ?? 0
        try? FileManager.default.removeItem(at: csv)
        guard let sqliteSeconds else {
            Console.message("(the sqlite3 tool is not installed: no comparison)")
            return figures
        }
        return figures + [
            BenchFigure(
                scenario: "import", name: "sqlite3 .import (bare)", value: sqliteSeconds, unit: "s",
                target: nil),
            BenchFigure(
                scenario: "import", name: "rows ÷ sqlite3", value: rows / sqliteSeconds, unit: "×",
                target: 2),
            BenchFigure(
                scenario: "import", name: "whole ÷ sqlite3", value: whole / sqliteSeconds,
                unit: "×",
                target: 4),
        ]
    }

    private func timeSQLiteImport(_ csv: URL, into db: URL) throws -> Double? {
        let tools = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"]
        guard let tool = tools.first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [db.path, ".import --csv \(csv.path) t"]
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try? FileManager.default.removeItem(at: db)
        return process.terminationStatus == 0 ? seconds : nil
    }

    /// Runs a hidden benchmark subcommand of this same binary, in a fresh process, and reads
    /// the figures it prints.
    func runChild(_ arguments: [String]) throws -> [BenchFigure] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let output = Pipe()
        process.standardOutput = output
        process.arguments = arguments
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.error(
                "benchmark step \(arguments[0]) failed (status \(process.terminationStatus))")
            throw ExitCode(1)
        }
        return try JSONDecoder().decode([BenchFigure].self, from: data)
    }
}

struct BenchResult: Codable {
    var count: Int
    var figures: [BenchFigure]
}
