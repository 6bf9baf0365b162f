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
            (
                "altered.json", text.replacingOccurrences(of: "Offline", with: "Online"),
                "does not match its signature"
            ),
            ("cut.json", String(text.prefix(text.count - 20)), "truncated"),
            (
                "v9.json",
                text.replacingOccurrences(of: "\"format_version\":2", with: "\"format_version\":9"),
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
        // Someone off the roster: named, exit 2, nothing merged.
        #expect(try run(["panel", "remove", "reviewer"], as: "secretary").status == 0)
        let offRoster = try run(["notes", "merge", bundle], as: "secretary")
        #expect(offRoster.status == 2)
        #expect(
            offRoster.stderr.contains(
                "by reviewer (version"), "\(offRoster.stderr)")
        #expect(
            offRoster.stderr.contains("reviewer is not on this database's roster"),
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

    /// Issue 16, item 3, as the secretary meets it: a reviewer's signed bundle merges; the
    /// same bundle edited to speak for member1 is refused whole (exit 2); the file is private.
    @Test func aSignedBundleRoundTripsAndAForgedOneIsRefused() throws {
        let mine = try run(["notes", "add", "APP-0000003", "Strong on A1"], as: "member1")
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(try run(["notes", "checkout", "-o", copy], as: "reviewer").status == 0)
        #expect(
            try run(["notes", "add", "APP-0000005", "Ask about DT"], db: copy, as: "reviewer")
                .status == 0)
        let bundle = file("reviewer.json")
        let exported = try run(["notes", "export", "-o", bundle], db: copy, as: "reviewer")
        #expect(exported.status == 0, "\(exported.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: bundle)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
        let again = try run(["notes", "export", "-o", bundle], db: copy, as: "reviewer")
        #expect(again.status == 2)
        #expect(again.stderr.contains("add --force"), "\(again.stderr)")
        #expect(
            try run(["notes", "export", "-o", bundle, "--force"], db: copy, as: "reviewer")
                .status == 0)
        // Outside a copy, with nothing to export: still a private file.
        let empty = file("empty.json")
        let nothing = try run(["notes", "export", "-o", empty], as: "reviewer")
        #expect(nothing.status == 0, "\(nothing.stderr)")
        let emptyMode = try FileManager.default.attributesOfItem(atPath: empty)[.posixPermissions]
        #expect((emptyMode as? NSNumber)?.intValue == 0o600)

        let text = try String(contentsOfFile: bundle, encoding: .utf8)
        let forged = file("forged.json")
        try text.replacingOccurrences(of: "\"author\":\"reviewer\"", with: "\"author\":\"member1\"")
            .write(toFile: forged, atomically: true, encoding: .utf8)
        let before = try run(["notes", "list", "--format", "csv", "--deleted"], as: "chair").stdout
        let refused = try run(["notes", "merge", forged], as: "secretary")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("does not match its signature"), "\(refused.stderr)")
        #expect(
            try run(["notes", "list", "--format", "csv", "--deleted"], as: "chair").stdout == before
        )

        let merged = try run(["notes", "merge", bundle], as: "secretary")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("Merged 1 new note version"), "\(merged.stderr)")
        // The copy itself, in which member1 also wrote: refused whole, naming the version.
        #expect(
            try run(["notes", "add", "APP-0000006", "As member1"], db: copy, as: "member1")
                .status == 0)
        let whole = try run(["notes", "merge", copy], as: "secretary")
        #expect(whole.status == 2)
        #expect(whole.stderr.contains("APP-0000006 counter"), "\(whole.stderr)")
        #expect(whole.stderr.contains("by member1"), "\(whole.stderr)")
    }
}
