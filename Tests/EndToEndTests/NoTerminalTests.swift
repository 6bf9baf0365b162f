import Foundation
import ShortlistTestSupport
import Testing

/// Without a terminal the interface must refuse cleanly: exit 2 and a message, never a
/// curses crash or a garbled screen.
@Suite struct NoTerminalTests {
    let scratch = TemporaryDirectory("shortlist-nt")
    var folder: URL { scratch.url }

    @Test func stdinNotATerminalExitsTwoWithAMessage() throws {
        let result = try BuiltBinary.run(
            ["demo", "--count", "10"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func demoWithoutTheInterfaceBuildsTheDatabase() throws {
        let result = try BuiltBinary.run(
            ["demo", "--count", "50", "--no-tui"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let demo = folder.appendingPathComponent("shortlist/demo.db")
        #expect(FileManager.default.fileExists(atPath: demo.path), "\(result.stderr)")
        let mode =
            try FileManager.default.attributesOfItem(atPath: demo.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try BuiltBinary.run(
            ["demo", "--count", "50", "--no-tui"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(again.stderr.contains("Using the demo database"), "the same parameters reuse it")
    }

    @Test func missingDatabaseIsExplained() throws {
        let result = try BuiltBinary.run(["--db", folder.appendingPathComponent("none.db").path])
        #expect(result.status == 2)
        // The terminal is checked first: without one, that is what is reported.
        #expect(result.stderr.contains("terminal"))
    }

    @Test func helpListsTheSubcommands() throws {
        let result = try BuiltBinary.run(["--help"])
        #expect(result.status == 0)
        for name in ["demo", "bench", "open"] { #expect(result.stdout.contains(name)) }
        #expect(!result.stdout.contains("bench-browse"), "internal commands stay hidden")
        let bench = try BuiltBinary.run(["bench", "--help"])
        #expect(bench.status == 0)
        for hidden in ["browse", "find", "import", "export", "write"] {
            #expect(!bench.stdout.contains("\n  \(hidden) "), "bench \(hidden) stays hidden")
        }
    }

    /// Every usage error exits 2 (ArgumentParser's own code is 64), with what was wrong.
    @Test(arguments: [
        ["export", "feedback", "-o", "/tmp"], ["--no-such-option"], ["rank", "--format", "pdf"],
        ["score", "set"],
    ])
    func aUsageErrorExitsTwo(_ arguments: [String]) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }
}
