import Foundation
import GRDB
import ShortlistCore

/// A reviewer's copy this database issued (`notes checkout`): it holds every application
/// there was at the time, out of this database's reach.
public struct OfflineCopy: Sendable, Equatable {
    public var copyID: String
    public var takenBy: String
    public var takenAt: String
}

extension SQLiteStore {
    /// The copies checked out from this database, oldest first, as its audit trail records
    /// them. A purge cannot reach into them: whoever holds one must erase it there too.
    public func offlineCopies() throws -> [OfflineCopy] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT actor, at, after FROM audit WHERE action = 'notes.checkout' ORDER BY seq"
            ).map { row in
                let after = (row[2] as String?).flatMap(AuditValues.decode) ?? [:]
                return OfflineCopy(
                    copyID: after["copy_id"] ?? "unknown", takenBy: row[0], takenAt: row[1])
            }
        }
    }
}
