#if Postgres
    import Foundation
    import ShortlistCore

    /// ChangeReporting on PostgreSQL.
    extension PostgresStore: ChangeReporting {
        public func watchChanges() throws -> any ChangeWatching {
            throw PostgresStore.unported("watchChanges")
        }
    }
#endif
