#if Postgres
    import Foundation
    import ShortlistCore

    /// DatabaseLifecycle on PostgreSQL.
    extension PostgresStore: DatabaseLifecycle {
        public func metadata() throws -> [String: String] {
            throw PostgresStore.unported("metadata")
        }

        public func recordDemoParameters(count: Int, seed: UInt64) throws {
            throw PostgresStore.unported("recordDemoParameters")
        }

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

        public func close() throws {
            throw PostgresStore.unported("close")
        }
    }
#endif
