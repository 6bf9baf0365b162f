#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// `shortlist bench --db postgresql://…` on a small panel against the test cluster: the
    /// administrator's empty database becomes a panel whose people each act through their own
    /// login, every server scenario runs to its end, and the JSON keeps its shape. Timings are
    /// not checked here: the bench reports them.
    @Suite(
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerBenchSmokeTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-server-bench")
        /// Dropped with the bench's logins (named after the database) when the test ends.
        let server = ServerTestDatabase()
        var database: String { server.name }

        func bench(_ extra: [String] = []) throws -> BuiltBinary.Result {
            try BuiltBinary.run(
                [
                    "bench", "--db", url(admin),
                    "--count", "300", "--presses", "20", "--json",
                ] + extra, environment: ["NO_COLOR": ""])
        }

        @Test func theServerScenariosRunToTheirEndAndTheJSONKeepsItsShape() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            let result = try bench()
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let figures = try #require(
                (object as? [String: Any])?["figures"] as? [[String: Any]])
            let names = figures.compactMap { $0["name"] as? String }
            for expected in [
                "generate and store 300", "key down p99", "name-prefix keystroke p99",
                "whole import", "psql \\copy (bare)", "whole ÷ psql \\copy",
                "ranking of ", "mark change to redrawn card p99",
                // The scenarios both engines share (BenchPanel), each with its figures.
                "assess and store 300", "  again, no outcome changed",
                "evidence recount 300 CVs", "check --format csv, 300",
                "4 writers: score changes per second", "key press under 4 writers p99",
                "refreshes (", "merge 300 notes (setup)", "merge a 10,000-note bundle",
                "merge it again (nothing new)", "ranking csv, ", "  csv peak RSS",
                "ranking xlsx, ", "  xlsx file size",
            ] {
                #expect(names.contains { $0.contains(expected) }, "\(expected): \(names)")
            }
            for figure in figures {
                #expect(figure["value"] is Double && figure["unit"] is String, "\(figure)")
            }
            // The panel it leaves: the demo's candidates, written by the secretary's own
            // login, and scorecards written by each member's.
            #expect(try psql(database, "SELECT count(*) FROM shortlist.candidates") == "300")
            #expect(
                try psql(
                    database,
                    "SELECT string_agg(DISTINCT login, ',' ORDER BY login) FROM shortlist.panel"
                )
                .split(separator: ",").allSatisfy { $0.hasSuffix("_at_\(database)") })
            #expect(
                try psql(
                    database,
                    "SELECT count(DISTINCT member) FROM shortlist.scorecards WHERE submitted_at IS NOT NULL"
                ) == "5")
            // The notes scenario's merge: the setup bundle and the reviewer's 10,000, once.
            #expect(try psql(database, "SELECT count(*) FROM shortlist.note_versions") == "10300")
            #expect(
                try psql(
                    database,
                    "SELECT count(*) FROM shortlist.audit WHERE action = 'notes.checkout' AND actor = 'reviewer'"
                ) == "1")
        }

        @Test func aDatabaseAlreadySetUpIsRefusedInWords() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            _ = try BuiltBinary.run([
                "server", "setup", "--db", "postgresql://\(admin)@/\(database)?host=\(socket)",
            ])
            let result = try bench()
            #expect(result.status != 0)
            #expect(result.stderr.contains("empty database"), "\(result.stderr)")
        }
    }
#endif
