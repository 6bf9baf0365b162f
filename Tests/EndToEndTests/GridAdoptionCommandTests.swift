import Foundation
import ShortlistTestSupport
import Testing

/// A fresh `init` database: screening refused until the chair adopts the grid and the member
/// declares; `profile show` telling the call's values from the panel's (issue 18).
@Suite(.serialized) struct GridAdoptionCommandTests {
    let scratch = TemporaryDirectory("shortlist-adoption-e2e")
    var db: String { scratch.url.appendingPathComponent("panel.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let created = try BuiltBinary.run(["init", "--call", "builtin", "--db", db, "--user", "hr"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try run(["import", EligibilityCommandTests.sample], as: "hr").status == 0)
        #expect(try run(["panel", "add", "chair", "--role", "chair"], as: "hr").status == 0)
        #expect(try run(["panel", "add", "m1", "--role", "member"], as: "hr").status == 0)
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    /// Times and digests differ each run.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9a-f]{64}"#, with: "{hash}", options: .regularExpression)
            .replacingOccurrences(
                of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "{time}",
                options: .regularExpression)
    }

    func profileShow() throws -> String {
        let shown = try run(["profile", "show"], as: "m1")
        #expect(shown.status == 0, "\(shown.stderr)")
        return Self.normalised(shown.stdout + "--- stderr ---\n" + shown.stderr)
    }

    @Test func screeningWaitsForAdoptionAndDeclarations() throws {
        let screen = ["screen", "APP-0000003", "A1=met", "C2=partly"]
        let early = try run(screen, as: "m1")
        #expect(early.status == 2)
        #expect(early.stderr.contains("`shortlist profile adopt --user chair`"), "\(early.stderr)")
        try ReportCommandTests.golden("profile-show-proposal.txt", try profileShow())

        let byMember = try run(["profile", "adopt"], as: "m1")
        #expect(byMember.status == 2 && byMember.stderr.contains("only the chair can"))
        let adopted = try run(["profile", "adopt"], as: "chair")
        #expect(adopted.status == 0, "\(adopted.stderr)")
        #expect(adopted.stderr.contains("grid is adopted by chair"))

        let undeclared = try run(screen, as: "m1")
        #expect(undeclared.status == 2)
        #expect(
            undeclared.stderr.contains("`shortlist panel declare --user m1`"),
            "\(undeclared.stderr)")
        let declared = try run(["panel", "declare"], as: "m1")
        #expect(declared.status == 0 && declared.stderr.contains("confidential"))
        let twice = try run(["panel", "declare"], as: "m1")
        #expect(twice.status == 0 && twice.stderr.contains("nothing changed"))

        let screened = try run(screen, as: "m1")
        #expect(screened.status == 0, "\(screened.stderr)")
        try ReportCommandTests.golden("profile-show-adopted.txt", try profileShow())

        let listed = try run(["panel", "declarations", "--format", "csv"], as: "hr")
        #expect(listed.stdout.contains("m1,confidentiality,"))
        #expect(listed.stdout.contains("m1,no_undeclared_conflict,"))
        let trail = try run(["audit", "log", "--format", "json"], as: "chair").stdout
        #expect(trail.contains("profile.adopt") && trail.contains("panel.declare"))
    }
}
