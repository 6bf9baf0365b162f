#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// `shortlist purge` on a server says that the erased rows wait for the administrator's
    /// vacuum, and `shortlist server vacuum` runs it for a superuser only.
    @Suite(
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerPurgeCommandTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-server-purge")
        /// Dropped with the roles named with its tag when the test ends.
        let server = ServerTestDatabase(prefix: "t_")
        var tag: String { server.tag }
        var database: String { server.name }

        @Test func purgeSaysTheVacuumIsWaitingAndOnlyTheAdministratorRunsIt() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            #expect(try run(["server", "setup", "--db", url(admin)]).status == 0)
            let login = "sec_" + tag
            _ = try psql(
                database, "CREATE ROLE \(login) LOGIN; GRANT \(database)_secretary TO \(login)")
            #expect(try run(["init", "--db", url(login), "--user", "Zofia"]).status == 0)
            _ = try psql(
                database,
                """
                INSERT INTO shortlist.candidates (id, application_id, surname, given_names, name_key, name_search)
                VALUES (1, 'APP-0000001', 'Szczebrzeszyńska', 'Ἀντιγόνη', 'szczebrzeszynska', 'szczebrzeszyńska')
                """)

            let purged = try run([
                "purge", "APP-0000001", "--reason", "wniosek z 20 listopada", "--db", url(login),
                "--user", "Zofia",
            ])
            #expect(purged.status == 0, "\(purged.stderr)")
            #expect(purged.stderr.contains("Erased the personal data of 1 candidate"))
            #expect(purged.stderr.contains("shortlist server vacuum"), "\(purged.stderr)")
            #expect(
                try psql(database, "SELECT surname FROM shortlist.candidates") == "[erased]")

            let refused = try run(["server", "vacuum", "--db", url(login)])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("may not vacuum"), "\(refused.stderr)")
            #expect(
                try psql(
                    database,
                    "SELECT count(*) FROM shortlist.meta WHERE key = 'erasure_vacuum_pending'")
                    == "1")

            let vacuumed = try run(["server", "vacuum", "--db", url(admin)])
            #expect(vacuumed.status == 0, "\(vacuumed.stderr)")
            #expect(vacuumed.stderr.contains("erasures since"), "\(vacuumed.stderr)")
            #expect(
                try psql(
                    database,
                    "SELECT count(*) FROM shortlist.meta WHERE key = 'erasure_vacuum_pending'")
                    == "0")
        }
    }
#endif
