import Foundation
import ShortlistTestSupport
import Testing

/// The secretary replaces the call profile from the interface in a real terminal: the
/// reassessment of every application shows its bar on the status line; Esc cancels it and the
/// profile, every outcome and the audit trail are as before; a second try runs to its end.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ReassessmentTerminalTests {
    let scratch = TemporaryDirectory("shortlist-reassess-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("panel.db").path }
    var profile: String { folder.appendingPathComponent("moved-Łódź.toml").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        let csv = folder.appendingPathComponent("applications.csv").path
        let made = try BuiltBinary.run(["demo", "--csv", csv, "--count", "20000"])
        #expect(made.status == 0, "\(made.stderr)")
        let created = try BuiltBinary.run(["init", "--db", db, "--user", "hr"])
        #expect(created.status == 0, "\(created.stderr)")
        let imported = try BuiltBinary.run(["import", csv, "--db", db, "--user", "hr"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // A deadline a year earlier (every outcome changes) and a changed phrase (every CV's
        // evidence is counted again: the reassessment's longer second pass).
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Profiles/EC-2025-CNECT-441297.toml")
        let text = try String(contentsOf: repository, encoding: .utf8)
            .replacingOccurrences(
                of: "received_by = 2025-12-02T23:00:00", with: "received_by = 2024-12-02T23:00:00"
            )
            .replacingOccurrences(of: "\"stakeholder\",", with: "\"stakeholders\",")
        try Data(text.utf8).write(to: URL(fileURLWithPath: profile))
    }

    /// The profile, every application's eligibility, and the trail's length and head.
    private func state() throws -> [String] {
        try [["profile", "show"], ["list", "--format", "csv"], ["audit", "verify"]].map {
            let run = try BuiltBinary.run($0 + ["--db", db, "--user", "hr"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }
    }

    @Test func theSecretaryWatchesTheReassessmentCancelsThenReplaces() throws {
        let before = try state()
        let tmux = try Tmux(width: 200, height: 30)
        try tmux.sendLine("\(binary) --db \(db) --user hr; echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as hr") }
        try tmux.sendLiteral(":replace-profile \(profile)")
        try tmux.send("Enter")
        var screen = try tmux.waitFor(timeout: 60) {
            $0.contains("reassessing under moved-Łódź.toml [") && $0.contains("applications")
        }
        #expect(screen.contains("Esc cancels"), "\(screen)")
        #expect(screen.contains("of 20,000 applications"), "\(screen)")
        try tmux.send("Escape")
        screen = try tmux.waitFor(timeout: 120) { $0.contains("cancelled: nothing was changed") }
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(try state() == before, "the profile, the outcomes and the trail as they were")

        try tmux.sendLine("clear; \(binary) --db \(db) --user hr; echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as hr") }
        try tmux.sendLiteral(":replace-profile \(profile)")
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 400) {
            $0.contains("every application was reassessed")
        }
        #expect(screen.contains("20000 checked"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
        let after = try state()
        #expect(after[0] != before[0], "the new profile is in force")
        #expect(after[1] != before[1], "the outcomes changed")
        #expect(after[2] != before[2], "one more audit entry")
    }
}
