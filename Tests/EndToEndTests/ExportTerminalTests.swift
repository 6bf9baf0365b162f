import Foundation
import ShortlistTestSupport
import Testing

/// The export dialog in a real terminal: the secretary opens the ranking, presses `e`, and
/// the ranking is written where the session started, as `export ranking` would write it.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ExportTerminalTests {
    let scratch = TemporaryDirectory("shortlist-export-tmux")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "200", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    @Test func theSecretaryExportsTheRankingFromTheRankingView() throws {
        let tmux = try Tmux(
            width: 100, height: 30,
            environment: [
                "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "LANG": "C.UTF-8",
            ])
        try tmux.sendLine(
            "cd \(folder.path) && \(BuiltBinary.url.path) --db \(db) --user secretary; echo EXIT=$?"
        )
        try tmux.waitFor { $0.contains("/200") }
        try tmux.send("R")
        try tmux.waitFor { $0.contains("e export") }
        try tmux.send("e")
        try tmux.waitFor { $0.contains("Export") && $0.contains("ranking.csv") }
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.contains("wrote ranking.csv") }
        #expect(screen.contains("not final"))
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
        let csv = try String(
            contentsOfFile: folder.appendingPathComponent("ranking.csv").path, encoding: .utf8)
        let cli = try BuiltBinary.run([
            "export", "ranking", "--format", "csv", "-o",
            folder.appendingPathComponent("cli.csv").path, "--db", db, "--user", "secretary",
        ])
        #expect(cli.status == 0)
        #expect(
            csv
                == (try String(
                    contentsOfFile: folder.appendingPathComponent("cli.csv").path, encoding: .utf8)),
            "the dialog writes what the command writes")
    }
}
