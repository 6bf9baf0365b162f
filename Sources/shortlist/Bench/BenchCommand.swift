import ArgumentParser
import Foundation
import ShortlistStore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory against the project's targets.",
        discussion: """
            Generates --count candidates into a temporary database, then browses it headless in \
            a fresh process: time to first frame, key-press latency (p50/p99), resize, peak \
            memory. Prints a table, or JSON with --json. Figures vary with the machine's load: \
            compare runs on the same machine.
            """)

    @Option(help: "How many candidates to generate.")
    var count: Int = 100_000

    @Option(help: "Key presses per browsing measurement.")
    var presses: Int = 1000

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bench.db")

        var figures: [BenchFigure] = []
        let start = Date()
        let timing = BulkLoadTiming()
        try DemoDatabase.build(
            at: url, .init(count: count, seed: 2025), interruption: nil, timing: timing)
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
        figures += try browse(url)

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

    private func browse(_ url: URL) throws -> [BenchFigure] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let output = Pipe()
        process.standardOutput = output
        let started = wallClockNanoseconds()
        process.arguments = [
            "bench-browse", "--db", url.path, "--started-at", String(started), "--presses",
            String(presses),
        ]
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.error("the browsing benchmark failed (status \(process.terminationStatus))")
            throw ExitCode(1)
        }
        return try JSONDecoder().decode([BenchFigure].self, from: data)
    }
}

struct BenchResult: Codable {
    var count: Int
    var figures: [BenchFigure]
}
