import Foundation
import GRDB
import ShortlistCore

/// What someone did since the last look, as the audit trail counts it: one line per person
/// and kind of change.
public struct ChangeCount: Equatable, Sendable {
    public var actor: String
    /// The audit action, e.g. `score.submit`.
    public var action: String
    public var count: Int

    public init(actor: String, action: String, count: Int) {
        self.actor = actor
        self.action = action
        self.count = count
    }
}

/// Notices commits made to the database by other processes, cheaply enough to ask every
/// second.
///
/// GRDB's observation sees only writes made through its own pool, so this asks SQLite's
/// `PRAGMA data_version`, which changes when *another* connection commits. It asks the
/// store's writing connection, whose own commits therefore never count as news. Call it
/// from one thread, and not while that same store is writing on another (the interface
/// polls only when none of its writes are queued): it would wait for that write.
public final class ChangeWatch {
    private let store: SQLiteStore
    private var version: Int
    private var seenSequence: Int64

    /// Watches `store`; what is there now counts as seen.
    public init(store: SQLiteStore) throws {
        self.store = store
        (version, seenSequence) = try store.wrap {
            try store.pool.writeWithoutTransaction { db in
                (try Self.dataVersion(db), try Self.lastSequence(db))
            }
        }
    }

    /// Nil when no other process committed since the last call; otherwise what the audit
    /// trail gained since then, by person and action (this process's own entries included;
    /// empty when the change left no audit entry).
    public func poll() throws -> [ChangeCount]? {
        try store.wrap {
            try store.pool.writeWithoutTransaction { db in
                let now = try Self.dataVersion(db)
                guard now != version else { return nil }
                version = now
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT actor, action, count(*), max(seq) FROM audit WHERE seq > ?
                        GROUP BY actor, action ORDER BY min(seq)
                        """, arguments: [seenSequence])
                var counts: [ChangeCount] = []
                for row in rows {
                    counts.append(ChangeCount(actor: row[0], action: row[1], count: row[2]))
                    seenSequence = max(seenSequence, row[3])
                }
                return counts
            }
        }
    }

    private static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }

    private static func lastSequence(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
    }
}
