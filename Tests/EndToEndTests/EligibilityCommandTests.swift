import Foundation
import ShortlistTestSupport
import Testing

/// Call profile, eligibility, overrides and screening from the command line.
@Suite(.serialized) struct EligibilityCommandTests {
    let scratch = TemporaryDirectory("shortlist-eligibility-e2e")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/applications-250.csv").standardizedFileURL.path

    /// The binary alone in an empty folder, far from the source tree, still knows the call.
    @Test func theBinaryCarriesTheBuiltInProfile() throws {
        let alone = folder.appendingPathComponent("alone/shortlist")
        try FileManager.default.createDirectory(
            at: alone.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuiltBinary.url, to: alone)
        // A process another test starts meanwhile may briefly hold the copy open for writing
        // (ETXTBSY); wait for it to exec.
        for _ in 0..<40 where (try? BuiltBinary.run(["--version"], executable: alone)) == nil {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let db = path("alone/panel.db")
        let created = try BuiltBinary.run(
            ["init", "--call", "builtin", "--db", db, "--user", "hr"],
            currentDirectory: alone.deletingLastPathComponent(),
            executable: alone)
        #expect(created.status == 0, "\(created.stderr)")
        let shown = try BuiltBinary.run(
            ["profile", "show", "--db", db, "--user", "hr"], executable: alone)
        #expect(shown.status == 0)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Profiles/EC-2025-CNECT-441297.toml").standardizedFileURL
        #expect(
            shown.stdout == (try String(contentsOf: file, encoding: .utf8)),
            "the profile is the repository's file, byte for byte")
        #expect(shown.stderr.contains("Not adopted"))
    }

    @Test func checkOverrideScreenAndLock() throws {
        let db = path("panel.db")
        func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
            try BuiltBinary.run(arguments + ["--db", db, "--user", user])
        }
        #expect(try run(["import", Self.sample], as: "hr").status == 0)
        #expect(try run(["panel", "add", "chair", "--role", "chair"], as: "hr").status == 0)
        #expect(try run(["panel", "add", "m1", "--role", "member"], as: "hr").status == 0)

        let csv = try run(["check", "--format", "csv"], as: "m1")
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "application_id,name,result,rules,reasons")
        #expect(csv.stdout.filter { $0 == "\n" }.count == 251)
        // APP-0000002, Ștefan Stoica: FG III passed, so the CAST rule fails.
        let stoica = try #require(lines.first { $0.hasPrefix("APP-0000002,") })
        #expect(stoica.contains(",ineligible,cast=fail,"), "\(stoica)")

        let table = try run(["check"], as: "m1")
        #expect(table.stdout.contains("eligible: 75, ineligible: 175"), "counts at the end")
        #expect(table.stdout.contains("cast: pass 97, fail 153, needs_check 0"))

        let denied = try run(
            ["override", "APP-0000002", "cast", "pass", "--reason", "x"], as: "m1")
        #expect(denied.status == 2 && denied.stderr.contains("only the chair can"))
        let overridden = try run(
            [
                "override", "APP-0000002", "cast", "pass", "--reason",
                "FG IV CAST passed on 2025-11-28, certificate seen",
            ], as: "chair")
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let json = try run(["check", "--format", "json"], as: "chair")
        let rows =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let row = try #require(rows.first { $0["application_id"] as? String == "APP-0000002" })
        let cast = (row["rules"] as? [[String: Any]])?.first { $0["rule"] as? String == "cast" }
        #expect(cast?["overridden"] as? Bool == true)
        #expect((cast?["reason"] as? String)?.contains("certificate seen") == true)

        // Screening needs the grid adopted and the member's declarations.
        #expect(try run(["profile", "lock"], as: "chair").status == 0, "lock: adopt's old name")
        #expect(try run(["panel", "declare"], as: "m1").status == 0)
        let screened = try run(
            ["screen", "APP-0000002", "A1=met", "A2=partly", "B2=met", "--note", "AI projects"],
            as: "m1")
        #expect(screened.status == 0, "\(screened.stderr)")
        #expect(screened.stderr.contains("screening now A 1/3 B 1/2 C 0/2"), "\(screened.stderr)")
        let badCriterion = try run(["screen", "APP-0000002", "Z9=met"], as: "m1")
        #expect(
            badCriterion.status == 2
                && badCriterion.stderr.contains("“Z9” is not a criterion of this call"))
        #expect(
            try run(["screen", "APP-0000002", "A1=met"], as: "hr").status == 2,
            "the secretary does not screen")

        #expect(
            try run(["panel", "conflict", "m1", "APP-0000005", "--reason", "cousin"], as: "m1")
                .status == 0)
        let conflicted = try run(["screen", "APP-0000005", "A1=met"], as: "m1")
        #expect(
            conflicted.status == 2 && conflicted.stderr.contains("declared a conflict of interest"))

        let again = try run(["profile", "adopt"], as: "chair")
        #expect(again.status == 2 && again.stderr.contains("already adopted by chair"))
        let profile = path("other.toml")
        try
            (try String(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("../../Profiles/EC-2025-CNECT-441297.toml"),
                encoding: .utf8))
            .write(toFile: profile, atomically: true, encoding: .utf8)
        let replaced = try run(["profile", "replace", profile], as: "hr")
        #expect(replaced.status == 2 && replaced.stderr.contains("was adopted by chair"))
    }

    @Test func aBrokenProfileIsRefusedWithItsLine() throws {
        // The built-in profile with one weight made impossible.
        let source = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Profiles/EC-2025-CNECT-441297.toml"), encoding: .utf8
        )
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("weight = ") })
        lines[index] = "weight = -3"
        let profile = path("broken.toml")
        try lines.joined(separator: "\n").write(toFile: profile, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run([
            "init", "--call", profile, "--db", path("b.db"), "--user", "hr",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(profile):\(index + 1):"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("b.db")))
    }
}
