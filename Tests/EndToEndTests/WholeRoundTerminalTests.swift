import Foundation
import ShortlistTestSupport
import Testing

/// A whole round in a real terminal with no subcommand after `shortlist init`: the secretary
/// keeps the roster and imports from the interface, the chair adopts the grid, declares,
/// screens, invites with a slot and scores, a member declares and scores, the chair excuses
/// the member who did not, finalises and exports the ranking, a reviewer checks out an offline copy, annotates it and exports the bundle,
/// and the secretary merges it. Only reads (`rank`, `notes list`, `audit verify`) check the
/// outcome from the shell.
///
/// A second member never scores: the chair excuses them from the ranking, finalises it and
/// only then exports.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct WholeRoundTerminalTests {
    let scratch = TemporaryDirectory("shortlist-round-e2e")
    var folder: URL { scratch.url }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("applications.csv").path
        let made = try BuiltBinary.run(["demo", "--csv", csv, "--count", "300"])
        #expect(made.status == 0, "\(made.stderr)")
        let db = folder.appendingPathComponent("panel.db").path
        let created = try BuiltBinary.run(["init", "--db", db, "--user", "hr"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    private func open(_ tmux: Tmux, _ user: String, db: String = "panel.db") throws {
        try tmux.sendLine("clear; \(binary) --db \(db) --user \(user); echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as \(user)") }
    }

    private func quit(_ tmux: Tmux) throws {
        try tmux.send("q")
        let screen = try tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    @discardableResult
    private func expect(
        _ tmux: Tmux, _ text: String, timeout: Double = 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let screen = try tmux.waitFor(timeout: timeout) { $0.contains(text) }
        #expect(screen.contains(text), "\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    private func command(_ tmux: Tmux, _ line: String) throws {
        try tmux.send(":")
        try tmux.sendLiteral(line)
        try tmux.send("Enter")
    }

    /// The scorecard of the selected candidate, marked and submitted.
    private func score(_ tmux: Tmux, _ marks: [Int]) throws {
        try tmux.send("c")
        try expect(tmux, "Scorecard ·")
        for (i, mark) in marks.enumerated() {
            try tmux.send(String(mark))
            if i < marks.count - 1 { try tmux.send("j") }
        }
        try expect(tmux, "\(marks.count)/\(marks.count) marked")
        try tmux.send("S")
        try expect(tmux, "Submit your scorecard")
        try tmux.send("Enter")
        try expect(tmux, "submitted and locked")
        try tmux.send("Escape")
    }

    @Test func aWholeRoundWithNoSubcommand() throws {
        let tmux = try Tmux(width: 120, height: 34)
        try tmux.sendLine("cd \(folder.path)")

        // The secretary: the roster, then the import.
        try open(tmux, "hr")
        try tmux.send("P")
        try expect(tmux, "Panel roster")
        try tmux.send("a")
        try tmux.sendLiteral("chair")
        try tmux.send("Tab", "h", "Tab")
        try tmux.sendLiteral("Hélène Marchetti")
        try tmux.send("Enter")
        try expect(tmux, "Added chair (Hélène Marchetti) as chair")
        try tmux.send("a")
        try tmux.sendLiteral("ana")
        try tmux.send("Tab", "Tab")
        try tmux.sendLiteral("Ana Popescu")
        try tmux.send("Enter")
        try expect(tmux, "Added ana (Ana Popescu) as member")
        try tmux.send("a")
        try tmux.sendLiteral("oleg")
        try tmux.send("Tab", "Tab")
        try tmux.sendLiteral("Олег Коваленко")
        try tmux.send("Enter")
        try expect(tmux, "Added oleg (Олег Коваленко) as member")
        try tmux.send("a")
        try tmux.sendLiteral("rev")
        try tmux.send("Tab", "l", "l", "Tab")
        try tmux.sendLiteral("Ρένα Ζήση")
        try tmux.send("Enter")
        try expect(tmux, "Added rev (Ρένα Ζήση) as reviewer")
        try tmux.send("Escape")
        try command(tmux, "import applications.csv")
        try expect(tmux, "read 300, imported 300", timeout: 60)
        try quit(tmux)

        // The chair: adoption, declarations, screening, an invitation with its slot, a card.
        try open(tmux, "chair")
        try tmux.send("C")
        try expect(tmux, "Call profile")
        try tmux.send("a")
        try expect(tmux, "Adopt this grid?")
        try tmux.send("k", "Enter")
        try expect(tmux, "adopted by chair")
        try tmux.send("Escape", "Y")
        try expect(tmux, "Declarations")
        try tmux.send("Enter")
        try tmux.send("f")
        try tmux.sendLiteral("eligible")
        try tmux.send("Enter")
        try expect(tmux, "eligible")
        try tmux.send("m")
        try expect(tmux, "Your screening of")
        for _ in 0..<7 { try tmux.send("m") }
        try tmux.send("Enter")
        try expect(tmux, "your screening is saved")
        try tmux.send("i")
        try expect(tmux, "invited")
        try tmux.send("@")
        try expect(tmux, ":slot")
        try tmux.sendLiteral("2026-01-15T10:00+01:00 EN,FR Room 03/45")
        try tmux.send("Enter")
        try expect(tmux, "15 January 2026")
        try tmux.send("v")
        // Marks inside the scale: one at either end asks for a comment first.
        try score(tmux, [4, 4, 3, 4, 3, 4, 2])
        try quit(tmux)

        // A member: the declarations at first use, then the card.
        try open(tmux, "ana")
        try tmux.send("v", "c")
        try expect(tmux, "Declarations")
        try tmux.send("Enter")
        try expect(tmux, "Scorecard ·")
        try tmux.send("Escape")
        try score(tmux, [3, 4, 4, 4, 3, 3, 4])
        try quit(tmux)

        // The chair excuses the member who did not score, finalises, and exports the ranking.
        try open(tmux, "chair")
        try tmux.send("R")
        try expect(tmux, "Ranking")
        try tmux.send("F")
        try expect(tmux, "cannot finalise")
        try tmux.send("E")
        try expect(tmux, "Excuse a member from")
        try tmux.sendLiteral("on mission abroad")
        try tmux.send("Enter")
        try expect(tmux, "oleg excused")
        try tmux.send("F")
        try expect(tmux, "Finalise the ranking?")
        try tmux.send("k", "Enter")
        try expect(tmux, "final (finalised by chair")
        try tmux.send("e")
        try expect(tmux, "ranking.csv")
        try tmux.send("Enter")
        // The export runs off the screen's path; Esc would cancel it until it is written.
        try expect(tmux, "wrote ranking.csv")
        try tmux.send("Escape")
        try quit(tmux)
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("ranking.csv").path))

        // A reviewer takes an offline copy, annotates it there and exports the bundle.
        try open(tmux, "rev")
        try tmux.send("M")
        try expect(tmux, "Offline notes")
        try tmux.send("o")
        try expect(tmux, "rev-copy.db")
        try tmux.send("Enter")
        try expect(tmux, "Copied 300 applications")
        try tmux.send("Escape")  // q closes the notes screen; on the list it quits
        try quit(tmux)
        try open(tmux, "rev", db: "rev-copy.db")
        try tmux.send("a")
        try tmux.sendLiteral("Ζητήστε το δίπλωμα; Łódź 2019")
        try tmux.send("Enter")
        try tmux.send("M")
        try expect(tmux, "1 note version, never exported")
        try tmux.send("e")
        try expect(tmux, "rev-notes.json")
        try tmux.send("Enter")
        try expect(tmux, "Wrote 1 note version by rev")
        try tmux.send("Escape")
        try quit(tmux)

        // The secretary merges it.
        try open(tmux, "hr")
        try tmux.send("M", "m")
        try expect(tmux, "Merge a bundle or a copy")
        try tmux.sendLiteral("rev-notes.json")
        try tmux.send("Enter")
        try expect(tmux, "Merged 1 new note version")
        try tmux.send("Escape")
        try quit(tmux)

        let db = folder.appendingPathComponent("panel.db").path
        let notes = try BuiltBinary.run(["notes", "list", "--format", "csv", "--db", db])
        #expect(notes.stdout.contains("Ζητήστε το δίπλωμα; Łódź 2019"), "\(notes.stdout)")
        let rank = try BuiltBinary.run([
            "rank", "--format", "csv", "--db", db, "--user", "chair",
        ])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.split(separator: "\n").count >= 2, "\(rank.stdout)")
        let final = try BuiltBinary.run(["rank", "--db", db, "--user", "chair"])
        #expect(final.stdout.contains("Ranking: final (finalised by chair"), "\(final.stdout)")
        let verify = try BuiltBinary.run(["audit", "verify", "--db", db, "--user", "chair"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let log = try BuiltBinary.run([
            "audit", "log", "--format", "plain", "--db", db, "--user", "chair",
        ])
        for action in [
            "panel.add", "profile.adopt", "notes.checkout", "notes.merge", "invitation.",
            "score.submit", "score.excuse", "ranking.finalise",
        ] {
            #expect(log.stdout.contains(action), "\(action) in the audit trail")
        }
    }
}
