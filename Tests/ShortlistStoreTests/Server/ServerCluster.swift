#if Postgres
    import Foundation
    import ShortlistStore
    import ShortlistTestSupport

    /// The PostgreSQL server the hostile tests run against: `.ci/run` starts a throwaway
    /// cluster and names its socket folder in SHORTLIST_PG_SOCKET (admin role in
    /// SHORTLIST_PG_ADMIN, default `postgres`; trust authentication on the socket). Under
    /// CI=true a missing server is a failure, never a skip.
    enum ServerCluster {
        static var environment: [String: String] { ProcessInfo.processInfo.environment }
        static var socket: String? {
            environment["SHORTLIST_PG_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        }
        static var admin: String { environment["SHORTLIST_PG_ADMIN"] ?? "postgres" }
        static var isCI: Bool { environment["CI"] == "true" }
        /// Run when there is a server, and always under CI (where its absence fails).
        static var shouldRun: Bool { socket != nil || isCI }

        struct Output {
            var status: Int32
            var out: String
            var err: String
            var ok: Bool { status == 0 }
            /// The rows, one per line, columns split at `|`.
            var rows: [[String]] {
                out.split(separator: "\n").map {
                    $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                }
            }
        }

        /// Runs `sql` with psql as `role` on `database`, stopping at the first error.
        static func psql(_ role: String, _ database: String, _ sql: String) throws -> Output {
            var output = try psql(role, database, commands: [sql])
            output.out = output.out.trimmingCharacters(in: .newlines)
            return output
        }

        /// Runs each command as its own `-c` (psql runs each in its own transaction), output
        /// as psql wrote it.
        static func psql(_ role: String, _ database: String, commands: [String]) throws -> Output {
            guard let socket else { throw Missing() }
            let process = Process()
            process.executableURL = Psql.executable
            process.arguments =
                [
                    "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socket, "-U", role, "-d",
                    database,
                ] + commands.flatMap { ["-c", $0] }
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(
                status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                err: String(decoding: errData, as: UTF8.self))
        }

        struct Missing: Error, CustomStringConvertible {
            var description: String {
                "no PostgreSQL server: set SHORTLIST_PG_SOCKET to a cluster's socket folder (.ci/run starts one)"
            }
        }
    }
#endif
