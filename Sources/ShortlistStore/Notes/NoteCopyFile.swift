import Foundation
import GRDB
import ShortlistCore

/// An offline copy is always a new SQLite file, whichever engine holds the panel: what goes
/// into it, how it is marked as a copy and keyed, and how a failure on either side leaves
/// neither a file nor a record. Each engine says how it fills the tables and records the key.
enum NoteCopyFile {
    /// The tables a copy holds, in an order that keeps every reference satisfied. Nothing of
    /// scoring (invitations, scorecards, marks, excusals), screening, conflicts of interest,
    /// imports or the audit trail: the copy starts a trail of its own.
    static let tables = [
        "call_profile", "profile_criteria", "profile_scoring", "candidates", "candidate_texts",
        "eligibility", "overrides", "evidence", "note_versions", "note_supersedes", "note_tags",
        // Public keys only: the copies issued before this one, so that their bundles can be
        // merged here too. Never the origin's own private key.
        "note_copies",
    ]

    /// The origin's settings a copy keeps.
    static let metaKeys = ["blind_mode", "call_reference"]

    /// The origin's `notes.checkout` entry, the same on both engines.
    static func auditAfter(_ result: NoteCheckout) -> [String: String] {
        [
            "copy_id": result.copyDatabaseID, "candidates": String(result.candidates),
            "note_versions": String(result.noteVersions),
        ]
    }

    /// Creates the copy at `url` with `roster` (the one taking it first, so that the copy's own
    /// trail names them), fills it with `fill` in one transaction (`attaching` the origin's file
    /// as `origin` when it is one), marks it as a copy of `family`, makes its key pair, then
    /// lets the origin `record` the public key. Whatever fails after the file exists removes it;
    /// an existing file is never touched.
    static func make(
        at url: URL, roster: [PanelMember], family: String, by actor: Actor,
        clock: @escaping @Sendable () -> Date, attaching origin: URL? = nil,
        fill: (Database) throws -> Void, record: (NoteCheckout) throws -> Void
    ) throws -> NoteCheckout {
        let ordered =
            roster.filter { $0.name == actor.name } + roster.filter { $0.name != actor.name }
        let copy = try SQLiteStore.create(at: url, NewDatabase(roster: ordered), clock: clock)
        do {
            let result = try copy.fill(
                family: family, by: actor, attaching: origin, fill)
            try copy.close()
            try record(result)
            return result
        } catch {
            // The error being thrown says more than a failed close of a file about to go.
            try? copy.close()
            remove(url)
            throw error
        }
    }

    /// The copy's file and its journal files, after a checkout that failed.
    static func remove(_ url: URL) {
        for suffix in ["", "-wal", "-shm"] {
            // Absent journal files are the usual case: nothing to report.
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}

extension SQLiteStore {
    fileprivate func fill(
        family: String, by actor: Actor, attaching origin: URL?, _ body: (Database) throws -> Void
    ) throws -> NoteCheckout {
        try wrap {
            try pool.writeWithoutTransaction { db in
                if let origin {
                    try db.execute(sql: "ATTACH DATABASE ? AS origin", arguments: [origin.path])
                }
                defer {
                    // Detaching is tidiness: the connection is closed with the copy right after.
                    if origin != nil { try? db.execute(sql: "DETACH DATABASE origin") }
                }
                var result: NoteCheckout?
                try db.inTransaction {
                    try body(db)
                    try SearchIndexes.rebuild(db)
                    let at = now()
                    for (key, value) in [
                        ("copy_of", family), ("checked_out_by", actor.name), ("checked_out_at", at),
                    ] {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                            arguments: [key, value])
                    }
                    let copyID =
                        try String.fetchOne(
                            db, sql: "SELECT value FROM meta WHERE key = 'database_id'") ?? ""
                    let publicKey = try Self.makeCopyKey(copyID: copyID, db)
                    let candidates =
                        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidates") ?? 0
                    let versions =
                        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note_versions") ?? 0
                    try AuditWriter(db).append(
                        at: at, actor: actor.name, action: "notes.checkout", object: nil,
                        before: nil,
                        after: [
                            "copy_of": family, "candidates": String(candidates),
                            "note_versions": String(versions),
                        ])
                    result = NoteCheckout(
                        copyDatabaseID: copyID, originDatabaseID: family, candidates: candidates,
                        noteVersions: versions, publicKey: publicKey)
                    return .commit
                }
                return result!
            }
        }
    }
}
