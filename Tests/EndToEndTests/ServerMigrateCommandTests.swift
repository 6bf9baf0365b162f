import Foundation
import ShortlistTestSupport
import Testing

#if Postgres
    /// `shortlist migrate` through the built binary, against the test cluster: the demo panel
    /// with its scored round, notes in several scripts, an overridden eligibility and a final
    /// ranking moves to a database fresh from CREATE DATABASE; then each member reads on the
    /// server what they read in the file, and the trail verifies with the same head.
    @Suite(
        .serialized,
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerMigrateCommandTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-migrate-e2e")
        /// Dropped with the roles named with its tag when the test ends.
        let server = ServerTestDatabase(prefix: "pgmigrate_")
        var tag: String { server.tag }
        var database: String { server.name }
        var file: String { scratch.file("demo.db").path }
        static let roster = ["chair", "member1", "member2", "member3", "secretary", "reviewer"]

        func login(_ name: String) -> String { "\(name)_\(tag)" }

        var loginOptions: [String] {
            Self.roster.flatMap { ["--login", "\($0)=\(login($0))"] }
        }

        func onFile(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
            try run(arguments + ["--db", file, "--user", user])
        }

        func onServer(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
            try run(arguments + ["--db", url(login(user)), "--user", user])
        }

        /// The demo panel with notes, an override and its ranking finalised (the chair excused
        /// from the candidates the demo left unscored by the chair).
        func demoPanel() throws {
            let built = try run(["demo", "--no-tui", "--count", "120", "--db", file])
            #expect(built.status == 0, "\(built.stderr)")
            let ranking = try onFile(["rank", "--format", "csv"], as: "chair").stdout
            let lines = ranking.split(separator: "\n").dropFirst()
            let ids = lines.compactMap { $0.split(separator: ",").first.map(String.init) }
                .filter { $0.hasPrefix("APP-") }
            let first = try #require(ids.first)
            for id in lines.filter({ $0.hasPrefix(",") }).map({
                String($0.split(separator: ",")[0])
            }) {
                let excused = try onFile(
                    ["score", "excuse", "chair", id, "--reason", "nieobecna"], as: "chair")
                #expect(excused.status == 0, "\(excused.stderr)")
            }
            for (member, text) in [
                ("member1", "Σαφής και πειστική συνέντευξη"), ("member2", "面接は来週に延期"),
                ("member3", "Отличные ответы по проекту"),
            ] {
                let note = try onFile(
                    ["notes", "add", first, text, "--tag", "shortlist"], as: member)
                #expect(note.status == 0, "\(note.stderr)")
            }
            let overridden = try onFile(
                ["override", first, "languages", "pass", "--reason", "certyfikat z Łodzi uznany"],
                as: "chair")
            #expect(overridden.status == 0, "\(overridden.stderr)")
            let finalised = try onFile(["rank", "finalise"], as: "chair")
            #expect(finalised.status == 0, "\(finalised.stderr)")
        }

        @Test func aScoredPanelMovesAndEveryoneReadsWhatTheyReadBefore() throws {
            try demoPanel()
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            let head = try onFile(["audit", "verify"], as: "chair")
            #expect(head.status == 0, "\(head.stderr)")
            let moved = try run(["migrate", "--from", file, "--to", url(admin)] + loginOptions)
            #expect(moved.status == 0, "\(moved.stderr)")
            #expect(moved.stderr.contains("(set up first)"), "\(moved.stderr)")
            #expect(moved.stderr.contains("candidates 120"), "\(moved.stderr)")
            #expect(moved.stderr.contains("member1 as \(login("member1"))"), "\(moved.stderr)")
            #expect(moved.stderr.contains("roles created: "), "\(moved.stderr)")
            let sourceHead = try #require(head.stdout.split(separator: " ").last.map(String.init))
            #expect(
                moved.stderr.contains(
                    "head \(sourceHead.trimmingCharacters(in: .whitespacesAndNewlines))"),
                "\(moved.stderr) vs \(head.stdout)")
            for name in Self.roster {
                let verified = try onServer(["audit", "verify"], as: name)
                #expect(verified.status == 0, "\(name): \(verified.stderr)")
                #expect(verified.stdout == head.stdout, "\(name)")
                for command in [
                    ["rank", "--format", "csv"], ["list", "--format", "csv"],
                    ["notes", "list", "--format", "csv"],
                ] {
                    let there = try onServer(command, as: name)
                    let here = try onFile(command, as: name)
                    #expect(there.status == here.status, "\(name) \(command): \(there.stderr)")
                    #expect(there.stdout == here.stdout, "\(name) \(command)")
                }
            }
            #expect(
                try psql(
                    database,
                    "SELECT string_agg(name || '=' || login, ',' ORDER BY name) FROM shortlist.panel"
                ) == Self.roster.sorted().map { "\($0)=\(login($0))" }.joined(separator: ","))
            // Once moved, a second move into the same database is refused and changes nothing.
            let again = try run(["migrate", "--from", file, "--to", url(admin)] + loginOptions)
            #expect(again.status == 2)
            #expect(again.stderr.contains("already holds a panel"), "\(again.stderr)")
            #expect(try onServer(["audit", "verify"], as: "chair").stdout == head.stdout)
        }

        @Test func aSourceThatIsNoPanelMovesNothing() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            let junk = scratch.file("panel.db")
            try Data("ceci n'est pas une base — Łódź".utf8).write(to: junk)
            let refused = try run(["migrate", "--from", junk.path, "--to", url(admin)])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("shortlist: "), "\(refused.stderr)")
            #expect(
                try psql(database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'shortlist'")
                    == "0")
        }

        @Test func aBadLoginOptionIsBadUsage() throws {
            let refused = try run([
                "migrate", "--from", file, "--to", url(admin), "--login", "member1",
            ])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("ENTRY=ROLE"), "\(refused.stderr)")
        }
    }
#else
    /// Without the trait, `migrate` says how to get the engine and does nothing.
    @Suite struct MigrateCommandWithoutEngineTests {
        @Test func saysTheBuildHasNoPostgreSQLEngine() throws {
            let folder = TemporaryDirectory("shortlist-migrate-no-engine")
            let refused = try BuiltBinary.run(
                [
                    "migrate", "--from", folder.file("panel.db").path, "--to",
                    "postgresql://postgres@/pgmigrate_x?host=/tmp",
                ], environment: ["SHORTLIST_DB": ""])
            #expect(refused.status == 2)
            #expect(
                refused.stderr.contains("this build has no PostgreSQL engine"), "\(refused.stderr)")
            #expect(refused.stderr.contains("--traits Postgres"), "\(refused.stderr)")
        }
    }
#endif
