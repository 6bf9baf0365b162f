import Foundation

/// What erasure on a server leaves for the administrator. `purge_candidates` rewrites the rows
/// in one transaction, but the rows' old versions stay in the tables' pages (and in their
/// indexes and TOAST tables) until `VACUUM FULL` rewrites those files; no function and no
/// transaction may run it, and only the tables' owner, the database's owner or a superuser
/// may. So the function records in `meta` that the touched tables wait for it, `purge` says so,
/// and `shortlist server vacuum` (the administrator) runs it and clears the record.
public enum ServerErasure {
    /// The `meta` key set by a purge whose erased rows may still be in the tables' files; its
    /// value is when the first such purge ran. Cleared by the vacuum.
    public static let pendingVacuumKey = "erasure_vacuum_pending"

    /// The `meta` key holding the transaction id of the latest purge: `VACUUM FULL` keeps a
    /// row's old version while any transaction that may still see it is open (an older
    /// snapshot, autovacuum's ANALYZE, a `pg_dump` running), so the vacuum waits for those.
    public static let pendingTransactionKey = "erasure_vacuum_xid"

    /// Every table `purge_candidates` rewrites or deletes from. `VACUUM FULL` of a table
    /// rewrites its TOAST table and rebuilds its indexes too.
    public static let touchedTables = [
        "candidates", "candidate_texts", "overrides", "conflicts", "excusals", "screening_notes",
        "scorecard_marks", "scorecards", "saved_filters", "audit_values", "note_versions",
        "note_supersedes", "note_tags",
    ]

    /// What `purge` says when the erased rows wait for the administrator's vacuum.
    public static func pendingMessage(since: String) -> String {
        """
        The erased rows are out of every table, but their old versions stay in the server's \
        table files (erasures since \(since)) until its administrator runs `shortlist server \
        vacuum --db postgresql://ADMIN@…/DB` (VACUUM FULL as a superuser; docs/server.md, \
        “Erasure on a server”)
        """
    }

    /// `VACUUM FULL` of the touched tables, listed for one statement.
    static var vacuumStatement: String {
        "VACUUM (FULL) " + touchedTables.map { "shortlist." + $0 }.joined(separator: ", ")
    }

    /// What holds a snapshot or a transaction as old as the latest purge (whose 64-bit id is
    /// in `pendingTransactionKey`): each described in one line. Empty when the old versions of
    /// the erased rows are dead to everyone, so that `VACUUM FULL` drops them. A transaction
    /// still running in any database of the server counts: every snapshot taken while it runs,
    /// the vacuum's own included, starts at it.
    static var olderTransactionsQuery: String {
        let key = "(SELECT value FROM shortlist.meta WHERE key = '\(pendingTransactionKey)')"
        let purge = "(\(key)::bigint % 4294967296)::text::xid"
        return """
            SELECT 'session ' || a.pid || ' (' || COALESCE(a.usename::text, '')
                || ' ' || COALESCE(NULLIF(a.application_name, ''), a.backend_type)
                || ' on ' || COALESCE(a.datname::text, 'no database')
                || ', transaction since ' || COALESCE(a.xact_start::text, 'unknown') || ')'
            FROM pg_stat_activity a
            WHERE a.pid <> pg_backend_pid()
                AND ((a.backend_xid IS NOT NULL AND age(a.backend_xid) >= age(\(purge)))
                    -- a snapshot in this database (or of a backend not yet in one)
                    OR ((a.datname = current_database() OR a.datname IS NULL)
                        AND a.backend_xmin IS NOT NULL AND age(a.backend_xmin) >= age(\(purge))))
            UNION ALL
            SELECT 'replication slot ' || s.slot_name FROM pg_replication_slots s
            WHERE s.xmin IS NOT NULL AND age(s.xmin) >= age(\(purge))
            UNION ALL
            SELECT 'prepared transaction ' || p.gid || ' on ' || p.database FROM pg_prepared_xacts p
            WHERE age(p.transaction) >= age(\(purge))
            UNION ALL
            -- whatever else is still running from before the purge
            SELECT 'a transaction older than the erasure'
            WHERE pg_snapshot_xmin(pg_current_snapshot()) <= \(key)::xid8
            """
    }

