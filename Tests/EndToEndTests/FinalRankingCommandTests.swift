import Foundation
import GRDB
import ShortlistTestSupport
import Testing

/// A final ranking stays final, from the command line (issue 16, item 1): the roster's
/// scoring entries freeze with it, and a ranking that no longer matches what was finalised
/// is never shown or exported as final.
@Suite(.serialized) struct FinalRankingCommandTests {
    let scratch = TemporaryDirectory("shortlist-final-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "200", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    /// The demo round has candidates the chair has not scored yet: excused, then finalised.
    func finalise() throws {
        let pending = try run(["rank", "--format", "csv"], as: "chair").stdout.split(
            separator: "\n"
        ).filter { $0.hasPrefix(",") }.map { String($0.split(separator: ",")[0]) }
        for id in pending {
            let excused = try run(
                ["score", "excuse", "chair", id, "--reason", "absent"], as: "chair")
            #expect(excused.status == 0, "\(excused.stderr)")
        }
        let finalised = try run(["rank", "finalise"], as: "chair")
        #expect(finalised.status == 0, "\(finalised.stderr)")
    }

    @Test func aRosterChangeAfterFinalisingIsRefused() throws {
        try finalise()
        let before = try run(["rank"], as: "secretary")
        let removed = try run(["panel", "remove", "member3"], as: "secretary")
        #expect(removed.status != 0)
        #expect(
            removed.stderr.contains(
                "secretary cannot remove the entry member3: the ranking was finalised by chair at"),
            "\(removed.stderr)")
        #expect(removed.stderr.contains("`shortlist rank reopen --reason …`"))
        let added = try run(["panel", "add", "member4", "--role", "member"], as: "chair")
        #expect(added.status != 0)
        let rank = try run(["rank"], as: "secretary")
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.hasPrefix("Ranking: final (finalised by chair"))
        #expect(rank.stdout == before.stdout, "the final ranking did not move")
        #expect(
            try run(["panel", "list", "--format", "csv"], as: "chair").stdout.contains("member3"))

        // An erasure after finalising keeps the ranked row, nameless, and the ranking final.
        let first = try #require(
            try run(["rank", "--format", "csv"], as: "chair").stdout.split(separator: "\n")
                .dropFirst().first?.split(separator: ",").dropFirst().first.map(String.init))
        let purged = try run(["purge", first, "--reason", "erasure request"], as: "secretary")
        #expect(purged.status == 0, "\(purged.stderr)")
        let erased = try run(["rank", "--format", "csv"], as: "secretary")
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("1,\(first),[erased],"), "\(erased.stdout)")
        #expect(try run(["audit", "verify"], as: "chair").status == 0)
    }

    @Test func aMarkChangedWithSQLIsCaughtByRankExportAndVerify() throws {
        try finalise()
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE scorecard_marks SET mark = CASE mark WHEN 0 THEN 5 ELSE 0 END
                    WHERE (candidate_id, member, criterion) = (
                        SELECT candidate_id, member, criterion FROM scorecard_marks
                        WHERE member = 'member3' ORDER BY candidate_id, criterion LIMIT 1)
                    """)
        }
        try queue.close()
        let rank = try run(["rank"], as: "secretary")
        #expect(rank.status == 1)
        #expect(rank.stdout.isEmpty)
        #expect(
            rank.stderr.contains("the final ranking no longer matches what was finalised: APP-"),
            "\(rank.stderr)")
        let file = folder.appendingPathComponent("ranking.csv").path
        let export = try run(["export", "ranking", "--format", "csv", "-o", file], as: "secretary")
        #expect(export.status != 0)
        #expect(export.stderr.contains("no longer matches what was finalised"))
        #expect(!FileManager.default.fileExists(atPath: file), "nothing was written")
        let report = folder.appendingPathComponent("report.md").path
        #expect(
            try run(["export", "report", "--format", "md", "-o", report], as: "chair").status != 0)
        #expect(!FileManager.default.fileExists(atPath: report))
        let sheets = folder.appendingPathComponent("sheets").path
        #expect(
            try run(["export", "feedback", "--all", "-o", sheets], as: "secretary").status != 0)
        #expect(!FileManager.default.fileExists(atPath: sheets))
        let verify = try run(["audit", "verify"], as: "chair")
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("the final ranking no longer matches"), "\(verify.stderr)")
    }
}
