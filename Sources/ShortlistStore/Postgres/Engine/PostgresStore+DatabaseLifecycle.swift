#if Postgres
    import Foundation
    import PostgresNIO
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

        /// Erasure through the server's `purge_candidates` (ServerSchemaPurge.swift), which
        /// rewrites applications, attached texts, notes and the trail's values in one
        /// transaction and refuses anyone but the secretary. Then the touched tables' files:
        /// vacuumed here when the connected role may (their owner), otherwise left recorded
        /// for the administrator (`ServerErasure`), which `purge` then says.
        @discardableResult
        public func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws -> Int {
            try purge(reason: reason, by: actor) { session in
                // SQLite's refusal in its words, before the server says the same in its own.
                for id in ids { _ = try Self.rowID(of: id, session) }
                return try session.value(
                    "SELECT purge_candidates(\(ids.map(\.rawValue)), \(reason))", as: Int.self)
            }
        }

        @discardableResult
        public func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor) throws
            -> Int
        {
            try purge(reason: reason, by: actor) { session in
                try session.value(
                    "SELECT purge_submitted_before(\(date.secondsSinceEpoch), \(reason))",
                    as: Int.self)
            }
        }

        private func purge(
            reason: String, by actor: Actor, _ erase: (PostgresSession) throws -> Int?
        ) throws -> Int {
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw StoreError.invalid("erasing personal data needs a reason (--reason)")
            }
            try requireActing(actor)
            let count = try transaction { session in
                try authorise(.purge, actor, in: session)
                return try erase(session) ?? 0
            }
            if count > 0 { try vacuumIfAllowed() }
            return count
        }

        /// VACUUM FULL cannot run in a transaction or a function, and PostgreSQL 15 lets only
        /// the tables' owner (or the database's, or a superuser) run it: any other role would
        /// get a warning and a silent skip, so the role is asked first. It keeps the old
        /// versions for a transaction older than the purge: waited for a little, then left to
        /// the administrator.
        private func vacuumIfAllowed() throws {
            try withSession { session in
                let may = try session.value(
                    PostgresQuery(unsafeSQL: ServerErasure.mayVacuumQuery), as: String?.self)
                guard may == "true" else { return }
                let older = try ServerErasure.waitForOlderTransactions(.seconds(30)) {
                    try session.rows(PostgresQuery(unsafeSQL: ServerErasure.olderTransactionsQuery))
                        .map { try $0.decode(String.self) }
                }
                guard older.isEmpty else { return }
                try session.execute(PostgresQuery(unsafeSQL: ServerErasure.vacuumStatement))
                // The database's owner may vacuum without owning `meta`: the record then stays
                // for the administrator's vacuum, which clears it.
                let mayClear = try session.value(
                    "SELECT has_table_privilege(current_user, 'shortlist.meta', 'DELETE')",
                    as: Bool.self)
                if mayClear == true {
                    try session.execute(
                        "DELETE FROM meta WHERE key IN (\(ServerErasure.pendingVacuumKey), \(ServerErasure.pendingTransactionKey))"
                    )
                }
            }
        }

        /// The server keeps every commit; closing only ends the connection.
        public func close() throws {
            try closeConnection()
        }
    }
#endif
