import ArgumentParser
import Foundation
import ShortlistStore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract:
            "Move a SQLite panel to a PostgreSQL database, audit trail included (administrator).",
        discussion: """
            Run by the server's administrator (a superuser, who need not be on the roster) on a \
            database made with createdb: migrate runs `server setup` first when the database \
            has not had it, or moves into a database fresh from it. Everything moves, the audit \
            trail verbatim (each entry's actor, time and hashes), in one transaction that is \
            checked before it commits: the chain and its head, and the rows of every table. \
            Each roster entry gets a login role: --login ENTRY=ROLE, else the entry's login, \
            else its name (the demo panel becomes chair, member1 and so on), created when missing. \
            Only in a build with the PostgreSQL engine (swift build --traits Postgres). See \
            docs/server.md, "Moving an existing panel".
            """)

    @Option(help: ArgumentHelp("The SQLite panel to move.", valueName: "file"))
    var from: String

    @Option(
        help: ArgumentHelp(
            "The PostgreSQL database: postgresql://ADMIN@HOST/DB or postgresql://ADMIN@/DB?host=/socket/dir.",
            valueName: "url"))
    var to: String

    @Option(
        name: .customLong("login"),
        help: ArgumentHelp(
            "The login role of a roster entry (repeatable); default: its login, else its name.",
            valueName: "entry=role"))
    var logins: [String] = []

    func run() throws {
        #if Postgres
            let destination = try DatabaseLocation.parse(to)
            guard case .server = destination else {
                Console.error(
                    "migrate moves a panel to a PostgreSQL server: --to postgresql://ADMIN@HOST/DB or postgresql://ADMIN@/DB?host=/socket/dir"
                )
                throw ExitCode(CommandFailure.nothingDone)
            }
            var chosen: [String: String] = [:]
            for pair in logins {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    Console.error("--login takes ENTRY=ROLE, e.g. --login member1=jlindqvist")
                    throw ExitCode(CommandFailure.nothingDone)
                }
                chosen[parts[0]] = parts[1]
            }
            let interruption = Interruption()
            defer { interruption.end() }
            let summary: PostgresMigration.Summary
            do {
                summary = try PostgresMigration.run(
                    from: URL(fileURLWithPath: from), to: destination, logins: chosen,
                    shouldStop: { interruption.isRequested },
                    progress: { Console.progress($0) })
            } catch let stopped as PostgresMigration.Stopped {
                Console.endProgress()
                Console.error(stopped.description)
                throw ExitCode(128 + SIGINT)
            } catch {
                Console.endProgress()
                throw error
            }
            Console.endProgress()
            report(summary, destination)
        #else
            throw refusedWithoutServerEngine()
        #endif
    }

    #if Postgres
        private func report(_ summary: PostgresMigration.Summary, _ destination: DatabaseLocation) {
            let rows = summary.moved.filter { $0.rows > 0 }.map { "\($0.table) \($0.rows)" }
            var lines = [
                "Moved \(from) to \(destination)\(summary.setUp ? " (set up first)" : ""):",
                "  rows: " + (rows.isEmpty ? "none" : rows.joined(separator: ", ")),
            ]
            let bound = summary.logins.map { "\($0.entry) as \($0.role)" }
            lines.append("  logins: " + (bound.isEmpty ? "none" : bound.joined(separator: ", ")))
            lines.append(
                "  roles created: "
                    + (summary.rolesCreated.isEmpty
                        ? "none" : summary.rolesCreated.joined(separator: ", "))
                    + (summary.rolesReused.isEmpty
                        ? "" : "; reused: " + summary.rolesReused.joined(separator: ", ")))
            lines.append(
                "  audit trail verified on the server: \(summary.entries) entries, \(summary.valuesChecked) values checked, \(summary.valuesErased) erased; head \(summary.headHash)"
            )
            lines.append(
                "Next: give each login a way in (peer authentication on the socket, or a password: ALTER ROLE … PASSWORD); see docs/server.md"
            )
            Console.message(lines.joined(separator: "\n"))
        }
    #endif
}
