import Foundation
import GRDB

/// Another process's long write, as an import is: a connection of its own that takes the
/// database's write lock and keeps it until released. Readers go on; writers wait.
public final class WriteLockHolder {
    private let queue: DatabaseQueue
    private var held = false

    public init(path: String) throws {
        var config = Configuration()
        // The point is a transaction that outlives one database access.
        config.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
        }
        held = true
    }

    /// Writes something and commits, as the end of an import does.
    public func release() throws {
        guard held else { return }
        held = false
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('held', 'yes')")
            try db.execute(sql: "COMMIT")
        }
    }

    deinit {
        try? release()
        try? queue.close()
    }
}
