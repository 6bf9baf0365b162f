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
    struct ServerInitCommandTests {
        let scratch = TemporaryDirectory("shortlist-server-init")
        let socket = ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] ?? ""
        let admin = ProcessInfo.processInfo.environment["SHORTLIST_PG_ADMIN"] ?? "postgres"
        let tag = String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(10))
        var database: String { "t_" + tag }

        func url(_ role: String) -> String {
            "postgresql://\(role)@/\(database)?host=\(socket)"
        }

        func run(_ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary.run(
                arguments,
                environment: [
                    "XDG_CONFIG_HOME": scratch.file("config").path,
                    "XDG_DATA_HOME": scratch.file("data").path, "SHORTLIST_DB": "",
                    "NO_COLOR": "",
                ], currentDirectory: scratch.url)
        }

        func psql(_ database: String, _ sql: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = [
                "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socket, "-U", admin, "-d",
                database, "-c", sql,
            ]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(sql)")
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        }

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
