import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist export feedback` on the demo database: golden sheets, nothing of any member or
/// of another candidate, refusals that write nothing.
@Suite(.serialized) struct FeedbackCommandTests {
    let scratch = TemporaryDirectory("shortlist-feedback-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(
            arguments + ["--db", db, "--user", user], environment: ReportCommandTests.epoch)
    }

    @Test func goldenSheetsOfTheTopCandidate() throws {
        for format in ["md", "txt", "html"] {
            let result = try run(
                [
                    "export", "feedback", "--candidate", "APP-0000003", "--format", format, "-o",
                    path("one"),
                ], as: "secretary")
            #expect(result.status == 0, "\(result.stderr)")
            try ReportCommandTests.golden(
                "feedback-APP-0000003.\(format)",
                try String(contentsOfFile: path("one/APP-0000003.\(format)"), encoding: .utf8))
        }
    }

    @Test func everySheetHoldsOnlyItsOwnCandidate() throws {
        let result = try run(["export", "feedback", "--all", "-o", path("all")], as: "chair")
        #expect(result.status == 0, "\(result.stderr)")
        let ranked = try run(["rank", "--format", "csv"], as: "chair").stdout
            .split(separator: "\n").dropFirst().filter { !$0.hasPrefix(",") }
            .map { String($0.split(separator: ",")[1]) }
        let files = try FileManager.default.contentsOfDirectory(atPath: path("all")).sorted()
        #expect(files == ranked.map { "\($0).md" }.sorted())
        let panel = try run(["panel", "list", "--format", "csv"], as: "chair").stdout
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(panel.count == 6)
        for file in files {
            let text = try String(contentsOfFile: path("all/\(file)"), encoding: .utf8)
            let own = String(file.dropLast(3))
            let ids = text.matches(of: /APP-\d{7}/).map { String($0.output) }
            #expect(Set(ids) == [own], "\(file): \(Set(ids))")
            for member in panel {
                #expect(!text.contains(member[0]) || member[0] == "chair", "\(file): \(member[0])")
                #expect(!text.contains(member[1]), "\(file): \(member[1])")
            }
        }
    }

    @Test func reviewerAndMemberAreRefusedAndNothingIsWritten() throws {
        for user in ["reviewer", "member3"] {
            let refused = try run(
                ["export", "feedback", "--all", "-o", path("by-\(user)")], as: user)
            #expect(refused.status == 2 && refused.stderr.contains("cannot export"))
            #expect(!FileManager.default.fileExists(atPath: path("by-\(user)")))
        }
        let notInvited = try run(
            ["export", "feedback", "--candidate", "APP-0000001", "-o", path("x")], as: "chair")
        #expect(notInvited.status == 2 && notInvited.stderr.contains("not interviewed"))
        #expect(!FileManager.default.fileExists(atPath: path("x")))
        #expect(try run(["export", "feedback", "--all", "-o", path("y")], as: "chair").status == 0)
        let again = try run(["export", "feedback", "--all", "-o", path("y")], as: "chair")
        #expect(again.status == 2 && again.stderr.contains("--force"))
    }
}
