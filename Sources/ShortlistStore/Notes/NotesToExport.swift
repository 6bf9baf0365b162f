import Foundation
import GRDB
import ShortlistCore

/// What a person's notes hold that they have not yet handed on: the versions they wrote
/// after their last export (`notes.export` in the audit trail), and when that was.
public struct NotesToExport: Sendable, Equatable {
    /// When they last exported their notes; nil when never.
    public var lastExport: String?
    /// Their versions written since, oldest first.
    public var versions: [NoteVersion]
}

extension SQLiteStore {
    /// The acting person's note versions not yet exported: on an offline copy, what the
    /// panel has not seen. Their own notes only, so it needs no permission beyond reading.
    public func notesToExport(by actor: Actor) throws -> NotesToExport {
        try read { db in
            let last = try String.fetchOne(
                db,
                sql:
                    "SELECT at FROM audit WHERE action = 'notes.export' AND actor = ? ORDER BY seq DESC LIMIT 1",
                arguments: [actor.name])
            var condition = "author = ?"
            var arguments = [actor.name]
            if let last {
                // Times are to the second: a version of the export's own second went with it.
                condition += " AND at > ?"
                arguments.append(last)
            }
            let versions = try Self.versions(db, where: condition, arguments)
                .sorted { ($0.counter, $0.versionID) < ($1.counter, $1.versionID) }
            return NotesToExport(lastExport: last, versions: versions)
        }
    }
}
