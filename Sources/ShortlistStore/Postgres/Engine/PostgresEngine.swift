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
            throw PostgresStore.unported("create")
        }

        public func build(
            _ location: DatabaseLocation, _ setup: NewDatabase, cacheMegabytes: Int,
            clock: @escaping @Sendable () -> Date, _ body: (any PanelDatabase) throws -> Void
        ) throws {
            throw PostgresStore.unported("build")
        }

        /// The URL with what libpq would fill in: PGUSER, PGPASSWORD, the login name.
        func url(of location: DatabaseLocation) throws -> ServerURL {
            guard case .server(let address) = location else {
                throw StoreError.invalid("PostgreSQL cannot open \(location): it is a file")
            }
            do {
                return try ServerURL(
                    address.urlText, environment: ProcessInfo.processInfo.environment,
                    login: ProcessInfo.processInfo.userName)
            } catch {
                throw StoreError.badLocation(address.description, reason: error.reason)
            }
        }
    }
#endif
