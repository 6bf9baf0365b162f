#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// The fixtures take what they made on the cluster with them: once a test's fixture is
    /// released, no database of its and no role named with its tag is left, even while one of
    /// its connections is still open.
    @Suite(.enabled(if: ServerCluster.shouldRun))
    struct ServerCleanupTests {
        /// The databases named `database` and the roles whose names hold `tag`.
        static func leftovers(_ database: String, _ tag: String) throws -> (Int, Int) {
            let output = try ServerCluster.psql(
                ServerCluster.admin, "postgres",
                "SELECT (SELECT count(*) FROM pg_database WHERE datname = '\(database)'), (SELECT count(*) FROM pg_roles WHERE strpos(rolname, '\(tag)') > 0)"
            )
            let row = output.rows.first ?? []
            return (Int(row.first ?? "") ?? -1, Int(row.last ?? "") ?? -1)
        }

        @Test func aPanelsDatabaseAndRolesGoWithItEvenWithAConnectionOpen() throws {
            let database: String
            let tag: String
            let stillOpen: PostgresStore
            do {
                let panel = try ServerPanel()
                (database, tag) = (panel.database, panel.server.tag)
                stillOpen = try panel.engine(as: "member2")
                #expect(try stillOpen.panelMembers().contains { $0.displayName == "Ирина Петрова" })
                let made = try Self.leftovers(database, tag)
                #expect(made.0 == 1)
                // The six roster logins, the secretary's and the panel's groups.
                #expect(made.1 >= 7 + 6, "\(made)")
            }
            #expect(try Self.leftovers(database, tag) == (0, 0))
            #expect(throws: (any Error).self) { _ = try stillOpen.panelMembers() }
            try? stillOpen.closeConnection()  // the server already ended it: nothing to close
        }

        @Test func aBehaviourSuitesPanelGoesWithItsFolder() throws {
            guard StoreEngine.all.contains(.postgres) else { return }
            let database: String
            do {
                let folder = TemporaryDirectory("shortlist-cleanup")
                let store = try StoreEngine.postgres.create(
                    "panel", in: folder, .createdBy("zofia", login: "zofia"))
                defer { try? store.close() }  // the check after the scope is the test
                database = try #require(StoreEngine.serverDatabase("panel", in: folder))
                #expect(try Self.leftovers(database, String(database.dropFirst(2))).0 == 1)
            }
            #expect(try Self.leftovers(database, String(database.dropFirst(2))) == (0, 0))
        }

        @Test func aTagTooShortToBeOnlyOneTestsDropsNothing() throws {
            let refusal = try ServerTestDatabase.drop(database: "t_none", rolesTagged: "ab")
            #expect(refusal?.contains("tag") == true)
            #expect(try Self.leftovers("postgres", "postgres").0 == 1)
        }
    }
#endif
