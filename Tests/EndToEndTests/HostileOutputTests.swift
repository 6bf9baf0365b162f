import Foundation
import Testing

/// Whatever a candidate or a colleague typed is data, never terminal control: names, CVs,
/// notes, comments and display names holding escape sequences, C1 controls, bidi overrides
/// and backspaces reach no output of the command line as themselves, terminal or not.
@Suite(.serialized) struct HostileOutputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "shortlist-hostile-e2e-\(UUID().uuidString.prefix(8))")
    var db: String { folder.appendingPathComponent("demo.db").path }

    static let title = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J\u{1B}[10;10H"
    static let hostile = "X\(title)\(clear)\u{9B}31m\u{202E}gnp.exe\u{202C}\u{08}\u{08}\u{7F}Y"

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "200", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    /// The scalars that must never reach an output.
    static func leaks(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    func expectClean(_ result: BuiltBinary.Result, _ what: String) {
        #expect(Self.leaks(result.stdout).isEmpty, "\(what) stdout: \(Self.leaks(result.stdout))")
        #expect(Self.leaks(result.stderr).isEmpty, "\(what) stderr: \(Self.leaks(result.stderr))")
    }

    @Test func noControlCharacterReachesAnyOutput() throws {
        let csv = folder.appendingPathComponent("hostile.csv")
        try Data(
            """
            application_id,surname,given_names,cv_text
            HOSTILE-1,"\(Self.hostile)","Ann\(Self.clear)","CV \(Self.hostile)"

            """.utf8
        ).write(to: csv)
        let imported = try run(["import", csv.path], as: "secretary")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("column surname: holds control or bidi characters"))
        expectClean(imported, "import")

        var shown = false
        for format in ["table", "plain", "csv", "json"] {
            let list = try run(
                ["list", "--format", format, "--filter", "id=HOSTILE-1"], as: "chair")
            #expect(list.status == 0, "\(list.stderr)")
            expectClean(list, "list \(format)")
            shown = shown || list.stdout.contains("HOSTILE-1")
            if format == "table" {
                #expect(list.stdout.contains("X␛]0;pwned␇␛[2J"), "\(list.stdout)")
                #expect(list.stdout.contains("\\u{009B}31m\\u{202E}gnp.exe"))
            }
            if format == "json" {
                #expect(list.stdout.contains("\\u009b31m\\u202egnp.exe"), "the value escaped")
            }
        }
        #expect(shown, "the hostile candidate is listed")
        for format in ["table", "plain", "csv", "json"] {
            let check = try run(["check", "--format", format], as: "chair")
            #expect(check.status == 0, "\(check.stderr)")
            expectClean(check, "check \(format)")
        }

        #expect(try run(["notes", "add", "HOSTILE-1", Self.hostile], as: "reviewer").status == 0)
        for format in ["table", "plain", "csv"] {
            let notes = try run(["notes", "list", "--format", format], as: "reviewer")
            #expect(notes.status == 0, "\(notes.stderr)")
            #expect(notes.stdout.contains("gnp.exe"))
            expectClean(notes, "notes list \(format)")
        }

        let added = try run(
            ["panel", "add", "evil", "--role", "reviewer", "--display-name", Self.hostile],
            as: "secretary")
        #expect(added.status == 0, "\(added.stderr)")
        for format in ["table", "plain", "csv", "json"] {
            let panel = try run(["panel", "list", "--format", format], as: "chair")
            #expect(panel.status == 0 && panel.stdout.contains("gnp.exe"), "\(panel.stderr)")
            expectClean(panel, "panel list \(format)")
        }

        // A hostile comment on a scorecard, shown back to its author: on a candidate newly
        // invited (the demo's members have submitted the others).
        let invited = try run(["invite"], as: "chair").stdout.split(separator: "\n").map(
            String.init)
        let check = try run(["check", "--format", "csv"], as: "chair").stdout.split(separator: "\n")
        let id = try #require(
            check.dropFirst().compactMap { line -> String? in
                let id = String(line.split(separator: ",")[0])
                return line.contains(",eligible,") && !invited.contains(id) ? id : nil
            }.first)
        #expect(try run(["invite", id], as: "chair").status == 0)
        let set = try run(
            ["score", "set", id, "A1=3", "--comment", "A1=\(Self.hostile)"], as: "member3")
        #expect(set.status == 0, "\(set.stderr)")
        expectClean(set, "score set")
        for format in ["table", "plain", "csv", "json"] {
            let show = try run(["score", "show", id, "--format", format], as: "member3")
            #expect(show.status == 0, "\(show.stderr)")
            expectClean(show, "score show \(format)")
        }

        // Errors echo what was typed: the argument parser's, and Shortlist's own.
        let parse = try run(["list", "--format", Self.hostile], as: "chair")
        #expect(parse.status != 0)
        #expect(parse.stderr.contains("gnp.exe"), "\(parse.stderr)")
        expectClean(parse, "a parse error")
        let unknown = try run(["notes", "add", "NO-SUCH\(Self.clear)", "text"], as: "reviewer")
        #expect(unknown.status != 0)
        expectClean(unknown, "an error naming an unknown id")
        let option = try BuiltBinary.run(["--\(Self.title)"])
        expectClean(option, "an unknown option")
    }

    @Test func globalOptionsWorkBeforeTheSubcommand() throws {
        let before = try BuiltBinary.run(["--db", db, "--user", "reviewer", "notes", "list"])
        #expect(before.status == 0, "\(before.stderr)")
        let equals = try BuiltBinary.run([
            "--db=\(db)", "--user=chair", "list", "--format", "csv", "--limit", "3",
        ])
        #expect(equals.status == 0, "\(equals.stderr)")
        #expect(equals.stdout.hasPrefix("application_id,"))
        let nested = try BuiltBinary.run([
            "--db", db, "score", "show", "NO-SUCH", "--user", "chair",
        ])
        #expect(!nested.stderr.contains("Unknown option"), "\(nested.stderr)")
        let after = try BuiltBinary.run(["list", "--format", "csv", "--limit", "3", "--db", db])
        #expect(after.stdout == equals.stdout)
        // Without a subcommand the options still go to the interface, which needs a terminal.
        let open = try BuiltBinary.run(["--db", db])
        #expect(open.status == 2 && !open.stderr.contains("Unknown option"), "\(open.stderr)")
        let help = try BuiltBinary.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE"))
    }

    @Test func rejectsAndDemoExportsAreNeverOverwrittenWithoutForce() throws {
        let export = folder.appendingPathComponent("demo.csv").path
        let old = umask(0)
        defer { umask(old) }
        #expect(try BuiltBinary.run(["demo", "--csv", export, "--count", "3"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: export)[.posixPermissions]
        #expect(mode as? Int == 0o600)
        let again = try BuiltBinary.run(["demo", "--csv", export, "--count", "3"])
        #expect(again.status == 2 && again.stderr.contains("--force"), "\(again.stderr)")
        #expect(
            try BuiltBinary.run(["demo", "--csv", export, "--count", "3", "--force"]).status == 0)
    }
}
