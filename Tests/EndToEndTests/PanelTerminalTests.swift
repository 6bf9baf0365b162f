import Foundation
import ShortlistTestSupport
import Testing

/// Roles in a real terminal: who acts is shown, a member is refused what only the chair may
/// do, and the chair's override made with the keyboard is what the command line then reports.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct PanelTerminalTests {
    let scratch = TemporaryDirectory("shortlist-panel-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    @Test func aMemberIsRefusedAnOverrideAndTheChairMakesOne() throws {
        // APP-0000005 of the demo is ineligible on one rule only: its CAST is in function group II.
        let before = try BuiltBinary.run([
            "check", "--format", "csv", "--db", db, "--user", "chair",
        ])
        let row = try #require(
            before.stdout.split(separator: "\n").first { $0.hasPrefix("APP-0000005,") })
        #expect(row.contains(",ineligible,"), "\(row)")

        let tmux = try Tmux(width: 100, height: 30)
        try tmux.sendLine("\(binary) --db \(db) --user member1; echo EXIT=$?")
        var screen = try tmux.waitFor { $0.contains("acting as member1 (member)") }
        try tmux.send("j", "o")
        screen = try tmux.waitFor { $0.contains("only the chair") }
        #expect(screen.contains("member1 is a member and cannot override"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }

        try tmux.sendLine("clear; \(binary) --db \(db) --user chair; echo EXIT=$?")
        screen = try tmux.waitFor { $0.contains("acting as chair") }
        try tmux.send("j", "j", "j", "j", "o")
        screen = try tmux.waitFor { $0.contains("Justification") || $0.contains("justification") }
        // The rule and the result come chosen (the failing rule, to pass); down to the text.
        try tmux.send("Down", "Down")
        try tmux.waitFor { $0.contains("▶ Justification") }
        try tmux.sendLiteral("Function group IV CAST passed in 2024, certificate seen")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("APP-0000005:") && $0.contains("overridden") }
        #expect(screen.contains("now eligible"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }

        let after = try BuiltBinary.run([
            "check", "--format", "csv", "--db", db, "--user", "secretary",
        ])
        let now = try #require(
            after.stdout.split(separator: "\n").first { $0.hasPrefix("APP-0000005,") })
        #expect(now.contains(",eligible,"), "\(now)")
        #expect(
            now.contains("certificate seen"), "the justification travels with the override: \(now)")
        let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
