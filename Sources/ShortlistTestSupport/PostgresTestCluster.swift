#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistStore
    import Synchronization

    /// Fresh panels on the test cluster for the behaviour suites (`StoreEngine.postgres`): a
    /// database per test made as the administrator, `server setup` on it, a login role per
    /// roster entry, the panel created by its secretary through the engine.
    enum PostgresTestCluster {
        static var environment: [String: String] { ProcessInfo.processInfo.environment }
        static var socket: String? {
            environment["SHORTLIST_PG_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        }
        static var admin: String { environment["SHORTLIST_PG_ADMIN"] ?? "postgres" }
        /// Under CI=true a missing server is a failure, never a skip.
        static var isAvailable: Bool { socket != nil || environment["CI"] == "true" }

        /// A database made for a test: its name and the login of each roster entry.
        struct Made: Sendable {
            var database: String
            /// In the database's name and every role's made for it.
            var tag: String
            var logins: [String: String]
            var secretaryLocation: DatabaseLocation

            init(database: String, tag: String, logins: [String: String], secretary: String)
                throws
            {
                self.database = database
                self.tag = tag
                self.logins = logins
                secretaryLocation = try Self.location(secretary, database)
            }

            func location(_ login: String) throws -> DatabaseLocation {
                try Self.location(login, database)
            }

            static func location(_ login: String, _ database: String) throws -> DatabaseLocation {
                .server(
                    try ServerAddress(
                        parsing:
                            "postgresql://\(login)@/\(database)?host=\(PostgresTestCluster.socket ?? "/nonexistent")"
                    ))
            }
        }

        private static let made = Mutex<[String: Made]>([:])

        static func made(_ name: String, in folder: TemporaryDirectory) -> Made? {
            made.withLock { $0[folder.file(name).path] }
        }

        static func url(_ database: String) throws -> ServerURL {
            try ServerURL(
                "postgresql://\(admin)@/\(database)?host=\(socket ?? "/nonexistent")",
                environment: [:], login: admin)
        }

        static func create(
            _ name: String, in folder: TemporaryDirectory, _ setup: NewDatabase,
            clock: @escaping @Sendable () -> Date
        ) throws -> any PanelDatabase {
            guard let secretary = setup.roster.first(where: { $0.role == .secretary }) else {
                throw StoreError.invalid("a panel on a server is created by its secretary")
            }
            if let existing = made(name, in: folder) {
                // The engine's own refusal, as a second creation of a file is refused.
                return try DatabaseEngines.create(existing.secretaryLocation, setup, clock: clock)
            }
            // Dropped with its roles when the folder goes, as a file would be.
            let server = ServerTestDatabase()
            folder.keep(server)
            let (tag, database) = (server.tag, server.name)
            _ = try ServerSession.with(try url("postgres")) {
                try $0.execute("CREATE DATABASE \(database)")
            }
            let roles = try ServerSetup.run(try url(database))
            var logins: [String: String] = [:]
            var roster: [PanelMember] = []
            for (n, member) in setup.roster.enumerated() {
                let login = "l\(n)_\(tag)"
                logins[member.name] = login
                var entry = member
                // The secretary's role is made here; bind_login makes the others'.
                entry.login = member.name == secretary.name ? nil : login
                roster.append(entry)
            }
            let secretaryLogin = logins[secretary.name]!
            try ServerSession.with(try url(database)) {
                try $0.execute("CREATE ROLE \(secretaryLogin) LOGIN")
                try $0.execute("GRANT \(roles.secretary) TO \(secretaryLogin)")
            }
            let made = try Made(
                database: database, tag: tag, logins: logins, secretary: secretaryLogin)
            Self.made.withLock { $0[folder.file(name).path] = made }
            let store = try DatabaseEngines.create(
                made.secretaryLocation, NewDatabase(roster: roster, profile: setup.profile),
                clock: clock)
            return PostgresRoutingPanelDatabase(
                secretary: store, logins: logins, tag: tag,
                open: { login in
                    try DatabaseEngines.open(try made.location(login), clock: clock)
                })
        }

        static func open(
            _ name: String, in folder: TemporaryDirectory, readOnly: Bool,
            clock: @escaping @Sendable () -> Date
        ) throws -> any PanelDatabase {
            guard let made = made(name, in: folder) else {
                throw StoreError.notFound(path: folder.file(name).path)
            }
            return PostgresRoutingPanelDatabase(
                secretary: try DatabaseEngines.open(
                    made.secretaryLocation, readOnly: readOnly, clock: clock),
                logins: made.logins, tag: made.tag,
                open: { login in
                    try DatabaseEngines.open(
                        try made.location(login), readOnly: readOnly, clock: clock)
                })
        }
    }
#endif
