import Foundation
import ShortlistTestSupport
import Testing

/// The secretary imports from the interface in a real terminal: after `shortlist init`,
/// `:import FILE` shows a progress bar on the status line while the list stays usable; Esc
/// cancels and the database is as before; a second import runs to its end and the list shows
/// the new count.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ImportProgressTerminalTests {
    let scratch = TemporaryDirectory("shortlist-import-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("panel.db").path }
    var csv: String { folder.appendingPathComponent("applications.csv").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try BuiltBinary.run(["demo", "--csv", csv, "--count", "20000"])
        #expect(made.status == 0, "\(made.stderr)")
        let created = try BuiltBinary.run(["init", "--db", db, "--user", "hr"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    private func rows() throws -> Int {
        let listed = try BuiltBinary.run([
            "list", "--format", "csv", "--db", db, "--user", "hr",
        ])
        #expect(listed.status == 0, "\(listed.stderr)")
        return max(0, listed.stdout.split(separator: "\n").count - 1)
    }

    @Test func theSecretaryWatchesTheBarCancelsThenImports() throws {
        let tmux = try Tmux(width: 110, height: 30)
        try tmux.sendLine("\(binary) --db \(db) --user hr; echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as hr") }
        try tmux.sendLiteral(":import \(csv)")
        try tmux.send("Enter")
        var screen = try tmux.waitFor(timeout: 60) {
            $0.contains("importing applications.csv [") && $0.contains("records")
        }
        #expect(screen.contains("Esc cancels"), "\(screen)")
        #expect(screen.contains("%"), "\(screen)")
        // The bar moves: a later frame shows more records.
        let first = screen
        screen = try tmux.waitFor(timeout: 60) { $0 != first && $0.contains("records") }
        try tmux.send("Escape")
        screen = try tmux.waitFor(timeout: 60) { $0.contains("cancelled: nothing was changed") }
        #expect(screen.contains("cancelled: nothing was changed"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(try rows() == 0, "a cancelled import leaves the database as it was")

        try tmux.sendLine("clear; \(binary) --db \(db) --user hr; echo EXIT=$?")
        try tmux.waitFor { $0.contains("acting as hr") }
        try tmux.send("C-o")
        try tmux.waitFor { $0.contains(":import ") }
        try tmux.sendLiteral(csv)
        try tmux.send("Enter")
        try tmux.waitFor(timeout: 60) { $0.contains("importing applications.csv [") }
        screen = try tmux.waitFor(timeout: 400) { $0.contains("imported 20000") }
        #expect(screen.contains("read 20000, imported 20000"), "\(screen)")
        screen = try tmux.waitFor(timeout: 30) { $0.contains("/20,000") }
        #expect(screen.contains("/20,000"), "the list shows the new count: \(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(try rows() == 20_000)
    }
}
