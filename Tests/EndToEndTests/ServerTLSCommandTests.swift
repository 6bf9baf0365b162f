#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// The built binary over the network: `--db` with a password and `sslmode=verify-full`
    /// reads the panel; a wrong password is refused in the server's words, and neither the
    /// message nor anything else printed repeats the password.
    @Suite(
        .enabled(
            if: ProcessInfo.processInfo.environment["SHORTLIST_PG_TCP_PORT"] != nil
                || ProcessInfo.processInfo.environment["CI"] == "true"))
    struct ServerTLSCommandTests: ServerCommandSuite {
        let scratch = TemporaryDirectory("shortlist-server-tls")
        /// Dropped with the roles named with its tag when the test ends.
        let server = ServerTestDatabase()
        var tag: String { server.tag }
        var database: String { server.name }
        static let password = "Żółw-κλειδί-ключ-鍵"

        func tcp(_ login: String, password: String, _ mode: String = "verify-full") throws
            -> String
        {
            let environment = ProcessInfo.processInfo.environment
            let port = try #require(environment["SHORTLIST_PG_TCP_PORT"])
            let ca = try #require(environment["SHORTLIST_PG_CA"])
            let secret = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            return
                "postgresql://\(login):\(secret)@localhost:\(port)/\(database)?sslmode=\(mode)&sslrootcert=\(ca)"
        }

        @Test func aMemberReadsOverTLSAndAWrongPasswordIsNeverPrinted() throws {
            _ = try psql("postgres", "CREATE DATABASE \(database)")
            #expect(try run(["server", "setup", "--db", url(admin)]).status == 0)
            let login = "sec_" + tag
            _ = try psql(
                database,
                "CREATE ROLE \(login) LOGIN PASSWORD '\(Self.password)'; GRANT \(database)_secretary TO \(login)"
            )
            #expect(try run(["init", "--db", url(login), "--user", "Zofia"]).status == 0)

            let read = try run(["panel", "list", "--db", try tcp(login, password: Self.password)])
            #expect(read.status == 0, "\(read.stderr)")
            #expect(read.stdout.contains("Zofia"), "\(read.stdout)")

            let wrong = "Grzegorz-Brzęczyszczykiewicz"
            let refused = try run(["panel", "list", "--db", try tcp(login, password: wrong)])
            #expect(refused.status != 0)
            #expect(
                refused.stderr.contains("password authentication failed"), "\(refused.stderr)")
            #expect(refused.stderr.contains(":***@"), "\(refused.stderr)")
            for output in [refused.stdout, refused.stderr, read.stdout, read.stderr] {
                #expect(!output.contains("Brzęczyszczykiewicz"), "\(output)")
                #expect(!output.contains("κλειδί"), "\(output)")
                #expect(!output.contains("%CE%BA"), "the escaped password: \(output)")
            }

            let plain = try run([
                "panel", "list", "--db", try tcp(login, password: Self.password, "disable"),
            ])
            #expect(plain.status != 0)
            #expect(plain.stderr.contains("no encryption"), "\(plain.stderr)")
        }
    }
#endif
