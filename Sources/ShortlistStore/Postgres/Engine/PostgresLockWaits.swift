#if Postgres
    import Foundation
    import PostgresNIO

    /// Waiting out another connection's locks as the SQLite engine waits out another
    /// process's write lock: each statement waits up to `lockTimeout` (SQLite's busy timeout),
    /// a transaction that still finds the lock held, or loses a deadlock, is rolled back and
    /// run again, `busyAttempts` times in all, and then the caller hears `StoreError.busy`,
    /// which the interface's write queue keeps trying.
    extension PostgresStore {
        /// `lock_timeout` of the store's connection.
        static let lockTimeout = "10s"

        static var busyAttempts: Int { SQLiteStore.busyAttempts }

        /// lock_not_available (the lock timeout), serialization_failure, deadlock_detected:
        /// the transaction did nothing and may be run again as it was.
        static let busyStates: Set<String> = ["55P03", "40001", "40P01"]

        static func isBusy(_ error: any Error) -> Bool {
            guard let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState] else {
                return false
            }
            return busyStates.contains(state)
        }

        /// Runs `body` again while it finds the panel busy, up to `busyAttempts` times.
        func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
            var attempt = 1
            while true {
                do {
                    return try body()
                } catch StoreError.busy where attempt < Self.busyAttempts {
                    attempt += 1
                }
            }
        }
    }
#endif
