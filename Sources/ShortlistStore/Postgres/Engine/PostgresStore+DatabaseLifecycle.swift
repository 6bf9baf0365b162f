#if Postgres
    import Foundation
    import ShortlistCore

    /// DatabaseLifecycle on PostgreSQL.
    extension PostgresStore: DatabaseLifecycle {
        public func metadata() throws -> [String: String] {
            try withSession { session in
                var values: [String: String] = [:]
                for row in try session.rows("SELECT key, value FROM meta") {
                    let (key, value) = try row.decode((String, String).self)
                    values[key] = value
                }
                return values
            }
        }

        /// Written by whoever builds the demo: the server lets only the secretary group write
        /// `meta`, and says so to anyone else.
        public func recordDemoParameters(count: Int, seed: UInt64) throws {
            try transaction { session in
                for (key, value) in [("demo_count", String(count)), ("demo_seed", String(seed))] {
                    try session.execute(
                        "INSERT INTO meta (key, value) VALUES (\(key), \(value)) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                    )
                }
            }
        }

        // Erasure on a server rewrites the trail's values, the notes' texts and the
        // applications in one transaction across tables whose grants differ by role: it waits
        // for a definer function that does all of it, rather than a partial erasure here.
        @discardableResult
        public func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws -> Int {
            throw PostgresStore.unported("purge")
        }

        @discardableResult
        public func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor) throws
            -> Int
        {
            throw PostgresStore.unported("purge")
        }

        /// The server keeps every commit; closing only ends the connection.
        public func close() throws {
            try closeConnection()
        }
    }
#endif
