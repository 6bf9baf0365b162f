import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The notes on one candidate (or on every candidate), as they stand: each with its heads,
    /// so that a conflict shows both texts. Deleted notes only when asked for.
    public func notes(for id: ApplicationID? = nil, includeDeleted: Bool = false) throws
        -> [NoteState]
    {
        try read { db in
            let versions: [NoteVersion]
            if let id {
                versions = try Self.versions(
                    db,
                    where:
                        "note_id IN (SELECT note_id FROM note_versions WHERE application_id = ?)",
                    [id.rawValue])
            } else {
                versions = try Self.versions(db, where: "1", [])
            }
            let states = NoteState.states(of: versions)
            return includeDeleted ? states : states.filter { !$0.isDeleted }
        }
    }

    /// One note with every head, or nil.
    public func note(_ noteID: String) throws -> NoteState? {
        try read { db in try Self.noteState(noteID, db) }
    }

    /// The candidate's tags: those of its notes' live versions, sorted.
    public func tags(for id: ApplicationID) throws -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT DISTINCT tag FROM note_tags WHERE application_id = ? ORDER BY tag",
                arguments: [id.rawValue])
        }
    }

    /// Tags of several candidates at once (a page of the list).
    public func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            var result: [ApplicationID: [String]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT application_id, tag FROM note_tags WHERE application_id IN (\(marks)) ORDER BY application_id, tag",
                arguments: StatementArguments(ids.map(\.rawValue)))
            {
                result[ApplicationID(row[0] as String), default: []].append(row[1])
            }
            return result
        }
    }

    /// Every tag in use, with how many candidates carry it.
    public func tagCounts() throws -> [(tag: String, candidates: Int)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT tag, COUNT(DISTINCT application_id) FROM note_tags GROUP BY tag ORDER BY tag"
            ).map { (tag: $0[0], candidates: $0[1]) }
        }
    }

    /// How many note versions the database holds (tombstones included).
    public func noteVersionCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note_versions") ?? 0 }
    }

    static func noteState(_ noteID: String, _ db: Database) throws -> NoteState? {
        NoteState.states(of: try versions(db, where: "note_id = ?", [noteID])).first
    }

    static func versions(_ db: Database, where condition: String, _ arguments: [String]) throws
        -> [NoteVersion]
    {
        // Through a cursor: each row is read in place, not copied first (a merge reads
        // thousands).
        try Array(
            Row.fetchCursor(
                db,
                sql: """
                    SELECT version_id, note_id, counter, author, at, application_id, criterion,
                        text, tags, supersedes
                    FROM note_versions WHERE \(condition)
                    """, arguments: StatementArguments(arguments)
            ).map(version))
    }

    static func version(_ row: Row) -> NoteVersion {
        NoteVersion(
            noteID: row[1], versionID: row[0], counter: row[2], author: row[3], at: row[4],
            applicationID: ApplicationID(row[5] as String),
            criterion: (row[6] as String?).map { CriterionID($0) }, text: row[7],
            tags: StoredLists.strings(row[8]), supersedes: StoredLists.strings(row[9]))
    }
}
