#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// What the end-to-end suites that drive the built binary against the test cluster share:
    /// the URL of a role on the suite's database, the binary run in a scratch folder, and the
    /// administrator's `psql`.
    protocol ServerCommandSuite {
        var scratch: TemporaryDirectory { get }
        var database: String { get }
    }

    extension ServerCommandSuite {
        var socket: String { ProcessInfo.processInfo.environment["SHORTLIST_PG_SOCKET"] ?? "" }
        var admin: String {
            ProcessInfo.processInfo.environment["SHORTLIST_PG_ADMIN"] ?? "postgres"
        }

        func url(_ role: String) -> String {
            "postgresql://\(role)@/\(database)?host=\(socket)"
        }

        func run(_ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary.run(
                arguments,
                environment: [
                    "XDG_CONFIG_HOME": scratch.file("config").path,
                    "XDG_DATA_HOME": scratch.file("data").path, "SHORTLIST_DB": "",
                    "SHORTLIST_USER": "", "NO_COLOR": "",
                ], currentDirectory: scratch.url)
        }

        /// `sql` run in `database` by the administrator; a failure is the test's.
        func psql(_ database: String, _ sql: String) throws -> String {
            let process = Process()
            process.executableURL = Psql.executable
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
    }
#endif