    /// Whether the connected role may vacuum every touched table (PostgreSQL 15: their owner,
    /// the database's owner or a superuser; any other role gets a warning and a skip) and
    /// read every session's snapshot horizon (`pg_read_all_stats`).
    static var mayVacuumQuery: String {
        """
        SELECT ((bool_and(pg_has_role(current_user, c.relowner, 'USAGE'))
                OR pg_has_role(current_user,
                    (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE'))
            -- and sees every session's snapshot, to wait for the older ones
            AND pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'))::text
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'shortlist' AND c.relname IN (\(touchedTables.map { "'\($0)'" }.joined(separator: ", ")))
        """
    }
}

#if Postgres
    extension ServerErasure {
        /// What the vacuum did.
        public struct Vacuumed: Sendable, Equatable {
            /// When the first erasure it covered ran, or nil when none was waiting.
            public var pendingSince: String?
            public var tables: [String]
        }

        /// `shortlist server vacuum`: as a role that may (the administrator), `VACUUM FULL` of
        /// every table a purge touches, then a checkpoint so that the rewritten files are on disk
        /// and the dropped ones gone, then the pending record cleared. Runs whether or not a
        /// purge is recorded as waiting (a purge made before this record existed, or by hand).
        /// Waits up to `wait` for the transactions that may still see the erased rows, and
        /// refuses, clearing nothing, when one is still open.
        public static func vacuum(_ url: ServerURL, wait: Duration = .seconds(60)) throws
            -> Vacuumed
        {
            try ServerSession.with(url) { session in
                try session.execute("SET search_path = shortlist, pg_temp")
                guard (try session.execute(mayVacuumQuery).first ?? nil) == "true" else {
                    throw StoreError.invalid(
                        "\(url.role) may not vacuum the panel's tables: run it as a superuser (the administrator)"
                    )
                }
                let pending =
                    try session.execute(
                        "SELECT value FROM meta WHERE key = '\(pendingVacuumKey)'"
                    ).first ?? nil
                let transaction =
                    try session.execute(
                        "SELECT value FROM meta WHERE key = '\(pendingTransactionKey)'"
                    ).first ?? nil
                let older = try waitForOlderTransactions(wait) {
                    try session.execute(olderTransactionsQuery).compactMap { $0 }
                }
                guard older.isEmpty else {
                    throw StoreError.invalid(
                        "\(older.joined(separator: "; ")) may still see the erased rows, so VACUUM FULL would keep them: vacuum again when it has ended (or end it)"
                    )
                }
                try session.execute(vacuumStatement)
                // The statistics' old rows (the values ANALYZE sampled before the purge) are
                // dead rows of a catalog only a superuser rewrites.
                if (try session.execute(
                    "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"
                ).first ?? nil) == "true" {
                    try session.execute("VACUUM (FULL) pg_catalog.pg_statistic")
                }
                // CHECKPOINT is a superuser's (or pg_checkpoint's) on PostgreSQL 15.
                if (try session.execute(
                    "SELECT pg_has_role(current_user, 'pg_checkpoint', 'MEMBER')::text"
                ).first ?? nil) == "true" {
                    try session.execute("CHECKPOINT")
                }
                // Cleared only if no purge came since the one waited for.
                let same =
                    transaction.map { "= '\($0.replacingOccurrences(of: "'", with: "''"))'" }
                    ?? "IS NULL"
                try session.execute(
                    """
                    DELETE FROM meta WHERE key IN ('\(pendingVacuumKey)', '\(pendingTransactionKey)')
                        AND (SELECT value FROM meta WHERE key = '\(pendingTransactionKey)') \(same)
                    """)
                return Vacuumed(pendingSince: pending, tables: touchedTables)
            }
        }

        /// Asks `blockers` once a second until it answers nothing or `wait` has passed; returns
        /// its last answer.
        static func waitForOlderTransactions(
            _ wait: Duration, _ blockers: () throws -> [String]
        ) throws -> [String] {
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: wait)
            var found = try blockers()
            while !found.isEmpty, clock.now < deadline {
                Thread.sleep(forTimeInterval: 1)
                found = try blockers()
            }
            return found
        }
    }
#endif
