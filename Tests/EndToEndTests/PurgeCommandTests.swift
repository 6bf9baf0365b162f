import Foundation
import GRDB
import Testing

/// `shortlist purge` with the real binary: afterwards the database file and its `-wal` hold
/// none of the candidate's identity nor anything written about them, and the trail verifies.
@Suite(.serialized) struct PurgeCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "shortlist-purge-e2e-\(UUID().uuidString.prefix(8))")
    var db: String { folder.appendingPathComponent("panel.db").path }

    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/applications-250.csv").standardizedFileURL.path

    /// An eligible application whose every word is found nowhere else in the database.
    static let target = """
        application_id,cast_registration_id,surname,given_names,nationality,email,date_of_birth,submitted_at,cast_function_group,cast_profile,cast_status,education_level,education_years,degree_field,diploma_recognised,languages,military_service,years_experience,current_employer,cv_text,motivation
        APP-0009990,CAST99119990,Wrenfeather,Isolde,FR,isolde.wrenfeather@purge.example,1985-03-04,2025-11-20T10:00:00+01:00,IV,Political Affairs/EU Policies,passed,master,17,Law,true,FR:C2;EN:C1,not_applicable,6,Quarkhaven Institute,"Anamorphic governance work.","Hyperborean motivation."

        """

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    func ok(_ arguments: [String], as user: String) throws {
        let result = try run(arguments, as: user)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    func fileBytes() -> Data {
        var bytes = (try? Data(contentsOf: URL(fileURLWithPath: db))) ?? Data()
        bytes += (try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data()
        return bytes
    }

    @Test func purgeLeavesNothingOfTheCandidateInTheFile() throws {
        let extra = folder.appendingPathComponent("extra.csv")
        try Self.target.write(to: extra, atomically: true, encoding: .utf8)
        try ok(["init", "--call", "builtin"], as: "hr")
        try ok(["import", Self.sample], as: "hr")
        try ok(["import", extra.path], as: "hr")
        for (name, role) in [
            ("chair", "chair"), ("m1", "member"), ("m2", "member"), ("rev", "reviewer"),
        ] {
            try ok(["panel", "add", name, "--role", role], as: "hr")
        }
        try ok(["profile", "adopt"], as: "chair")
        for scorer in ["chair", "m1", "m2"] { try ok(["panel", "declare"], as: scorer) }
        let id = "APP-0009990"
        try ok(
            ["override", id, "military", "pass", "--reason", "Jabberwockish proof, Wrenfeather"],
            as: "chair")
        try ok(
            [
                "panel", "conflict", "m2", id, "--reason",
                "Fnordic: neighbour of Isolde Wrenfeather",
            ],
            as: "chair")
        try ok(["screen", id, "A1=met", "--note", "Quixotry in Wrenfeather's CV"], as: "m1")
        try ok(["notes", "add", id, "Mimsyborogove reference", "--tag", "galumphtag"], as: "rev")
        try ok(["invite", id], as: "chair")
        try ok(
            ["score", "set", id, "A1=5", "--comment", "A1=Frabjousness of Wrenfeather"], as: "m1")
        #expect(fileBytes().range(of: Data("Fnordic".utf8)) != nil, "written at first")

        let purge = try run(
            [
                "purge", id, "--reason",
                "request of Isolde Wrenfeather, isolde.wrenfeather@purge.example",
            ],
            as: "hr")
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stderr.contains("Erased the personal data of 1 candidate"))
        #expect(purge.stderr.contains("No offline copy"), "\(purge.stderr)")

        let conflicts = try run(["panel", "conflicts"], as: "chair")
        #expect(!conflicts.stdout.contains("Fnordic"), "\(conflicts.stdout)")
        let log = try run(["audit", "log", "--candidate", id], as: "chair")
        #expect(log.stdout.contains("erased on "), "\(log.stdout)")
        #expect(log.stdout.contains("request of [erased], [erased]"), "\(log.stdout)")
        let verify = try run(["audit", "verify"], as: "chair")
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(
            verify.stderr.contains("erased (their digests stay, unchecked)"), "\(verify.stderr)")

        let bytes = fileBytes()
        for needle in [
            "Wrenfeather", "wrenfeather", "Isolde", "purge.example", "CAST99119990",
            "Quarkhaven", "Anamorphic", "Hyperborean", "Jabberwockish", "Fnordic", "Quixotry",
            "Mimsyborogove", "galumphtag", "Frabjousness",
        ] {
            #expect(bytes.range(of: Data(needle.utf8)) == nil, "“\(needle)” is still in the file")
        }
    }

    /// A reviewer's copy holds every application there was: the purge says so.
    @Test func purgeListsTheOfflineCopies() throws {
        let extra = folder.appendingPathComponent("extra.csv")
        try Self.target.write(to: extra, atomically: true, encoding: .utf8)
        try ok(["init", "--call", "builtin"], as: "hr")
        try ok(["import", extra.path], as: "hr")
        try ok(["panel", "add", "rev", "--role", "reviewer"], as: "hr")
        let copy = folder.appendingPathComponent("copy.db").path
        try ok(["notes", "checkout", "-o", copy], as: "rev")
        let purge = try run(["purge", "APP-0009990", "--reason", "request"], as: "hr")
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stderr.contains("Offline copies that may still hold them"), "\(purge.stderr)")
        #expect(purge.stderr.contains("checked out by rev at "), "\(purge.stderr)")
    }
}
