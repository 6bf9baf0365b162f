#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// A SQLite panel to move and an empty database of the test cluster to move it to
    /// (`pgmigrate_…`, made with CREATE DATABASE as `createdb` would). Roles are shared by the
    /// whole cluster, so every roster entry is given a login role of its own for this test
    /// (`--login`), except the extra reviewer, whose role is named after the entry.
    /// The database and the roles named with the tag are dropped when the fixture goes.
    struct MigrationFixture {
        let server = ServerTestDatabase(prefix: "pgmigrate_")
        var tag: String { server.tag }
        let scoring: ScoringFixture
        var database: String { server.name }
        /// A reviewer without a login: the migration names the role after the entry.
        var extraReviewer: String { "r" + tag }

        static let names = ["chair", "member1", "member2", "member3", "secretary", "reviewer"]

        /// The demo roster's logins for this test.
        var logins: [String: String] {
            Dictionary(uniqueKeysWithValues: Self.names.map { ($0, "\($0)_\(tag)") })
        }

        func login(_ name: String) -> String { logins[name] ?? name }

        var file: URL { scoring.directory.file("s.sqlite") }
        var store: any PanelDatabase { scoring.store }

        /// The fixture candidates, the grid adopted, plus the extra reviewer (山田 花子).
        init(createDatabase: Bool = true) throws {
            scoring = try ScoringFixture(.sqlite)
            try scoring.store.addPanelMember(
                PanelMember(name: extraReviewer, displayName: "山田 花子", role: .reviewer),
                by: scoring.actor("secretary"))
            if createDatabase {
                try ServerEngineDatabase.admin("CREATE DATABASE \(database)", on: "postgres")
            }
        }

        /// A round in progress: A fully scored, B submitted by member1 with member2's draft
        /// and member3's conflict, C with member3 excused; an overridden eligibility, notes in
        /// several scripts, a conflict, blind mode switched on and off again.
        func roundInProgress() throws -> (a: ApplicationID, b: ApplicationID, c: ApplicationID) {
            let (a, b, c) = (scoring.eligible[0], scoring.eligible[1], scoring.eligible[2])
            let chair = try scoring.actor("chair")
            try store.invite([a, b, c], by: chair)
            try store.declareConflict(
                member: "member3", applicationID: b, reason: "była współpracowniczka w Łodzi",
                by: scoring.actor("member3"))
            try scoring.scoreFully(a, [4, 3, 5, 4, 2, 3, 4])
            try scoring.mark(b, "member1", [3, 3, 3, 3, 3, 3, 5])
            try scoring.mark(b, "member2", [2, 2, 2, 2, 2, 2, 2], submit: false)
            try store.excuse(
                member: "member3", from: c, reason: "в отпуске до марта", by: chair)
            try store.overrideEligibility(
                try #require(scoring.eligible.last), rule: .languages, to: .fail,
                reason: "δίπλωμα γλώσσας δεν αναγνωρίζεται", by: chair)
            try store.addNote(
                on: a, text: "Σαφής και πειστική συνέντευξη", criterion: nil, tags: ["strong"],
                by: scoring.actor("member1"))
            try store.addNote(
                on: b, text: "面接は来週に延期", criterion: nil, tags: ["follow-up"],
                by: scoring.actor("member2"))
            try store.setBlindMode(true, reason: "ślepa ocena", by: chair)
            try store.setBlindMode(false, reason: "koniec", by: chair)
            return (a, b, c)
        }

        /// The panel's database on the cluster, as the administrator names it.
        var adminLocation: DatabaseLocation {
            get throws {
                .server(
                    try ServerAddress(
                        parsing:
                            "postgresql://\(ServerCluster.admin)@/\(database)?host=\(ServerCluster.socket ?? "")"
                    ))
            }
        }

        func migrate(
            logins: [String: String]? = nil, shouldStop: () -> Bool = { false }
        ) throws -> PostgresMigration.Summary {
            try PostgresMigration.run(
                from: file, to: adminLocation, logins: logins ?? self.logins,
                shouldStop: shouldStop)
        }

        /// The moved panel opened through the engine as the roster entry `name`.
        func server(_ name: String) throws -> PostgresStore {
            let store = try DatabaseEngines.open(
                .server(
                    try ServerAddress(
                        parsing:
                            "postgresql://\(login(name))@/\(database)?host=\(ServerCluster.socket ?? "")"
                    )))
            return try #require(store as? PostgresStore)
        }

        /// Rows the administrator reads on the moved panel's database.
        func rows(_ sql: String) throws -> [[String]] {
            try ServerEngineDatabase.admin(sql, on: database).rows
        }

        /// Runs `sql` as `role`; the server's words when it refuses, "" when it does not.
        func refused(_ role: String, _ sql: String) throws -> String {
            let output = try ServerCluster.psql(role, database, sql)
            return output.ok ? "" : output.err
        }

        /// Whether a role of that name exists anywhere on the cluster.
        static func roleExists(_ role: String) throws -> Bool {
            try ServerEngineDatabase.admin(
                "SELECT count(*) FROM pg_roles WHERE rolname = '\(role)'", on: "postgres"
            ).rows.first?.first == "1"
        }

        /// The database holds nothing of Shortlist: no schema, none of its groups.
        func isUntouched() throws -> Bool {
            try rows("SELECT count(*) FROM pg_namespace WHERE nspname = 'shortlist'").first?
                .first == "0"
                && !(try Self.roleExists(database + "_owner"))
        }
    }
#endif
