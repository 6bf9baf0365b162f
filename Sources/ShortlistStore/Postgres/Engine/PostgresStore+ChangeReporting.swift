#if Postgres
    import Foundation
    import ShortlistCore

    /// ChangeReporting on PostgreSQL.
    extension PostgresStore: ChangeReporting {
        public func watchChanges() throws -> any ChangeWatching {
            try PostgresChangeWatch(store: self)
        }
    }

    /// Notices what others committed by polling the audit trail's head (`audit_head.entries`,
    /// one row read by key), rather than LISTEN/NOTIFY: a notification needs a second
    /// connection per store held open and read asynchronously, and a trigger the schema does
    /// not have, while every change the news line reports is an audit entry anyway, and a
    /// one-row read a second is nothing to a server. The connected person's own entries are
    /// this store's and never count as news; a change that leaves no audit entry is not seen.
    final class PostgresChangeWatch: ChangeWatching {
        private let store: PostgresStore
        private var seenSequence: Int64

        init(store: PostgresStore) throws {
            self.store = store
            seenSequence = try store.withSession { session in
                try session.value("SELECT entries FROM audit_head WHERE id = 1", as: Int64.self)
                    ?? 0
            }
        }

        func poll() throws -> [ChangeCount]? {
            let seen = seenSequence
            let me = store.acting?.name ?? ""
            let (head, counts) = try store.transaction { session in
                let head =
                    try session.value("SELECT entries FROM audit_head WHERE id = 1", as: Int64.self)
                    ?? 0
                guard head != seen else { return (head, [ChangeCount]()) }
                var counts: [ChangeCount] = []
                var others = false
                for row in try session.rows(
                    """
                    SELECT actor, action, count(*) FROM audit WHERE seq > \(seen) AND seq <= \(head)
                    GROUP BY actor, action ORDER BY min(seq)
                    """)
                {
                    let (actor, action, count) = try row.decode((String, String, Int64).self)
                    if actor != me { others = true }
                    counts.append(ChangeCount(actor: actor, action: action, count: Int(count)))
                }
                return (head, others ? counts : [])
            }
            guard head != seen else { return nil }
            seenSequence = head
            return counts.isEmpty ? nil : counts
        }
    }
#endif
