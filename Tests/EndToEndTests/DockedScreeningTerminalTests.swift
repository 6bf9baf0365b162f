import Foundation
import ShortlistTestSupport
import Testing

/// Issue 23 in a real terminal: a member screens a candidate criterion by criterion with the
/// CV beside the form; at each criterion the CV shows that criterion's evidence (or the form
/// says there is none), and the marks are saved.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct DockedScreeningTerminalTests {
    let scratch = TemporaryDirectory("shortlist-dock-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    /// The columns right of the form's pane: the CV.
    static func cvPane(_ screen: String, from column: Int) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.dropFirst(column))
        }.joined(separator: "\n")
    }

    @Test func aMemberScreensCriterionByCriterionWithTheCVFollowing() throws {
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.sendLine("\(binary) --db \(db) --user member2; echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as member2") }
        // A candidate whose CV holds evidence for several criteria.
        try tmux.send("f")
        try tmux.sendLiteral("evidence:A1 >= 1 and evidence:B2 >= 1")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("evidence:A1 >= 1") && !$0.contains("counting") }
        try tmux.send("m")
        var screen = try tmux.waitFor { $0.contains("Your screening of APP-") }
        let title = try #require(screen.range(of: "Your screening of "))
        let id = String(screen[title.upperBound...].prefix(11))
        #expect(screen.contains("[1 Details]"), "the CV's tab beside the form")
        #expect(!screen.contains("▶ APP-"), "the list gave way to the form")

        var followed = 0
        for criterion in ["A1", "A2", "A3", "B1", "B2", "C1", "C2"] {
            screen = try tmux.waitFor {
                $0.contains("▶ \(criterion)") && $0.contains("\(criterion): phrase")
                    || $0.contains("no phrase of the profile for \(criterion)")
            }
            if let quote = screen.range(of: "\(criterion): phrase ") {
                // "B2: phrase 1/3 “digital twin” (] next, [ previous)": the phrase is in view.
                let rest = screen[quote.upperBound...]
                let open = try #require(rest.firstIndex(of: "“"))
                let close = try #require(rest.firstIndex(of: "”"))
                let phrase = String(rest[rest.index(after: open)..<close])
                let firstWord = String(phrase.split(separator: " ").first ?? "")
                let cv = Self.cvPane(screen, from: 58).lowercased()
                #expect(cv.contains(firstWord.lowercased()), "\(criterion) “\(phrase)”:\n\(screen)")
                followed += 1
            }
            try tmux.send("m")
        }
        #expect(followed >= 3, "the demo CV has evidence for most criteria")
        try tmux.waitFor { $0.contains("▶ Note") }
        try tmux.sendLiteral("Checked against the CV, criterion by criterion")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("your screening is saved") }
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }

        let audit = try BuiltBinary.run([
            "audit", "log", "--candidate", id, "--db", db, "--user", "chair",
        ])
        #expect(audit.stdout.contains("member2"), "\(audit.stdout)\(audit.stderr)")
    }
}
