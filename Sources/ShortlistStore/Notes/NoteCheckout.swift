import Foundation
import GRDB
import ShortlistCore

/// What a checkout wrote.
public struct NoteCheckout: Sendable, Equatable {
    public var copyDatabaseID: String
    public var originDatabaseID: String
    public var candidates: Int
    public var noteVersions: Int
    /// The copy's Ed25519 public key (base64), recorded in the origin with its owner.
    public var publicKey: String
}

extension SQLiteStore {
    /// Makes a reviewer's copy at `url`: the applications, their eligibility and keyword
    /// evidence, the call profile, the roster and every note, marked as a copy of this
    /// database, with an Ed25519 key pair of its own: the private key stays in the copy, the
    /// public key is recorded here with the copy's owner. Nothing of scoring (invitations,
    /// scorecards, marks, excusals), screening, conflicts of interest, imports or the audit
    /// trail goes into it: it starts a trail of its own. Anyone on the roster may take one (they may read all of it); audited here.
    @discardableResult
    public func checkoutCopy(to url: URL, by actor: Actor) throws -> NoteCheckout {
        let family = try read { db in
            try Authorisation.require(.annotate, actor, db)
            return try Self.familyID(db)
        }
        let roster = try panelMembers()
        // The one taking the copy first, so that the copy's own trail names them.
        let ordered =
            roster.filter { $0.name == actor.name } + roster.filter { $0.name != actor.name }
        let copy = try SQLiteStore.create(at: url, NewDatabase(roster: ordered), clock: clock)
        do {
            let result = try copy.fill(from: self, family: family, by: actor)
            try copy.close()
            try audited(actor, .annotate, action: "notes.checkout") { db, _ in
                try db.execute(
                    sql:
                        "INSERT INTO note_copies(copy_id, owner, public_key, issued_at) VALUES (?, ?, ?, ?)",
                    arguments: [result.copyDatabaseID, actor.name, result.publicKey, now()])
                return (
                    (), nil,
                    [
                        "copy_id": result.copyDatabaseID, "candidates": String(result.candidates),
                        "note_versions": String(result.noteVersions),
                    ]
                )
            }
            return result
        } catch {
            try? copy.close()
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: url.path + suffix)
            }
            throw error
        }
    }

    private func fill(from origin: SQLiteStore, family: String, by actor: Actor) throws
        -> NoteCheckout
    {
        try wrap {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS origin", arguments: [origin.url.path])
                defer { try? db.execute(sql: "DETACH DATABASE origin") }
                var result: NoteCheckout?
                try db.inTransaction {
                    for table in [
                        "call_profile", "profile_criteria", "profile_scoring", "candidates",
                        "candidate_texts", "eligibility", "overrides", "evidence", "note_versions",
                        "note_supersedes", "note_tags",
                        // Public keys only: the copies issued before this one, so that their
                        // bundles can be merged here too. Never the origin's own private key.
                        "note_copies",
                    ] {
                        try db.execute(
                            sql: "INSERT INTO main.\(table) SELECT * FROM origin.\(table)")
                    }
                    try db.execute(
                        sql:
                            "INSERT OR REPLACE INTO main.meta SELECT key, value FROM origin.meta WHERE key IN ('blind_mode', 'call_reference')"
                    )
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
