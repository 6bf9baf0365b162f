import Foundation
import GRDB
import ShortlistTestSupport
import Testing

/// A process killed at any moment (`kill -9`: no handler runs) leaves the database consistent,
/// its audit chain valid, and every acknowledged change present; an import is all or nothing.
@Suite(.serialized) struct CrashSafetyTests {
    let scratch = TemporaryDirectory("shortlist-crash")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("panel.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Starts the binary and kills it after `delay` seconds, if it is still running.
    func runKilled(after delay: Double, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func integrityCheck() throws -> String {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// The names in the database, by application id, as `check` lists them.
    func names() throws -> [String: String] {
        let csv = try BuiltBinary.run(["check", "--format", "csv", "--db", db, "--user", "chair"])
        #expect(csv.status == 0, "\(csv.stderr)")
        var names: [String: String] = [:]
        for line in csv.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 1)
            if fields.count == 2 { names[String(fields[0])] = String(fields[1]) }
        }
        return names
    }

    @Test func anImportKilledAtAnyMomentIsAllOrNothing() throws {
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "400", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
        // Another population: its first 400 ids are other people (another CAST registration),
        // refused as such unless the stored one has none; the 3,600 after them are new.
        let export = folder.appendingPathComponent("other.csv").path
        let written = try BuiltBinary.run([
            "demo", "--csv", export, "--count", "4000", "--seed", "7",
        ])
        #expect(written.status == 0, "\(written.stderr)")
        let before = try names()

        // The kills are spread over how long this import takes here (timed on a copy): fixed
        // delays went stale when imports got faster, and a first kill landing after the commit
        // left no attempt killed part-way.
        let copy = folder.appendingPathComponent("timing.db").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let started = Date()
        _ = try BuiltBinary.run(["import", export, "--db", copy, "--user", "secretary"])
        let duration = Date().timeIntervalSince(started)

        // Ten kills, earliest first, each into a fresh attempt at the same import: one at a
        // quarter of the import, nine at seeded moments up to a third past its end. A kill
        // may also land after the commit, while the process is closing: then the import is
        // whole, and later attempts find every record unchanged.
        var random = SeededRandom(seed: 2026)
        let seeded = (1...9).map { _ in random.next(in: 0.05...max(0.3, duration * 1.3)) }
        let delays = [duration / 4] + seeded.sorted()
        var states: [(delay: Double, names: [String: String])] = []
        for (run, delay) in zip(1..., delays) {
            _ = try runKilled(after: delay, ["import", export, "--db", db, "--user", "secretary"])
            #expect(try integrityCheck() == "ok", "after a kill at \(delay) s (run \(run))")
            let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
            #expect(
                verify.status == 0, "the audit chain after a kill at \(delay) s: \(verify.stdout)")
            states.append((delay, try names()))
        }
        // Left alone, the same import goes through whole: what a finished one leaves.
        let whole = try BuiltBinary.run(["import", export, "--db", db, "--user", "secretary"])
        #expect(whole.status == 1, "\(whole.stderr)")
        #expect(whole.stderr.contains("a different person"))
        let after = try names()
        #expect(after.count == 4000)
        #expect(before["APP-0004000"] == nil && after["APP-0004000"] != nil)
        var finishedEarlier = false
        for state in states {
            let isNone = state.names == before
            let isWhole = state.names == after
            #expect(
                isNone || isWhole,
                "after a kill at \(state.delay) s the database holds part of the import")
            #expect(!(finishedEarlier && isNone), "a whole import never goes away again")
            finishedEarlier = finishedEarlier || isWhole
        }
        #expect(states.contains { $0.names == before }, "at least one import was killed part-way")
    }

    @Test func acknowledgedScoreChangesSurviveAKill() throws {
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
        // The demo leaves three candidates for the chair to score; take the first.
        let rank = try BuiltBinary.run(["rank", "--format", "csv", "--db", db, "--user", "chair"])
        let pending = try #require(
            rank.stdout.split(separator: "\n").first { $0.hasPrefix(",") }?.split(separator: ",")
                .first.map(String.init))
        // Acknowledged writes alternate with writes killed part-way: the card must hold the
        // last acknowledged mark, or a killed write's that came after it, never anything else.
        // Ten rounds, seeded: an acknowledged write, then one killed at a random moment.
        var random = SeededRandom(seed: 11)
        var possible: Set<String> = []
        let levels = ["1", "2", "3", "4"]
        for round in 0..<10 {
            for killedWrite in [false, true] {
                let mark = levels[Int(random.next(in: 0...3.99))]
                let arguments = [
                    "score", "set", pending, "A1=\(mark)", "--db", db, "--user", "chair",
                ]
                if !killedWrite {
                    let result = try BuiltBinary.run(arguments)
                    #expect(result.status == 0, "\(result.stderr)")
                    possible = [mark]
                } else {
                    let status = try runKilled(after: random.next(in: 0.005...0.4), arguments)
                    if status == 0 { possible = [mark] } else { possible.insert(mark) }
                }
                #expect(try integrityCheck() == "ok")
                let shown = try BuiltBinary.run([
                    "score", "show", pending, "--db", db, "--user", "chair",
                ])
                let a1 = try #require(
                    shown.stdout.split(separator: "\n").first { $0.hasPrefix("A1 ") })
                let yours = String(a1.split(separator: " ")[3])
                #expect(
                    possible.contains(yours),
                    "round \(round): \(yours), expected one of \(possible)")
                possible = [yours]
            }
        }
        let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
