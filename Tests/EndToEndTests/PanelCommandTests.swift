import Foundation
import ShortlistTestSupport
import Testing

/// Roster, roles, audit and erasure from the command line, as the HR officer scripts them.
@Suite(.serialized) struct PanelCommandTests {
    let scratch = TemporaryDirectory("shortlist-panel-e2e")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var db: String { folder.appendingPathComponent("panel.db").path }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    @Test func rosterRolesAuditAndErasure() throws {
        let created = try run(["init"], as: "hr-officer")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("hr-officer is its secretary"))

        #expect(
            try run(
                ["panel", "add", "chair", "--role", "chair", "--display-name", "Hélène Marchetti"],
                as: "hr-officer"
            ).status == 0)
        #expect(
            try run(
                ["panel", "add", "m1", "--role", "member", "--display-name", "Μαρία Κωνσταντίνου"],
                as: "hr-officer"
            ).status == 0)

        let refused = try run(["panel", "add", "m2", "--role", "member"], as: "m1")
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "m1 is a member and cannot change the panel roster: only the secretary can"))

        let list = try run(["panel", "list", "--format", "csv"], as: "m1")
        #expect(list.status == 0)
        #expect(
            list.stdout
                == "name,display_name,role,login\nchair,Hélène Marchetti,chair,\nm1,Μαρία Κωνσταντίνου,member,\nhr-officer,hr-officer,secretary,\n"
        )

        let export = folder.appendingPathComponent("export.csv").path
        #expect(try BuiltBinary.run(["demo", "--csv", export, "--count", "5"]).status == 0)
        let imported = try run(["import", export], as: "hr-officer")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try run(["import", export], as: "chair").stderr.contains("only the secretary can"))

        #expect(
            try run(
                ["panel", "conflict", "m1", "APP-0000002", "--reason", "former colleague"], as: "m1"
            ).status == 0)
        let conflicts = try run(["panel", "conflicts", "--format", "csv"], as: "chair")
        #expect(conflicts.stdout.contains("m1,APP-0000002,former colleague"))

        #expect(
            try run(["blind", "on", "--reason", "anonymised screening"], as: "chair").status == 0)
        #expect(try run(["blind", "status"], as: "m1").stdout == "on\n")
        #expect(try run(["blind", "off"], as: "hr-officer").status == 2)

        let purged = try run(
            ["purge", "APP-0000003", "--reason", "erasure request"], as: "hr-officer")
        #expect(
            purged.status == 0 && purged.stderr.contains("Erased the personal data of 1 candidate"),
            "\(purged.stderr)")

        let log = try run(["audit", "log", "--format", "json"], as: "chair")
        #expect(log.status == 0)
        let entries =
            try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]] ?? []
        let actions = entries.compactMap { $0["action"] as? String }
        #expect(actions.first == "database.create")
        for action in [
            "panel.add", "profile.set", "import", "conflict.declare", "blind.on", "candidate.purge",
        ] {
            #expect(actions.contains(action), "\(action) is in the trail")
        }
        #expect(try run(["audit", "log"], as: "m1").status == 2, "members do not read the trail")

        let verify = try run(["audit", "verify"], as: "m1")
        #expect(verify.status == 0)
        #expect(verify.stdout.hasPrefix("audit trail intact: \(entries.count) entries, head "))
        let head = String(verify.stdout.split(separator: " ").last!.dropLast(0)).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(try run(["audit", "verify", "--head", head], as: "m1").status == 0)
        #expect(
            try run(["audit", "verify", "--head", String(repeating: "0", count: 64)], as: "m1")
                .status == 1)

        let visitor = try run(
            ["panel", "conflict", "stranger", "APP-0000001", "--reason", "x"], as: "stranger")
        #expect(visitor.status == 2 && visitor.stderr.contains("is not on the panel roster"))
    }

    @Test func aBoundNameRefusesOtherLogins() throws {
        let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try run(["init"], as: me).status == 0)
        #expect(
            try run(
                ["panel", "add", "anna", "--role", "member", "--login", "someone-else"], as: me
            ).status == 0)
        let refused = try run(
            ["panel", "conflict", "anna", "APP-0000001", "--reason", "x"], as: "anna")
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "anna is bound to the login “someone-else”; you are logged in as “\(me)”"))
    }

    @Test func aGroupDatabaseIs0660() throws {
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let result = try run(["init", "--group", group], as: "hr")
        #expect(result.status == 0, "\(result.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o660)
        let bad = try BuiltBinary.run([
            "init", "--group", "no-such-group-xyz", "--db",
            folder.appendingPathComponent("x.db").path,
        ])
        #expect(bad.status == 2 && bad.stderr.contains("there is no group"))
    }
}
