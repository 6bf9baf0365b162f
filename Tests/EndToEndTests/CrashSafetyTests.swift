import Foundation
import GRDB
import Testing

/// A process killed at any moment (`kill -9`: no handler runs) leaves the database consistent,
/// its audit chain valid, and every acknowledged change present; an import is all or nothing.
@Suite(.serialized) struct CrashSafetyTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "shortlist-crash-\(UUID().uuidString.prefix(8))")
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
        // The same application ids with other people behind them: every record an update.
        let export = folder.appendingPathComponent("other.csv").path
        let written = try BuiltBinary.run([
            "demo", "--csv", export, "--count", "4000", "--seed", "7",
        ])
        #expect(written.status == 0, "\(written.stderr)")
        let before = try names()

        var killed = 0
        for delay in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2] {
            let status = try runKilled(
                after: delay, ["import", export, "--db", db, "--user", "secretary"])
            #expect(try integrityCheck() == "ok", "after a kill at \(delay) s")
            let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
            #expect(
                verify.status == 0, "the audit chain after a kill at \(delay) s: \(verify.stdout)")
            let now = try names()
            if status == 0 {
                // It finished: every record is the new one, and the rest can stop here.
                #expect(now.count == 4000)
                #expect(now["APP-0000001"] != before["APP-0000001"])
                break
            }
            killed += 1
            #expect(now == before, "a killed import leaves nothing of itself (kill at \(delay) s)")
        }
        #expect(killed > 0, "at least one import was killed part-way")
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
        var possible: Set<String> = []
        for (i, mark) in ["1", "2", "3", "4", "2", "3"].enumerated() {
            let arguments = ["score", "set", pending, "A1=\(mark)", "--db", db, "--user", "chair"]
            if i % 2 == 0 {
                let result = try BuiltBinary.run(arguments)
                #expect(result.status == 0, "\(result.stderr)")
                possible = [mark]
            } else {
                let status = try runKilled(after: 0.02 * Double(i), arguments)
                if status == 0 { possible = [mark] } else { possible.insert(mark) }
            }
            #expect(try integrityCheck() == "ok")
            let shown = try BuiltBinary.run([
                "score", "show", pending, "--db", db, "--user", "chair",
            ])
            let a1 = try #require(shown.stdout.split(separator: "\n").first { $0.hasPrefix("A1 ") })
            let yours = String(a1.split(separator: " ")[3])
            #expect(
                possible.contains(yours), "after step \(i): \(yours), expected one of \(possible)")
            possible = [yours]
        }
        let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
