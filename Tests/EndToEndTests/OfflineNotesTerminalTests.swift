import Foundation
import ShortlistTestSupport
import Testing

/// A reviewer's offline round trip with the real binary: checkout, a note written in the copy
/// through the command line, export, the secretary's merge (twice), and the note in the
/// origin's Notes tab in a real terminal.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct OfflineNotesTerminalTests {
    let scratch = TemporaryDirectory("shortlist-notes-tmux")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("origin.db").path }
    var copy: String { folder.appendingPathComponent("laptop.db").path }
    var bundle: String { folder.appendingPathComponent("reviewer.notes.json").path }
    var binary: String { BuiltBinary.url.path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "60", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], db: String, as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    /// Opens the origin in the TUI as the chair; returns the list, then shows the Notes tab.
    func openNotesTab(_ tmux: Tmux, list: inout String) throws -> String {
        try tmux.sendLine("\(binary) --db \(db) --user chair; echo EXIT=$?")
        list = try tmux.waitFor { $0.contains("/60") }
        try tmux.send("5")
        return try tmux.waitFor { $0.contains("Notes on APP-") }
    }

    @Test func aNoteWrittenOfflineShowsInTheOriginsNotesTab() throws {
        let tmux = try Tmux(
            width: 100, height: 30,
            environment: [
                "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "LANG": "C.UTF-8",
            ])
        // The candidate the list opens on.
        var list = ""
        var screen = try openNotesTab(tmux, list: &list)
        #expect(!list.contains("Tags"), "no Tags column before any tag: \(list)")
        let id = try #require(
            screen.firstMatch(of: /Notes on (APP-\d{7})/).map { String($0.1) }, "\(screen)")
        #expect(screen.contains("No notes yet"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }

        let checkout = try run(["notes", "checkout", "-o", copy], db: db, as: "reviewer")
        #expect(checkout.status == 0, "\(checkout.stderr)")
        let add = try run(
            ["notes", "add", id, "Ask about the Łódź diploma — 证书", "--tag", "check-diploma"],
            db: copy, as: "reviewer")
        #expect(add.status == 0, "\(add.stderr)")
        let export = try run(["notes", "export", "-o", bundle], db: copy, as: "reviewer")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("Wrote 1 note version by reviewer"), "\(export.stderr)")

        let merge = try run(["notes", "merge", bundle], db: db, as: "secretary")
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("Merged 1 new note version "), "\(merge.stderr)")
        let again = try run(["notes", "merge", bundle], db: db, as: "secretary")
        #expect(again.stderr.contains("Merged 0 new note versions"), "\(again.stderr)")
        let listed = try run(["notes", "list", id, "--format", "csv"], db: db, as: "chair")
        #expect(listed.stdout.split(separator: "\n").count == 2, "\(listed.stdout)")
        let refused = try run(["notes", "merge", bundle], db: db, as: "reviewer")
        #expect(refused.status == 2)

        screen = try openNotesTab(tmux, list: &list)
        #expect(list.contains("Tags"), "the list has a Tags column: \(list)")
        screen = try tmux.waitFor { $0.contains("Łódź diploma") }
        #expect(screen.contains("Ask about the Łódź diploma — 证书"), "\(screen)")
        #expect(screen.contains("reviewer"), "\(screen)")
        #expect(screen.contains("check-diploma"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
    }
}
