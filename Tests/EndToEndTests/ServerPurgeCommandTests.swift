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
    struct ServerPurgeCommandTests {
        let scratch = TemporaryDirectory("shortlist-server-purge")
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
