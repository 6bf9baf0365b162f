#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore
    import Synchronization

    /// A panel's database on a PostgreSQL server, as the role it connects as sees it. The
    /// server keeps the rules (row-level security, column grants, definer functions); the
    /// store asks, and says the server's refusal in words. One connection, used by one caller
    /// at a time: the store protocols are synchronous and their callers share a store.
    public final class PostgresStore: Sendable {
        public let location: DatabaseLocation
        public let isReadOnly: Bool
        public let clock: @Sendable () -> Date
        public let blindViewer: Bool
        let url: ServerURL
        /// The role the connection logged in as (`session_user`): the acting person.
        let login: String
        /// The roster entry bound to `login`, if any (`my_name()`, `my_role()`).
        let acting: PanelMember?
        private let connection: Mutex<PostgresConnection?>

        init(
            location: DatabaseLocation, url: ServerURL, readOnly: Bool, blindViewer: Bool,
            clock: @escaping @Sendable () -> Date
        ) throws {
            self.location = location
            self.url = url
            self.isReadOnly = readOnly
            self.blindViewer = blindViewer
            self.clock = clock
            let opened = try Self.connect(url, at: location)
            connection = Mutex(opened)
            let session = PostgresSession(connection: opened, location: location)
            try session.execute("SET search_path = shortlist, pg_temp")
            try session.execute(
                PostgresQuery(unsafeSQL: "SET lock_timeout = '\(Self.lockTimeout)'"))
            // Row policies make the planner's estimates large, and past jit_above_cost the
            // server compiles each such query before running it: a ranking that reads in 15 ms
            // waited a second for its compilation. The store's queries are short.
            try session.execute("SET jit = off")
            try session.preferFastCompression()
            // Who connected and the panel's schema number in the round trip that asked only
            // who: a database without the schema has no `meta` to read.
            let opening: (login: String, schema: String?)
            do {
                opening = try Self.loginAndSchema(opened)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P01" {
                _ = try? opened.close().wait()  // the store is not made: closing is tidying only
                throw StoreError.invalid(
                    "\(location) has no Shortlist schema: run `shortlist server setup --db \(location)` as the server's administrator first (docs/server.md)"
                )
            } catch {
                _ = try? opened.close().wait()  // the store is not made: closing is tidying only
                throw Self.failure(error, at: location)
            }
            if let refusal = ServerSchemaVersion.refusal(
                recorded: opening.schema, at: location.description)
            {
                _ = try? opened.close().wait()  // the store is not made: closing is tidying only
                throw StoreError.invalid(refusal)
            }
            login = opening.login
            acting = try session.rows(
                "SELECT name, display_name, role, login FROM panel WHERE login = session_user AND removed_at IS NULL"
            ).first.flatMap { row in
                let (name, display, role, login) = try row.decode(
                    (String, String, String, String?).self)
                return Role(rawValue: role).map {
                    PanelMember(name: name, displayName: display, role: $0, login: login)
                }
            }
        }

        static let logger = Logger(label: "shortlist.postgres")

        /// `session_user` and `meta.server_schema`, in one statement.
        private static func loginAndSchema(_ connection: PostgresConnection) throws -> (
            login: String, schema: String?
        ) {
            let rows = try connection.query(
                """
                SELECT session_user::text,
                    (SELECT value FROM meta WHERE key = \(ServerSchemaVersion.metaKey))
                """, logger: logger
            ).wait()
            guard let row = Array(rows).first else { return ("", nil) }
            return try row.decode((String, String?).self)
        }

        /// Runs `body` with the connection to itself. Reads that need one snapshot use
        /// `transaction`.
        func withSession<T: Sendable>(_ body: (PostgresSession) throws -> T) throws -> T {
            try connection.withLock { connection in
                guard let connection else {
                    throw StoreError.invalid("the connection to \(location) is closed")
                }
                return try body(PostgresSession(connection: connection, location: location))
            }
        }

        /// Runs `body` in one transaction: committed when it returns, rolled back when it throws,
        /// and run again while another connection's lock holds it up (PostgresLockWaits).
        func transaction<T: Sendable>(_ body: (PostgresSession) throws -> T) throws -> T {
            try retryingWhileBusy {
                try withSession { session in
                    try session.execute("BEGIN")
                    do {
                        let result = try body(session)
                        try session.execute("COMMIT")
                        return result
                    } catch {
                        // The server has already aborted a failed statement's transaction: ending
                        // it cannot fail in a way that matters more than `error`.
                        _ = try? session.execute("ROLLBACK")
                        throw error
                    }
                }
            }
        }

        /// On a server the acting person is the connected role: a write in anyone else's
        /// name is refused before the server is asked. Someone on no roster entry is refused
        /// `action` as SQLite refuses a visitor (`PermissionDenied`), whichever role connected.
        func requireActing(_ actor: Actor, for action: PanelAction? = nil) throws {
            if let action, actor.member == nil, actor.name != acting?.name {
                throw PermissionDenied(actor: actor.name, role: nil, action: action)
            }
            guard let acting else {
                throw StoreError.invalid(
                    "the role \(login) is not bound to anyone on the panel's roster, so may only read; ask the secretary to bind it (`shortlist panel bind`)"
                )
            }
            guard actor.name == acting.name else {
                throw StoreError.invalid(
                    "on a PostgreSQL server you act as the role you connect as (\(login), \(acting.name)); you cannot act as \(actor.name)"
                )
            }
            if isReadOnly {
                throw StoreError.invalid("\(location) was opened read-only")
            }
        }

        /// The acting person as the rest of the store names them.
        public var actor: Actor {
            Actor(name: acting?.name ?? login, member: acting, login: login)
        }

        /// What this engine does not do yet, said as such rather than done wrong.
        static func unported(_ operation: String) -> StoreError {
            .invalid(
                "the PostgreSQL engine cannot yet do “\(operation)”; use a SQLite database for it (docs/server.md says what works on a server today)"
            )
        }

        func closeConnection() throws {
            let closing = connection.withLock { connection -> PostgresConnection? in
                defer { connection = nil }
                return connection
            }
            do {
                try closing?.close().wait()
            } catch {
                throw StoreError.engine(
                    location: location.description, message: ServerFailure(error).description)
            }
        }

        deinit {
            // A store dropped without `close()`: the connection goes with it.
            if let open = connection.withLock({ $0 }) { _ = try? open.close().wait() }
        }
    }

    /// The connection while a caller holds it: statements with bound values, rows back.
    struct PostgresSession {
        let connection: PostgresConnection
        let location: DatabaseLocation

        /// Runs a statement whose values are bound (`"… WHERE id = \(id)"` binds `id`).
        func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
            // postgres-nio never answers a query written to a closed channel: it would wait
            // for ever once the server ended the connection (a restart, an administrator).
            guard !connection.isClosed else {
                throw StoreError.engine(
                    location: location.description,
                    message:
                        "the server closed the connection (restarted, or ended it by an administrator's command): open the panel again"
                )
            }
            do {
                return Array(try connection.query(query, logger: PostgresStore.logger).wait().rows)
            } catch {
                throw PostgresStore.failure(error, at: location)
            }
        }

        func execute(_ query: PostgresQuery) throws {
            _ = try rows(query)
        }

        /// The first column of the first row, or nil when there is none.
        func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type) throws -> T? {
            guard let row = try rows(query).first else { return nil }
            do {
                return try row.decode(T.self)
            } catch {
                throw PostgresStore.failure(error, at: location)
            }
        }
    }

    extension PostgresStore {
        /// The server's refusal or failure as the store says errors: its words, no driver noise.
        static func failure(_ error: any Error, at location: DatabaseLocation) -> StoreError {
            if let store = error as? StoreError { return store }
            if isBusy(error) { return .busy(path: location.description) }
            return .engine(
                location: location.description, message: ServerFailure(error).description)
        }
    }
    extension PostgresStore {
        /// A new connection to `url`, waited for; a failure names `location` and says the
        /// server's words. The store's own and the administrator's (`ServerAdministratorConnection`).
        static func connect(_ url: ServerURL, at location: DatabaseLocation) throws
            -> PostgresConnection
        {
            do {
                return try PostgresConnection.connect(
                    on: PostgresConnection.defaultEventLoopGroup.any(),
                    configuration: try ServerSession.configuration(url), id: 1, logger: logger
                ).wait()
            } catch {
                throw StoreError.engine(
                    location: location.description, message: ServerFailure(error).description)
            }
        }
    }
#endif
