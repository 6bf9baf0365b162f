import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist notes` as scripts use it: machine formats, the exit status of each kind of
/// refusal, and nothing changed by a refused bundle.
@Suite(.serialized) struct NotesCommandTests {
    let scratch = TemporaryDirectory("shortlist-notes-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("origin.db").path }
    var copy: String { folder.appendingPathComponent("copy.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "20", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], db: String? = nil, as user: String) throws
        -> BuiltBinary.Result
    {
        try BuiltBinary.run(arguments + ["--db", db ?? self.db, "--user", user])
    }

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func listFormatsAndTheExitStatusOfEveryRefusal() throws {
        let added = try run(
            [
                "notes", "add", "APP-0000004", "Ask about \"DT\", in Polish: Łódź", "--tag",
                "ask-about-DT",
                "--criterion", "B2",
            ], as: "member2")
        #expect(added.status == 0, "\(added.stderr)")
        let noteID = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(noteID.count == 36)

        let json = try run(["notes", "list", "--format", "json"], as: "reviewer")
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(objects.count == 1)
        #expect(objects.first?["note"] == noteID)
        #expect(objects.first?["text"] == "Ask about \"DT\", in Polish: Łódź")
        #expect(objects.first?["tags"] == "ask-about-DT")
        #expect(objects.first?["criterion"] == "B2")
        let tags = try run(["notes", "tags", "APP-0000004", "--format", "csv"], as: "reviewer")
        #expect(tags.stdout == "tag\nask-about-DT\n")

        let badTag = try run(["notes", "add", "APP-0000004", "x", "--tag", "no!"], as: "member2")
        #expect(badTag.status == 2)
        #expect(badTag.stderr.contains("is not a tag"), "\(badTag.stderr)")
        let notMine = try run(["notes", "edit", noteID, "mine now"], as: "member1")
        #expect(notMine.status == 2)
        #expect(notMine.stderr.contains("only its author can edit it"), "\(notMine.stderr)")

        #expect(try run(["notes", "checkout", "-o", copy], as: "reviewer").status == 0)
        #expect(
            try run(
                ["notes", "add", "APP-0000005", "Offline", "--tag", "shortlist"], db: copy,
                as: "reviewer"
            ).status == 0)
        let bundle = file("b.json")
        #expect(try run(["notes", "export", "-o", bundle], db: copy, as: "reviewer").status == 0)
        let everyone = try run(
            ["notes", "export", "--author", "all", "-o", file("all.json")],
            db: copy, as: "reviewer")
        #expect(everyone.status == 2, "a reviewer exports only their own notes")

        let before = try run(["notes", "list", "--format", "csv", "--deleted"], as: "chair").stdout
        let text = try String(contentsOfFile: bundle, encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("altered.json", text.replacingOccurrences(of: "Offline", with: "Online"), "checksum"),
            ("cut.json", String(text.prefix(text.count - 20)), "truncated"),
            (
                "v9.json",
                text.replacingOccurrences(of: "\"format_version\":1", with: "\"format_version\":9"),
                "format version 9"
            ),
            ("other.csv", "application_id,surname\n", "not a Shortlist notes bundle"),
        ]
        for (name, content, reason) in cases {
            try content.write(toFile: file(name), atomically: true, encoding: .utf8)
            let refused = try run(["notes", "merge", file(name)], as: "secretary")
            #expect(refused.status == 2, "\(name)")
            #expect(refused.stderr.contains(reason), "\(name): \(refused.stderr)")
            #expect(refused.stderr.contains("nothing was merged"))
        }
        // Another database's bundle.
        let other = file("other.db")
        #expect(
            try BuiltBinary.run(["demo", "--no-tui", "--count", "20", "--db", other]).status == 0)
        let foreign = try run(["notes", "merge", bundle], db: other, as: "secretary")
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("not this one"), "\(foreign.stderr)")
        // Someone off the roster: listed, exit 1.
        #expect(try run(["panel", "remove", "reviewer"], as: "secretary").status == 0)
        let offRoster = try run(["notes", "merge", bundle], as: "secretary")
        #expect(offRoster.status == 1)
        #expect(
            offRoster.stderr.contains(
                "refused 1 note version by reviewer: not on this database's roster"),
            "\(offRoster.stderr)")
        #expect(
            try run(["notes", "list", "--format", "csv", "--deleted"], as: "chair").stdout == before
        )
        // Back on the roster, the same bundle merges, once.
        #expect(
            try run(["panel", "add", "reviewer", "--role", "reviewer"], as: "secretary").status == 0
        )
        #expect(try run(["notes", "merge", bundle], as: "secretary").status == 0)
        let after = try run(["notes", "list", "--format", "csv"], as: "chair").stdout
        #expect(after.split(separator: "\n").count == 3)
        let audit = try run(["audit", "log", "--format", "csv"], as: "chair").stdout
        #expect(audit.contains("notes.merge"))
        #expect(!audit.contains("Offline"), "the audit trail holds no note text")
    }
}
