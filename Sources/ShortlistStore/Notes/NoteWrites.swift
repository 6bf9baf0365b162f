import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Writes a new note on a candidate, optionally on one criterion, with tags.
    @discardableResult
    public func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID? = nil, tags: [String] = [],
        by actor: Actor
    ) throws -> NoteState {
        let text = try NoteWriteRules.checkedText(text)
        let tags = try NoteWriteRules.checkedTags(tags)
        return try audited(actor, .annotate, action: "note.add", object: id.rawValue) { db, audit in
            try Self.requireLiveCandidate(id, db)
            if let criterion {
                let known = Set(try Self.criteria(db).map(\.0))
                guard known.contains(criterion) else {
                    throw StoreError.invalid(
                        "“\(criterion)” is not a criterion of this call; the criteria are "
                            + known.sorted().map(\.rawValue).joined(separator: ", "))
                }
            }
            let version = NoteVersion(
                noteID: UUID().uuidString.lowercased(), versionID: UUID().uuidString.lowercased(),
                counter: try Self.nextCounter(db), author: actor.name, at: now(),
                applicationID: id, criterion: criterion, text: text, tags: tags)
            try Self.insertVersions([version], db)
            try Self.refreshNotes([version.noteID], db)
            return (
                try Self.noteState(version.noteID, db)!, nil,
                NoteWriteRules.auditValues(version, audit)
            )
        }
    }

    /// A new version of the note with another text (and tags, when given). Only the note's
    /// author may edit it; a note in conflict is settled with `resolveNoteConflict` first.
    @discardableResult
    public func editNote(_ noteID: String, text: String, tags: [String]? = nil, by actor: Actor)
        throws -> NoteState
    {
        let text = try NoteWriteRules.checkedText(text)
        let tags = try tags.map(NoteWriteRules.checkedTags)
        return try writeVersion(noteID, action: "note.edit", by: actor) { state in
            try NoteWriteRules.require(.edit, state, actor)
            return (text, tags ?? state.latest.tags)
        }
    }

    /// Deletes a note: a tombstone version that keeps the history. Its author, or the chair.
    @discardableResult
    public func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
        try writeVersion(noteID, action: "note.delete", by: actor) { state in
            try NoteWriteRules.require(.delete, state, actor)
            return (nil, [])
        }
    }

    /// Settles a conflict: a version that supersedes every head, written by the note's author
    /// or the chair.
    @discardableResult
    public func resolveNoteConflict(
        _ noteID: String, text: String, tags: [String]? = nil, by actor: Actor
    ) throws -> NoteState {
        let text = try NoteWriteRules.checkedText(text)
        let tags = try tags.map(NoteWriteRules.checkedTags)
        return try writeVersion(noteID, action: "note.resolve", by: actor) { state in
            try NoteWriteRules.require(.resolve, state, actor)
            return (text, tags ?? NoteTag.normalised(state.heads.flatMap(\.tags)))
        }
    }

    private func writeVersion(
        _ noteID: String, action: String, by actor: Actor,
        _ decide: (NoteState) throws -> (String?, [String])
    ) throws -> NoteState {
        var object: String?
        let noteID = try resolveNoteID(noteID)
        return try write { db in
            try Authorisation.require(.annotate, actor, db)
            guard let state = try Self.noteState(noteID, db) else {
                throw StoreError.invalid("no note \(noteID) in this database")
            }
            object = state.applicationID.rawValue
            try Self.requireLiveCandidate(state.applicationID, db)
            let (text, tags) = try decide(state)
            let version = NoteVersion(
                noteID: noteID, versionID: UUID().uuidString.lowercased(),
                counter: try Self.nextCounter(db), author: actor.name, at: now(),
                applicationID: state.applicationID, criterion: state.latest.criterion, text: text,
                tags: tags, supersedes: state.heads.map(\.versionID))
            try Self.insertVersions([version], db)
            try Self.refreshNotes([noteID], db)
            let audit = try AuditWriter(db)
            try audit.append(
                at: now(), actor: actor.name, action: action, object: object, before: nil,
                after: NoteWriteRules.auditValues(version, audit))
            return try Self.noteState(noteID, db)!
        }
    }

    /// A note id as typed: the whole UUID or an unambiguous prefix of at least 8 characters
    /// (as `notes list` shows them).
    public func resolveNoteID(_ typed: String) throws -> String {
        let typed = typed.lowercased()
        return try read { db in
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM note_versions WHERE note_id = ? LIMIT 1", arguments: [typed]
            )
                != nil
            {
                return typed
            }
            guard typed.count >= 8 else {
                throw StoreError.invalid(
                    "no note \(typed); give at least 8 characters of its id (`shortlist notes list`)"
                )
            }
            let matches = try String.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT note_id FROM note_versions WHERE note_id >= ? AND note_id < ? LIMIT 2",
                arguments: [typed, typed + "\u{10FFFF}"])
            switch matches.count {
            case 0: throw StoreError.invalid("no note \(typed) in this database")
            case 1: return matches[0]
            default:
                throw StoreError.invalid(
                    "more than one note begins with \(typed): give more of its id")
            }
        }
    }

    static func short(_ noteID: String) -> String { String(noteID.prefix(8)) }

    static func requireLiveCandidate(_ id: ApplicationID, _ db: Database) throws {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT purged_at FROM candidates WHERE application_id = ?",
                arguments: [id.rawValue])
        else { throw StoreError.invalid("no application \(id) in this database") }
        if (row[0] as String?) != nil {
            throw StoreError.invalid("\(id) was erased: it cannot be annotated")
        }
    }

    /// The Lamport clock: one more than any version this database has seen. Counters at or
    /// beyond 2^53 can only come from a forged bundle merged by an older Shortlist: they are
    /// passed over, so that adding a note never overflows and stays mergeable.
    static func nextCounter(_ db: Database) throws -> Int64 {
        let highest = try Int64.fetchOne(
            db, sql: "SELECT MAX(counter) FROM note_versions WHERE counter < ?",
            arguments: [NoteMergeCheck.maximumCounter])
        return (highest ?? 0) + 1
    }

    /// Inserts versions not yet held; returns those that were new.
    @discardableResult
    static func insertVersions(
        _ versions: [NoteVersion], _ db: Database, steps: WorkSteps = .unwatched
    ) throws -> [NoteVersion] {
        let insert = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO note_versions(version_id, note_id, counter, author, at,
                    application_id, criterion, text, tags, supersedes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let edge = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO note_supersedes(superseded, version_id) VALUES (?, ?)")
        var added: [NoteVersion] = []
        for (done, v) in versions.enumerated() {
            if done % Self.mergeStep == 0 {
                try steps.step(.init(done: done, total: versions.count))
            }
            try insert.execute(arguments: [
                v.versionID, v.noteID, v.counter, v.author, v.at, v.applicationID.rawValue,
                v.criterion?.rawValue, v.text, JSONText.array(v.tags),
                JSONText.array(v.supersedes),
            ])
            guard db.changesCount > 0 else { continue }
            added.append(v)
            for parent in v.supersedes {
                try edge.execute(arguments: [parent, v.versionID])
            }
        }
        if !versions.isEmpty { try steps.step(.init(done: versions.count, total: versions.count)) }
        return added
    }

    /// Versions written between two reports of a merge's progress.
    static let mergeStep = 500

    /// Brings the head flags and the tag index of these notes up to date: note by note for a
    /// few, in three set-wide statements over a temporary table for a merge's thousands.
    static func refreshNotes(_ noteIDs: some Collection<String>, _ db: Database) throws {
        if noteIDs.count > 32 {
            try db.execute(
                sql: "CREATE TEMP TABLE IF NOT EXISTS touched_notes (note_id TEXT PRIMARY KEY)")
            try db.execute(sql: "DELETE FROM temp.touched_notes")
            let add = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO temp.touched_notes(note_id) VALUES (?)")
            for noteID in noteIDs { try add.execute(arguments: [noteID]) }
            try db.execute(
                sql: """
                    UPDATE note_versions SET is_head = NOT EXISTS (
                        SELECT 1 FROM note_supersedes s WHERE s.superseded = note_versions.version_id)
                    WHERE note_id IN (SELECT note_id FROM temp.touched_notes);
                    DELETE FROM note_tags WHERE note_id IN (SELECT note_id FROM temp.touched_notes);
                    INSERT OR IGNORE INTO note_tags(application_id, tag, note_id)
                    SELECT v.application_id, j.value, v.note_id
                    FROM temp.touched_notes t JOIN note_versions v ON v.note_id = t.note_id,
                        json_each(v.tags) j
                    WHERE v.is_head = 1 AND v.text IS NOT NULL;
                    """)
            return
        }
        let heads = try db.cachedStatement(
            sql: """
                UPDATE note_versions SET is_head = NOT EXISTS (
                    SELECT 1 FROM note_supersedes s WHERE s.superseded = note_versions.version_id)
                WHERE note_id = ?
                """)
        let clear = try db.cachedStatement(sql: "DELETE FROM note_tags WHERE note_id = ?")
        let tags = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO note_tags(application_id, tag, note_id)
                SELECT v.application_id, j.value, v.note_id
                FROM note_versions v, json_each(v.tags) j
                WHERE v.note_id = ? AND v.is_head = 1 AND v.text IS NOT NULL
                """)
        for noteID in noteIDs {
            try heads.execute(arguments: [noteID])
            try clear.execute(arguments: [noteID])
            try tags.execute(arguments: [noteID])
        }
    }

    /// Of these notes, those with more than one head.
    static func conflicted(_ noteIDs: Set<String>, _ db: Database) throws -> [String] {
        if noteIDs.count > 32 {
            // refreshNotes left them in the temporary table.
            return try String.fetchAll(
                db,
                sql: """
                    SELECT v.note_id FROM temp.touched_notes t
                    JOIN note_versions v ON v.note_id = t.note_id AND v.is_head = 1
                    GROUP BY v.note_id HAVING COUNT(*) > 1 ORDER BY v.note_id
                    """)
        }
        return try noteIDs.sorted().filter {
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM note_versions WHERE note_id = ? AND is_head = 1",
                arguments: [$0]) ?? 0 > 1
        }
    }
}
