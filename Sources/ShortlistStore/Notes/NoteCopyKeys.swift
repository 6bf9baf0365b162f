import Crypto
import Foundation
import GRDB
import ShortlistCore

/// The keys that make a bundle trustworthy: each copy signs with a private key only its own
/// file holds; the database that issued the copy keeps the public key and the copy's owner. So
/// someone who can read the panel's database still cannot sign for a copy that is not theirs.
extension SQLiteStore {
    /// Made in the copy at checkout: returns the public key (base64) to record in the origin.
    static func makeCopyKey(copyID: String, _ db: Database) throws -> String {
        let key = Curve25519.Signing.PrivateKey()
        try db.execute(
            sql: "INSERT INTO note_copy_key(copy_id, private_key) VALUES (?, ?)",
            arguments: [copyID, key.rawRepresentation.base64EncodedString()])
        return key.publicKey.rawRepresentation.base64EncodedString()
    }

    /// Signs the bundle with this copy's key; returns it unsigned when this database holds no
    /// key for itself (it is not a copy).
    static func signed(_ bundle: NoteBundle, _ db: Database) throws -> NoteBundle {
        // A copy taken by an older Shortlist, opened read-only, has no key table at all.
        guard try db.tableExists("note_copy_key"),
            let stored = try String.fetchOne(
                db, sql: "SELECT private_key FROM note_copy_key WHERE copy_id = ?",
                arguments: [bundle.exportedFrom]),
            let raw = Data(base64Encoded: stored)
        else { return bundle }
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        var result = bundle
        result.signature = try key.signature(for: NoteCanonicalForm.signedBytes(of: bundle))
            .base64EncodedString()
        return result
    }

    /// Signs a bundle with this copy's key (for tools that build a bundle themselves, such as
    /// the benchmark); `exportedFrom` is set to this copy's id.
    public func sign(_ bundle: NoteBundle) throws -> NoteBundle {
        try read { db in
            var bundle = bundle
            bundle.exportedFrom =
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'database_id'")
                ?? ""
            return try Self.signed(bundle, db)
        }
    }

    /// The owner of the copy that signed the bundle, once the signature checks out against the
    /// key this database recorded when it issued that copy.
    static func verifiedOwner(of bundle: NoteBundle, source: String, _ db: Database) throws
        -> String
    {
        try NoteSignatureCheck.verifiedOwner(of: bundle, source: source) { copyID in
            try Row.fetchOne(
                db, sql: "SELECT owner, public_key FROM note_copies WHERE copy_id = ?",
                arguments: [copyID]
            ).map { IssuedNoteCopy(owner: $0[0], publicKey: $0[1]) }
        }
    }
}
