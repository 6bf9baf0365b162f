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
    /// Makes a reviewer's copy at `url` (`NoteCopyFile`): the applications, their eligibility
    /// and keyword evidence, the call profile, the roster and every note, marked as a copy of
    /// this database, with an Ed25519 key pair of its own whose public key is recorded here
    /// with the copy's owner. Anyone on the roster may take one (they may read all of it);
    /// audited here.
    @discardableResult
    public func checkoutCopy(to url: URL, by actor: Actor) throws -> NoteCheckout {
        let family = try read { db in
            try Authorisation.require(.annotate, actor, db)
            return try Self.familyID(db)
        }
        return try NoteCopyFile.make(
            at: url, roster: try panelMembers(), family: family, by: actor, clock: clock,
            attaching: self.url,
            fill: { db in
                for table in NoteCopyFile.tables {
                    try db.execute(
                        sql: "INSERT INTO main.\(table) SELECT * FROM origin.\(table)")
                }
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO main.meta SELECT key, value FROM origin.meta WHERE key IN ('blind_mode', 'call_reference')"
                )
            },
            record: { result in
                try audited(actor, .annotate, action: "notes.checkout") { db, _ in
                    try db.execute(
                        sql:
                            "INSERT INTO note_copies(copy_id, owner, public_key, issued_at) VALUES (?, ?, ?, ?)",
                        arguments: [
                            result.copyDatabaseID, actor.name, result.publicKey, now(),
                        ])
                    return ((), nil, NoteCopyFile.auditAfter(result))
                }
            })
    }
}
