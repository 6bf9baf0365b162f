import Foundation
import ShortlistTestSupport
import Testing

/// Interviews in a real terminal: the other members score through the command line, then the
/// chair scores with the keyboard in the TUI and sees the candidate ranked; and a draft mark
/// survives `kill -9`.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ScoringTerminalTests {
    let scratch = TemporaryDirectory("shortlist-scoring-tmux")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    var binary: String { BuiltBinary.url.path }

    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"]
    /// The built-in call's weights (docs/scoring.md, the call profile).
    static let weights: [Double] = [20, 20, 20, 10, 15, 10, 5]

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "400", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    func tmux() throws -> Tmux {
        try Tmux(
            width: 100, height: 30,
            environment: [
                "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "LANG": "C.UTF-8",
            ])
    }

    /// The invited candidates in the order the TUI's invited-only list shows them.
    func invited() throws -> [String] {
        try run(["invite"], as: "chair").stdout.split(separator: "\n").map(String.init).sorted()
    }

    /// Opens the TUI as `user`, lists only the invited and selects `id`.
    func openOnInvited(_ tmux: Tmux, _ id: String, as user: String, pidFile: String? = nil)
        throws
    {
        let command = "\(binary) --db \(db) --user \(user)"
        if let pidFile {
            try tmux.sendLine("sh -c 'echo $$ > \(pidFile); exec \(command)'; echo EXIT=$?")
        } else {
            try tmux.sendLine("\(command); echo EXIT=$?")
        }
        try tmux.waitFor { $0.contains("/400") }
        try tmux.send("v")
        let invited = try invited()
        let screen = try tmux.waitFor {
            $0.contains("invited only") || $0.contains("invited to interview")
        }
        #expect(screen.contains("\(invited.count) candidates invited"), "\(screen)")
        let index = try #require(invited.firstIndex(of: id))
        for _ in 0..<index { try tmux.send("j") }
        try tmux.waitFor { $0.contains(" \(index + 1)/\(invited.count) ") }
    }

    @Test func theChairScoresWithTheKeyboardAndSeesTheCandidateRanked() throws {
        let already = try invited()
        let check = try run(["check", "--format", "csv"], as: "chair").stdout.split(
            separator: "\n")
        let candidate = try #require(
            check.dropFirst().map { String($0.split(separator: ",")[0]) }.first { id in
                check.contains { $0.hasPrefix(id + ",") && $0.contains(",eligible,") }
                    && !already.contains(id)
            })
        #expect(try run(["invite", candidate], as: "secretary").status == 0)
        let cards: [String: [Int]] = [
            "member1": [4, 3, 4, 3, 2, 4, 4], "member2": [3, 3, 4, 4, 2, 3, 4],
            "member3": [4, 4, 4, 3, 3, 4, 3],
        ]
        for (member, marks) in cards.sorted(by: { $0.key < $1.key }) {
            let pairs = zip(Self.criteria, marks).map { "\($0)=\($1)" }
            let set = try run(["score", "set", candidate] + pairs, as: member)
            #expect(set.status == 0, "\(set.stderr)")
            let submit = try run(["score", "submit", candidate], as: member)
            #expect(submit.status == 0, "\(submit.stderr)")
        }
        let chair = [4, 3, 4, 3, 2, 4, 4]
        // By the formula of DESIGN.md: Σ(weight × mean ÷ 5) ÷ Σ weight × 100.
        var sum = 0.0
        for (c, weight) in Self.weights.enumerated() {
            let marks = cards.values.map { $0[c] } + [chair[c]]
            sum += weight * (Double(marks.reduce(0, +)) / Double(marks.count)) / 5
        }
        let total = String(
            format: "%.2f", (sum / Self.weights.reduce(0, +) * 100 * 100).rounded() / 100)
        #expect(
            total == "68.50", "worked by hand: (75 + 65 + 80 + 32.5 + 33.75 + 37.5 + 18.75) ÷ 5")

        let tmux = try tmux()
        try openOnInvited(tmux, candidate, as: "chair")
        try tmux.send("c")
        var screen = try tmux.waitFor { $0.contains("Scorecard ·") && $0.contains(candidate) }
        #expect(screen.contains("sealed"), "the others' marks are sealed before the chair submits")
        for (i, mark) in chair.enumerated() {
            try tmux.send(String(mark))
            if i < chair.count - 1 { try tmux.send("j") }
        }
        screen = try tmux.waitFor { $0.contains("7/7 marked") }
        #expect(screen.contains("7/7 marked"), "\(screen)")
        try tmux.send("S")
        screen = try tmux.waitFor { $0.contains("Submit your scorecard") }
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("submitted and locked") }
        #expect(screen.contains("Total \(total)"), "\(screen)")
        try tmux.send("R")
        screen = try tmux.waitFor { $0.contains("Ranking ·") }
        let row = try #require(
            screen.split(separator: "\n").first { $0.contains(" \(total) ") },
            "the ranking shows the total:\n\(screen)")
        // The cursor's pointer may stand before the rank.
        let rank = row.split(separator: " ").lazy.compactMap { Int($0) }.first
        #expect(rank != nil, "ranked: \(row)")
        let csv = try run(["rank", "--format", "csv"], as: "chair").stdout.split(separator: "\n")
        let line = try #require(csv.first { $0.contains(",\(candidate),") })
        #expect(line.hasPrefix("\(rank ?? 0),"), "the same rank as the command line: \(line)")
        #expect(line.contains(",\(total),"))
        try tmux.send("Escape", "q")
        screen = try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    /// Killed (no handler runs), terminated, hung up on (the terminal window closed) or
    /// interrupted with a draft mark just set: the draft is in the database, and for the
    /// signals a program can catch, the terminal is given back as it was.
    @Test(arguments: [(SIGKILL, "KILL"), (SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")])
    func aDraftMarkSurvivesTheSignal(_ signal: Int32, _ name: String) throws {
        // A candidate of the demo round whose card the chair has still to fill.
        let csv = try run(["rank", "--format", "csv"], as: "chair").stdout.split(separator: "\n")
        let candidate = try #require(
            csv.dropFirst().first { $0.hasPrefix(",") }.map { String($0.split(separator: ",")[0]) })
        let tmux = try tmux()
        let pidFile = folder.appendingPathComponent("tui-\(name).pid").path
        try openOnInvited(tmux, candidate, as: "chair", pidFile: pidFile)
        try tmux.send("c")
        try tmux.waitFor { $0.contains("Scorecard ·") && $0.contains(candidate) }
        try tmux.send("3")
        let screen = try tmux.waitFor { $0.contains("A1 3 saved") }
        #expect(screen.contains("A1 3 saved"), "\(screen)")
        let pid = try #require(
            Int32(
                try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        #expect(kill(pid, signal) == 0)
        try tmux.waitFor { $0.contains("EXIT=\(128 + signal)") }
        if signal != SIGKILL {
            // The marker is split on the command line so that only the output contains it.
            try tmux.sendLine(
                "echo \"MO\"\"DES:$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ')\""
            )
            let modes = try tmux.waitFor { $0.contains("MODES:") }
            #expect(modes.contains("MODES:icanon echo"), "the terminal is restored:\n\(modes)")
        }
        let show = try run(["score", "show", candidate, "--format", "csv"], as: "chair")
        #expect(show.status == 0, "\(show.stderr)")
        let a1 = show.stdout.split(separator: "\n").first { $0.hasPrefix("A1,") }
        #expect(
            a1?.split(separator: ",", omittingEmptySubsequences: false)[3] == "3", "\(show.stdout)")
    }
}
