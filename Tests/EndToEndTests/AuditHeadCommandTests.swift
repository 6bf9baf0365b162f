import Foundation
import GRDB
import Testing

/// The trail's length and head: kept beside the trail, printed by every export, and checked
/// by `audit verify`, whose `--head` takes hex in either case.
@Suite(.serialized) struct AuditHeadCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "shortlist-audit-head-e2e-\(UUID().uuidString.prefix(8))")
    var db: String { folder.appendingPathComponent("panel.db").path }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    func head(_ verify: BuiltBinary.Result) -> String {
        String(verify.stdout.split(separator: " ").last ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// All rows of the trail deleted with its triggers dropped, as someone with the sqlite3
    /// tool would: verify exits 1 against the length recorded beside the trail.
    @Test func aTrailDeletedWholeDoesNotVerify() throws {
        #expect(try run(["init", "--call", "builtin"], as: "hr").status == 0)
        #expect(try run(["panel", "add", "chair", "--role", "chair"], as: "hr").status == 0)
        let queue = try DatabaseQueue(path: db)
        try queue.writeWithoutTransaction { db in
            try db.execute(
                sql: """
                    DROP TRIGGER audit_is_append_only_update;
                    DROP TRIGGER audit_is_append_only_delete;
                    DELETE FROM audit;
                    """)
        }
        try queue.close()
        let verify = try run(["audit", "verify"], as: "chair")
        #expect(verify.status == 1, "\(verify.stdout)")
        #expect(verify.stderr.contains("holds 0 entries but"), "\(verify.stderr)")
    }

    @Test func anUpperCaseHeadIsTheSameHead() throws {
        #expect(try run(["init", "--call", "builtin"], as: "hr").status == 0)
        let intact = try run(["audit", "verify"], as: "hr")
        #expect(intact.status == 0)
        let upper = try run(["audit", "verify", "--head", head(intact).uppercased()], as: "hr")
        #expect(upper.status == 0, "upper-case hex is the same head: \(upper.stderr)")
        #expect(
            try run(["audit", "verify", "--head", String(repeating: "A", count: 64)], as: "hr")
                .status == 1)
    }

    /// Every export says the trail's length and head, to be kept outside the database; the
    /// JSON ranking carries them as a field.
    @Test func everyExportPrintsTheTrailsLengthAndHead() throws {
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "60", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
        for format in ["csv", "xlsx", "json"] {
            let export = try run(
                ["export", "ranking", "--format", format, "-o", path("r.\(format)")],
                as: "secretary")
            #expect(export.status == 0, "\(export.stderr)")
            let verify = try run(["audit", "verify"], as: "secretary")
            let entries = verify.stdout.split(separator: " ")[3]
            #expect(
                export.stderr.contains("audit trail: \(entries) entries, head \(head(verify))"),
                "\(export.stderr)")
        }
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: path("r.json"))))
            as? [String: Any]
        let audit = try #require(json?["audit"] as? [String: Any])
        #expect((audit["entries"] as? Int ?? 0) > 0)
        #expect((audit["head"] as? String)?.count == 64)
        let report = try run(
            ["export", "report", "--format", "md", "-o", path("r.md")], as: "chair")
        #expect(report.stderr.contains("audit trail: "), "\(report.stderr)")
        let sheets = try run(["export", "feedback", "--all", "-o", path("sheets")], as: "chair")
        #expect(sheets.stderr.contains("audit trail: "), "\(sheets.stderr)")
    }
}
