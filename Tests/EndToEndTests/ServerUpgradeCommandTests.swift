#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// `shortlist server upgrade` end to end: a panel of server schema 1 makes a command say
    /// what to do (`import` takes only a file; `list` opens the panel as every command does),
    /// `--print` changes nothing, a panel role is refused, the administrator's upgrade lets
    /// the command through, and a second one finds nothing to do.
    @Suite(
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerUpgradeCommandTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-server-upgrade")
        /// Dropped with the roles named with its tag when the test ends.
        let server = ServerTestDatabase(prefix: "t_")
        var tag: String { server.tag }
        var database: String { server.name }

        var schema: String {
            get throws {
                try psql(
                    database,
                    "SELECT value FROM shortlist.meta WHERE key = 'server_schema'")
            }
        }

        @Test func aPanelOfSchemaOneSaysToUpgradeAndOpensAfterIt() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            #expect(try run(["server", "setup", "--db", url(admin)]).status == 0)
            let login = "sec_" + tag
            _ = try psql(
                database, "CREATE ROLE \(login) LOGIN; GRANT \(database)_secretary TO \(login)")
            #expect(try run(["init", "--db", url(login), "--user", "Zofia"]).status == 0)
            // Schema 1 as it was: the texts' vector the server's generated column.
            _ = try psql(
                database,
                """
                SET ROLE \(database)_owner;
                SET search_path = shortlist;
                ALTER TABLE candidate_texts DROP COLUMN text_vector;
                ALTER TABLE candidate_texts ADD COLUMN text_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('simple', search_fold(cv_text || ' ' || motivation))) STORED;
                CREATE INDEX candidate_texts_by_vector ON candidate_texts USING gin (text_vector);
                DROP FUNCTION settle_after_load();
                DROP TABLE load_deferred;
                DROP FUNCTION load_deferred_restored();
                DROP FUNCTION defer_load_indexes();
                DROP FUNCTION restore_after_load();
                UPDATE meta SET value = '1' WHERE key = 'server_schema';
                """)

            let early = try run(["list", "--format", "csv", "--db", url(login), "--user", "Zofia"])
            #expect(early.status == 2)
            #expect(
                early.stderr.contains(
                    "has server schema 1; this Shortlist needs 3: the server's administrator runs `shortlist server upgrade --db postgresql://\(login)@/\(database)"
                ), "\(early.stderr)")
            #expect(!early.stderr.contains("null value"), "\(early.stderr)")

            let printed = try run(["server", "upgrade", "--print", "--db", url(admin)])
            #expect(printed.status == 0, "\(printed.stderr)")
            #expect(printed.stdout.contains("DROP EXPRESSION"))
            #expect(printed.stdout.contains("UPDATE meta SET value = '2'"))
            #expect(printed.stdout.contains("UPDATE meta SET value = '3'"))
            #expect(try schema == "1")

            let refused = try run(["server", "upgrade", "--db", url(login)])
            #expect(refused.status == 2)
            #expect(
                refused.stderr.contains("must be run by the server's administrator"),
                "\(refused.stderr)")
            #expect(try schema == "1")

            let upgraded = try run(["server", "upgrade", "--db", url(admin)])
            #expect(upgraded.status == 0, "\(upgraded.stderr)")
            #expect(
                upgraded.stderr.contains("from server schema 1 to 3 in one transaction"),
                "\(upgraded.stderr)")
            #expect(upgraded.stderr.contains("No entry in the audit trail"), "\(upgraded.stderr)")
            #expect(try schema == "3")

            let again = try run(["server", "upgrade", "--db", url(admin)])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stderr.contains("at server schema 3 already"), "\(again.stderr)")

            let listed = try run(["list", "--format", "csv", "--db", url(login), "--user", "Zofia"])
            #expect(listed.status == 0, "\(listed.stderr)")
        }
    }
#endif
