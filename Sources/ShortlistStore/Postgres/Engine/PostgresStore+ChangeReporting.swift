#if Postgres
    import Foundation
    import ShortlistCore

    /// ChangeReporting on PostgreSQL.
    extension PostgresStore: ChangeReporting {
        public func watchChanges() throws -> any ChangeWatching {
            try PostgresChangeWatch(store: self)
        }
    }

    /// Notices what other connections committed by LISTEN/NOTIFY (`PostgresChangeListener`)
    /// and, only when told, reads what the trail gained: a quiet panel costs the server
    /// nothing, and a commit anywhere reaches every open interface within a poll. As on SQLite
    /// the store's own connection's commits are not news, while another connection's are,
    /// even the same person's (the CLI next to the interface); once someone else has
    /// committed, the gain is told whole, own entries among it, and a commit that left no
    /// entry (every table notifies) is news with no counts.
    final class PostgresChangeWatch: ChangeWatching {
        private let store: PostgresStore
        private let listener: PostgresChangeListener
        private var seenSequence: Int64

        init(store: PostgresStore) throws {
            self.store = store
            // The trigger is looked up by name in the catalogs, which everyone may read:
            // `'audit'::regclass` resolves through the search path, which drops a schema the
            // role has lost USAGE on, so a role cut from the panel got "relation does not
            // exist" or "cannot listen" depending on when its search path was recomputed.
            let (backend, notifies) = try store.withSession { session in
                (
                    try session.value("SELECT pg_backend_pid()", as: Int32.self) ?? 0,
                    try session.value(
                        """
                        SELECT EXISTS (SELECT 1 FROM pg_trigger t
                            JOIN pg_class c ON c.oid = t.tgrelid
                            JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE t.tgname = 'notify_change' AND c.relname = 'audit'
                                AND n.nspname = 'shortlist')
                        """, as: Bool.self) ?? false
                )
            }
            // Listening where nothing notifies would be silence that looks like a quiet panel.
            guard notifies else {
                throw StoreError.invalid(
                    "\(store.location) does not notify changes (it was set up before live news, or its triggers were dropped), so others' changes cannot show; set the panel up with the current `shortlist server setup` (docs/server.md)"
                )
            }
            // Listening first: a commit between the two is then news rather than missed.
            listener = try PostgresChangeListener(
                url: store.url, location: store.location, ownBackend: backend)
            seenSequence = try store.withSession { session in
                try session.value("SELECT entries FROM audit_head WHERE id = 1", as: Int64.self)
                    ?? 0
            }
        }

        func poll() throws -> [ChangeCount]? {
            guard try listener.takeNews() else { return nil }
            let seen = seenSequence
            let (counts, head) = try store.transaction { session in
                var counts: [ChangeCount] = []
                var head = seen
                for row in try session.rows(
                    """
                    SELECT actor, action, count(*), max(seq) FROM audit WHERE seq > \(seen)
                    GROUP BY actor, action ORDER BY min(seq)
                    """)
                {
                    let (actor, action, count, last) = try row.decode(
                        (String, String, Int64, Int64).self)
                    counts.append(ChangeCount(actor: actor, action: action, count: Int(count)))
                    head = max(head, last)
                }
                return (counts, head)
            }
            seenSequence = head
            return counts
        }
    }
#endif
