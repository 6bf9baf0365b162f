#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// `shortlist init --db postgresql://…` in a build with the engine, against the test
    /// cluster: the administrator's `server setup`, then the secretary's `init` creates the
    /// panel; a second `init` and a database without the setup are refused in words.
    @Suite(
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerInitCommandTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-server-init")
        /// Dropped with the roles named with its tag when the test ends.
        let server = ServerTestDatabase(prefix: "t_")
        var tag: String { server.tag }
        var database: String { server.name }

        @Test func theSecretaryCreatesThePanelAfterTheSetup() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            let early = try run(["init", "--db", url(admin), "--user", "Ζωή"])
            #expect(early.status != 0)
            #expect(early.stderr.contains("shortlist server setup"), "\(early.stderr)")
            let setup = try run(["server", "setup", "--db", url(admin)])
            #expect(setup.status == 0, "\(setup.stderr)")
            let login = "sec_" + tag
            _ = try psql(
                database, "CREATE ROLE \(login) LOGIN; GRANT \(database)_secretary TO \(login)")
            let created = try run(["init", "--db", url(login), "--user", "Zofia"])
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stderr.contains("shared through the server's roles"))
            #expect(
                try psql(
                    database, "SELECT name || ':' || role || ':' || login FROM shortlist.panel")
                    == "Zofia:secretary:\(login)")
            #expect(
                try psql(
                    database, "SELECT string_agg(action, ',' ORDER BY seq) FROM shortlist.audit")
                    == "panel.add,database.create,profile.set")
            let again = try run(["init", "--db", url(login), "--user", "Zofia"])
            #expect(again.status != 0)
            #expect(again.stderr.contains("already has a roster"), "\(again.stderr)")
        }
    }
#endif
