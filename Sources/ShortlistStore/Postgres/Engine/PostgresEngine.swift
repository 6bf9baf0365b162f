#if Postgres
    import Foundation
    import ShortlistCore

    /// Panels on a PostgreSQL server (`postgresql://…`), in builds with the `Postgres` trait.
    public struct PostgresEngine: DatabaseEngine {
        public init() {}

        public var name: String { "PostgreSQL" }

        public func handles(_ location: DatabaseLocation) -> Bool {
            if case .server = location { return true }
            return false
        }

        public func open(
            _ location: DatabaseLocation, readOnly: Bool, blindViewer: Bool,
            clock: @escaping @Sendable () -> Date
        ) throws -> any PanelDatabase {
            try PostgresStore(
                location: location, url: try url(of: location), readOnly: readOnly,
                blindViewer: blindViewer, clock: clock)
        }

        public func create(
            _ location: DatabaseLocation, _ setup: NewDatabase,
            clock: @escaping @Sendable () -> Date
        ) throws -> any PanelDatabase {
            let url = try url(of: location)
            let first = try PostgresStore(
                location: location, url: url, readOnly: false, blindViewer: false, clock: clock)
            do {
                try first.initialise(setup)
                try first.closeConnection()
            } catch {
                // The error that stopped the creation matters more than a failed goodbye.
                _ = try? first.closeConnection()
                throw error
            }
            // Opened again: who the connection acts as is read when a store opens, and the
            // roster did not exist before.
            return try PostgresStore(
                location: location, url: url, readOnly: false, blindViewer: false, clock: clock)
        }

        public func build(
            _ location: DatabaseLocation, _ setup: NewDatabase, cacheMegabytes: Int,
            clock: @escaping @Sendable () -> Date, _ body: (any PanelDatabase) throws -> Void
        ) throws {
            // A server database is never private to one process, so there is no bulk mode to
            // switch: the same creation, then the filling.
            let store = try create(location, setup, clock: clock)
            try body(store)
            try store.close()
        }

        /// The URL with what libpq would fill in: PGUSER, PGPASSWORD, the login name.
        func url(of location: DatabaseLocation) throws -> ServerURL {
            guard case .server(let address) = location else {
                throw StoreError.invalid("PostgreSQL cannot open \(location): it is a file")
            }
            do {
                return try ServerURL(
                    address, environment: ProcessInfo.processInfo.environment,
                    login: ProcessInfo.processInfo.userName)
            } catch {
                throw StoreError.badLocation(address.description, reason: error.reason)
            }
        }
    }
#endif
