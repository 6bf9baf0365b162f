#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO
    import ShortlistCore

    /// `shortlist migrate`: a SQLite panel moved to a PostgreSQL database, everything in it,
    /// the audit trail verbatim. Run by the server's administrator (a superuser, who need not
    /// be on the roster) on a database fresh from `createdb` (the setup is run first) or fresh
    /// from `shortlist server setup`. The setup, the login roles, the data and the trail are
    /// one transaction, checked before it commits: a failure or an interruption leaves the
    /// database, and the cluster's roles, as they were.
    public enum PostgresMigration {
        /// What moved, for the summary `migrate` prints.
        public struct Summary: Sendable, Equatable {
            public struct Moved: Sendable, Equatable {
                public var table: String
                public var rows: Int
            }
            /// Rows per table, in the order they moved (the trail's tables last).
            public var moved: [Moved] = []
            /// Roster entry -> the login role it is bound to on the server.
            public var logins: [MigrationLogins.Binding] = []
            /// Whether `server setup` ran as part of the move.
            public var setUp = false
            public var entries = 0
            public var headHash = AuditChain.genesis
            public var valuesChecked = 0
            public var valuesErased = 0

            public var rolesCreated: [String] { logins.filter(\.created).map(\.role) }
            public var rolesReused: [String] { logins.filter { !$0.created }.map(\.role) }
        }

        /// An interruption (Ctrl-C) asked for between two steps: the transaction was rolled back.
        public struct Stopped: Error, CustomStringConvertible {
            public var description: String {
                "interrupted; nothing was changed on the server"
            }
        }

        /// Moves the panel in `source` to `destination`. `logins` names the role of a roster
        /// entry (else its login, else its name); `shouldStop` is asked between batches;
        /// `progress` is told what is moving.
        public static func run(
            from source: URL, to destination: DatabaseLocation, logins: [String: String] = [:],
            shouldStop: () -> Bool = { false }, progress: (String) -> Void = { _ in }
        ) throws -> Summary {
            let panel = try MigrationSource(file: source)
            defer { panel.close() }
            let administrator = try ServerAdministratorConnection(destination)
            defer { administrator.close() }
            let (url, roles, session) = (
                administrator.url, administrator.roles, administrator.session
            )
            try requireAdministrator(session, url: url)
            try session.execute("BEGIN")
            do {
                var summary = Summary()
                summary.setUp = try prepare(session, roles: roles, destination: destination)
                summary.logins = try MigrationLogins.bind(
                    panel.roster(), overrides: logins, roles: roles, session)
                let copy = MigrationCopy(session: session)
                let (moved, trail) = try panel.read { db in
                    let moved = try copy.tables(
                        from: db, logins: summary.logins, shouldStop: shouldStop,
                        progress: progress)
                    let trail = try MigrationTrail.read(db)
                    if shouldStop() { throw Stopped() }
                    progress("moving the audit trail: \(trail.entries.count) entries")
                    try MigrationTrail.importInto(session, trail)
                    return (moved, trail)
                }
                summary.moved = moved + trail.moved
                if panel.blindMode {
                    try session.execute(
                        PostgresQuery(unsafeSQL: MigrationLogins.withholdNames(roles)))
                }
                progress("checking the move")
                let check = try MigrationTrail.verify(session, expected: trail)
                try MigrationCopy.compareCounts(moved, session)
                summary.entries = check.entries
                summary.headHash = check.headHash
                summary.valuesChecked = check.valuesChecked
                summary.valuesErased = check.valuesErased
                if shouldStop() { throw Stopped() }
                try session.execute("COMMIT")
                return summary
            } catch {
                // The server has aborted the transaction already on a failed statement; ending
                // it cannot fail in a way that matters more than `error`.
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }

        /// Only a superuser writes every table verbatim and creates roles.
        static func requireAdministrator(_ session: PostgresSession, url: ServerURL) throws {
            let superuser = try session.value(
                "SELECT rolsuper FROM pg_roles WHERE rolname = session_user", as: Bool.self)
            guard superuser == true else {
                throw StoreError.invalid(
                    "migrate must be run by the server's administrator (a superuser), not by \(url.role): it sets the database up, creates the panel's login roles and writes every table as it was, the trail included"
                )
            }
        }

        /// Sets the database up when it has no Shortlist schema yet; else makes sure it holds
        /// no panel. Returns whether the setup ran.
        static func prepare(
            _ session: PostgresSession, roles: ServerRoles, destination: DatabaseLocation
        ) throws -> Bool {
            let hasSchema =
                try session.value(
                    "SELECT count(*) FROM pg_namespace WHERE nspname = 'shortlist'", as: Int64.self)
                == 1
            var ranSetup = false
            if !hasSchema {
                for statement in ServerSetupScript(roles: roles).statements {
                    try session.execute(PostgresQuery(unsafeSQL: statement))
                }
                ranSetup = true
            }
            try session.execute("RESET ROLE")
            try session.execute("SET search_path = shortlist, pg_temp")
            if !ranSetup {
                let counts = try session.rows(
                    """
                    SELECT (SELECT count(*) FROM panel), (SELECT count(*) FROM candidates),
                        (SELECT count(*) FROM audit)
                    """)
                var (entries, candidates, trail): (Int64, Int64, Int64) = (0, 0, 0)
                if let row = counts.first {
                    (entries, candidates, trail) = try row.decode((Int64, Int64, Int64).self)
                }
                guard entries == 0, candidates == 0, trail == 0 else {
                    throw StoreError.invalid(
                        "\(destination) already holds a panel (\(entries) roster entries, \(candidates) applications, \(trail) audit entries): migrate moves a panel only into an empty database, fresh from createdb or `shortlist server setup`"
                    )
                }
                // Set up by another Shortlist: this one's copy is written for its own schema.
                if let refusal = ServerSchemaVersion.refusal(
                    recorded: try session.value(
                        "SELECT value FROM meta WHERE key = \(ServerSchemaVersion.metaKey)",
                        as: String.self),
                    at: destination.description)
                {
                    throw StoreError.invalid(refusal)
                }
            }
            // A database set up before migration existed lacks the import function.
            let hasImport =
                try session.value(
                    "SELECT count(*) FROM pg_proc WHERE proname = 'import_audit' AND pronamespace = 'shortlist'::regnamespace",
                    as: Int64.self) == 1
            if !hasImport {
                let script = ServerSetupScript(roles: roles)
                for statement in SQLStatements.split(script.render(ServerSetupScript.migrationPart))
                {
                    try session.execute(PostgresQuery(unsafeSQL: statement))
                }
                try session.execute("SET search_path = shortlist, pg_temp")
            }
            return ranSetup
        }
    }
#endif
