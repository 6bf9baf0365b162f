import ArgumentParser
import Foundation
import ShortlistStore

struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract:
            "The administrator's setup and upgrade of a PostgreSQL panel database, and its vacuum after erasures.",
        discussion: """
            Only in a build with the PostgreSQL engine (swift build --traits Postgres); any \
            other build says so and exits 2. See docs/server.md.
            """,
        subcommands: [ServerSetupCommand.self, ServerUpgradeCommand.self, ServerVacuumCommand.self])
}

struct ServerSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Create a panel's roles, schema, row-level security and grants (administrator).",
        discussion: """
            Run once by a superuser on an empty database made with createdb, e.g. \
            shortlist server setup --db 'postgresql://postgres@/cnect_441297?host=/run/postgresql'. \
            It creates the NOLOGIN owner role DB_owner, the groups DB_panel, DB_chair, \
            DB_member, DB_secretary and DB_reviewer, and DB_roles (CREATEROLE, owner of \
            bind_login only), all in one transaction. With --print it prints the SQL instead \
            and connects to nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the SQL instead of running it.") var print = false

    func run() throws {
        #if Postgres
            let text = try global.serverURLText(for: "server setup")
            do {
                let url = try ServerURL(
                    text, environment: global.environment, login: StoreAccess.osLogin)
                if print {
                    Console.output(
                        ServerSetupScript(roles: try ServerRoles(database: url.database)).sql,
                        terminator: "")
                    return
                }
                let roles = try ServerSetup.run(url)
                Console.message(
                    """
                    Database \(roles.database) is set up: owner \(roles.owner) (NOLOGIN), groups \
                    \(roles.chair), \(roles.member), \(roles.secretary), \(roles.reviewer). Next: \
                    GRANT \(roles.secretary) TO the secretary's role, who creates the panel.
                    """)
            } catch let error as any CustomStringConvertible & Error {
                Console.error(error.description)
                throw ExitCode(CommandFailure.nothingDone)
            }
        #else
            throw refusedWithoutServerEngine()
        #endif
    }
}

struct ServerUpgradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract:
            "Bring a panel's server schema up to this Shortlist's, in one transaction (administrator).",
        discussion: """
            A panel set up by an older Shortlist records an older server schema in its meta \
            table, and this one refuses to open it until it is upgraded. Run by a superuser \
            (or a member of DB_owner), e.g. shortlist server upgrade --db \
            'postgresql://postgres@/cnect_441297?host=/run/postgresql'. Each step from the \
            panel's schema to this one's runs in one transaction as the owner: if anything \
            fails, the panel stays as it was. A panel already at this schema is left alone \
            (exit 0); one set up by a newer Shortlist is refused. With --print it prints the \
            SQL of every step instead and connects to nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the SQL instead of running it.") var print = false

    func run() throws {
        #if Postgres
            let text = try global.serverURLText(for: "server upgrade")
            do {
                let url = try ServerURL(
                    text, environment: global.environment, login: StoreAccess.osLogin)
                if print {
                    let script = ServerSetupScript(roles: try ServerRoles(database: url.database))
                    Console.output(script.upgradeSQL(ServerUpgradeSteps.from(1)), terminator: "")
                    return
                }
                let location = try DatabaseLocation.parse(text)
                let done = try ServerUpgrade.run(location)
                guard done.changed else {
                    Console.message(
                        "\(url.database) is at server schema \(done.to) already: nothing to upgrade"
                    )
                    return
                }
                Console.message(
                    """
                    Upgraded \(url.database) from server schema \(done.from) to \(done.to) in one \
                    transaction; \(done.textVectors) texts' search vectors built again.
                    """)
                if let unaudited = done.unaudited {
                    Console.message("No entry in the audit trail: \(unaudited).")
                }
            } catch let error as any CustomStringConvertible & Error {
                Console.error(error.description)
                throw ExitCode(CommandFailure.nothingDone)
            }
        #else
            throw refusedWithoutServerEngine()
        #endif
    }
}

struct ServerVacuumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacuum",
        abstract:
            "Rewrite the tables a purge touched, so no live page keeps erased rows (administrator).",
        discussion: """
            On a server, purge rewrites the rows in one transaction, but their old versions \
            stay in the tables' files until VACUUM FULL rewrites them, which only the tables' \
            owner or a superuser may run, and never inside a transaction. Run this as a \
            superuser after every purge (purge says when one is waiting), e.g. shortlist \
            server vacuum --db 'postgresql://postgres@/cnect_441297?host=/run/postgresql'. \
            It runs VACUUM FULL of those tables (their indexes and TOAST tables with them) \
            and of pg_statistic (the planner's samples of the erased values), a \
            CHECKPOINT, and clears the record of the waiting erasure. Backups and archived \
            WAL keep what they hold until they expire (docs/server.md).
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        #if Postgres
            let text = try global.serverURLText(for: "server vacuum")
            do {
                let url = try ServerURL(
                    text, environment: global.environment, login: StoreAccess.osLogin)
                let done = try ServerErasure.vacuum(url)
                let waiting =
                    done.pendingSince.map { "erasures since \($0)" }
                    ?? "no erasure was recorded as waiting"
                Console.message(
                    "Vacuumed \(done.tables.count) tables of \(url.database) (\(waiting)): no live page keeps the erased rows"
                )
            } catch let error as any CustomStringConvertible & Error {
                Console.error(error.description)
                throw ExitCode(CommandFailure.nothingDone)
            }
        #else
            throw refusedWithoutServerEngine()
        #endif
    }
}

/// What a server-only subcommand says in a build without the PostgreSQL engine, and its exit.
func refusedWithoutServerEngine() -> ExitCode {
    Console.error(
        "this build has no PostgreSQL engine; build with `--traits Postgres` (docs/server.md)")
    return ExitCode(CommandFailure.nothingDone)
}

#if Postgres
    extension GlobalOptions {
        /// The `--db` (or `SHORTLIST_DB`) a server-only subcommand needs, refused unless it is
        /// a PostgreSQL URL.
        func serverURLText(for subcommand: String) throws -> String {
            let text = db ?? environment["SHORTLIST_DB"] ?? ""
            guard text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") else {
                Console.error(
                    "\(subcommand) needs --db postgresql://[ROLE@]HOST[:PORT]/DB or postgresql://ROLE@/DB?host=/socket/dir"
                )
                throw ExitCode(CommandFailure.nothingDone)
            }
            return text
        }
    }
#endif
