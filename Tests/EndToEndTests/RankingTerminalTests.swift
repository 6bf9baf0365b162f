import Foundation
import ShortlistTestSupport
import Testing

/// The chair's ranking flow in a real terminal, with no subcommand (issue 22): open a
/// candidate from the ranking, excuse the chair from the interviews they missed, finalise
/// after the confirmation, reopen with a reason. The command line then reads what was done.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct RankingTerminalTests {
    let scratch = TemporaryDirectory("shortlist-ranking-tmux")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "400", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String]) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", "chair"])
    }

    /// The invited candidates not fully scored (the demo's round waits for the chair's cards).
    func pending() throws -> [String] {
        try run(["rank", "--format", "csv"]).stdout.split(separator: "\n").dropFirst()
            .filter { $0.hasPrefix(",") }.map { String($0.split(separator: ",")[0]) }
    }

    @Test func theChairOpensExcusesFinalisesAndReopensFromTheRanking() throws {
        let waiting = try pending()
        #expect(waiting.count == 3, "the demo round: three cards of the chair's to come")
        let tmux = try Tmux(
            width: 120, height: 40,
            environment: [
                "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "LANG": "C.UTF-8",
            ])
        try tmux.sendLine("\(binary) --db \(db) --user chair; echo EXIT=$?")
        try tmux.waitFor { $0.contains("/400") }

        // Enter on the ranking's second row opens that candidate's detail.
        try tmux.send("R")
        var screen = try tmux.waitFor { $0.contains("Ranking ·") }
        try tmux.send("j")
        screen = try tmux.waitFor { $0.split(separator: "\n").contains { $0.hasPrefix(" ▶") } }
        let second = try #require(
            try run(["rank", "--format", "csv"]).stdout.split(separator: "\n").dropFirst()
                .dropFirst().first.map { String($0.split(separator: ",")[1]) })
        try tmux.send("Enter")
        screen = try tmux.waitFor { !$0.contains("Ranking ·") && $0.contains(second) }
        #expect(screen.contains(second), "\(screen)")

        // Finalising is refused while the chair's cards are missing, naming them and whom.
        try tmux.send("Escape", "R")
        try tmux.waitFor { $0.contains("Ranking ·") }
        try tmux.send("F")
        screen = try tmux.waitFor { $0.contains("cannot finalise") }
        #expect(screen.contains("3 invited candidates are not fully scored"), "\(screen)")

        // The last row is always one still waiting: excuse the chair from each.
        for (i, _) in waiting.enumerated() {
            try tmux.send("G", "E")
            try tmux.waitFor { $0.contains("Excuse a member from") }
            try tmux.sendLiteral("away on mission \(i + 1)")
            try tmux.send("Enter")
            try tmux.waitFor { $0.contains("chair excused") }
            // The ranking is read again: the candidate is ranked, and fewer wait.
            let left = waiting.count - i - 1
            try tmux.waitFor { $0.contains("\(left) not fully scored") }
        }
        #expect(try pending().isEmpty)

        try tmux.send("F")
        screen = try tmux.waitFor { $0.contains("Finalise the ranking?") }
        #expect(screen.contains("freeze"), "\(screen)")
        try tmux.send("k", "Enter")
        screen = try tmux.waitFor { $0.contains("final (finalised by chair") }
        #expect(try run(["rank"]).stdout.contains("Ranking: final (finalised by chair"))

        try tmux.send("U")
        try tmux.waitFor { $0.contains("Reopen the final ranking") }
        try tmux.sendLiteral("one excusal was recorded for the wrong day")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("the ranking is open again") }
        #expect(try run(["rank"]).stdout.contains("Ranking: not final"))

        try tmux.send("Escape", "q")
        screen = try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(screen.contains("EXIT=0"), "\(screen)")

        let log = try run(["audit", "log", "--action", "ranking", "--format", "csv"]).stdout
        #expect(log.contains("ranking.finalise") && log.contains("ranking.reopen"), "\(log)")
        let excusals = try run(["audit", "log", "--action", "score.excuse", "--format", "csv"])
            .stdout.split(separator: "\n").dropFirst()
        #expect(excusals.count == 3, "\(excusals)")
    }
}
