import Crypto
import Foundation
import GRDB
import ShortlistCore

/// The values the chain commits to only through salted digests (`audit_values`): free text
/// that may name a candidate and interview marks. The entry holds HMAC-SHA-256(salt, value);
/// the value and its 128-bit salt live in an ordinary row, so that an erasure clears both
/// and the chain still verifies. Without the salt a digest confirms no guess, not even one of
/// six marks.
enum AuditValues {
    /// How a digest reads inside an entry's `before` or `after` object.
    static let prefix = "hmac-sha256:"

    enum Kind: String {
        /// Shown by `audit log` until erased.
        case reason
        /// Shown only as its digest (or as erased).
        case text
        /// Shown where its card may be seen; never erased.
        case mark
    }

    struct Pending {
        var value: String
        var kind: Kind
        var sealed: Bool
        var salt: [UInt8]
        var digest: String

        init(value: String, kind: Kind, sealed: Bool) {
            self.value = value
            self.kind = kind
            self.sealed = sealed
            salt = Array(SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) })
            digest = AuditValues.prefix + AuditValues.hmac(salt: salt, value: value)
        }
    }

    static func hmac(salt: [UInt8], value: String) -> String {
        Array(
            HMAC<SHA256>.authenticationCode(
                for: Array(value.utf8), using: SymmetricKey(data: salt))
        ).hex
    }

    /// Writes the rows of the values an entry just appended carries; returns their digests.
    static func store(
        _ pending: [String: Pending], seq: Int64, object: String?, before: [String: String]?,
        after: [String: String]?, _ db: Database
    ) throws -> [String] {
        var used: [String] = []
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO audit_values(seq, side, key, object, kind, sealed, salt, value)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (side, values) in [("before", before), ("after", after)] {
            for (key, digest) in values ?? [:] {
                guard let item = pending[digest] else { continue }
                try insert.execute(arguments: [
                    seq, side, key, object, item.kind.rawValue, item.sealed, Data(item.salt),
                    item.value,
                ])
                used.append(digest)
            }
        }
        return used
    }

    /// Clears the value and salt of every text about `object`, keeping when and by whom.
    /// Marks stay: they are pseudonymous, and the ranking rests on them.
    static func erase(object: String, at: String, by actor: String, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE audit_values SET value = NULL, salt = NULL, erased_at = ?, erased_by = ?
                WHERE object = ? AND kind IN ('reason', 'text') AND value IS NOT NULL
                """, arguments: [at, actor, object])
    }

    /// The same for every text that contains one of `names` (lower case).
    static func erase(naming names: Set<String>, at: String, by actor: String, _ db: Database)
        throws
    {
        guard !names.isEmpty else { return }
        // SQLite's lower() folds ASCII only: compare in Swift, one pass for the whole purge.
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT seq, side, key, value FROM audit_values WHERE kind IN ('reason', 'text') AND value IS NOT NULL"
        )
        let clear = try db.cachedStatement(
            sql: """
                UPDATE audit_values SET value = NULL, salt = NULL, erased_at = ?, erased_by = ?
                WHERE seq = ? AND side = ? AND key = ?
                """)
        for row in rows {
            let value = (row[3] as String).lowercased()
            guard names.contains(where: { value.contains($0) }) else { continue }
            try clear.execute(arguments: [
                at, actor, row[0] as Int64, row[1] as String, row[2] as String,
            ])
        }
    }

    /// Replaces the digests of the entries handed out with what they stand for: a reason or
    /// mark as written, or when and by whom a value was erased; a text keeps its digest.
    /// Run after `ScoreRedaction`, which has already removed every digest of a card the
    /// viewer may not see. The values are read in one statement that asks only for what
    /// `viewer` may see: a sealed value (a card's mark, comment or note) only from the
    /// viewer's own entry, or from a submission of a card the sealing rule lets them see.
    static func resolve(_ entries: [AuditEntry], for viewer: Actor, _ db: Database) throws
        -> [AuditEntry]
    {
        guard try isMigrated(db) else { return entries }
        let wanted = AuditValueDisplay.wanted(entries)
        guard !wanted.isEmpty else { return entries }
        let sealing = SQLiteSealing(viewer)
        let rule = SealingCondition.othersSubmittedCardsVisible
        var arguments = sealing.arguments
        arguments += ["seqs": "[" + wanted.map(String.init).joined(separator: ",") + "]"]
        var shown: [Int64: [String: [String: String]]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    WITH \(sealing.table(for: [rule], scope: "1")),
                    visible(application_id) AS MATERIALIZED (
                      SELECT c.application_id FROM invitations i
                      JOIN candidates c ON c.id = i.candidate_id
                      JOIN sealing ON sealing.candidate_id = i.candidate_id
                      WHERE \(try ScoringData.present(db)) AND \(sealing.render(rule)))
                    SELECT v.seq, v.side, v.key, v.value, v.erased_at, v.erased_by, v.kind
                    FROM audit_values v JOIN audit a ON a.seq = v.seq
                    WHERE v.seq IN (SELECT value FROM json_each(:seqs))
                      AND (NOT v.sealed OR a.actor = :sealing_viewer
                        OR (a.action = 'score.submit'
                          AND a.object IN (SELECT application_id FROM visible)))
                    """), arguments: arguments)
        {
            guard
                let text = AuditValueDisplay.shown(
                    value: row[3], kind: row[6], erasedAt: row[4], erasedBy: row[5])
            else { continue }
            shown[row[0], default: [:]][row[1], default: [:]][row[2]] = text
        }
        return AuditValueDisplay.substituted(entries, shown)
    }

    static func decode(_ json: String) -> [String: String]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: String]
    }

    /// What checking the stored values against the chain found.
    struct Check {
        var checked = 0
        var erased = 0
        var problem: (Int64, String)?
    }

    /// Recomputes the digest of every value still stored and compares it with the one its
    /// entry holds. `digests` are the digests found in the chain: one with no row at all was
    /// removed without an erasure record; a row no entry commits to was forged.
    static func check(_ digests: [Key: String], _ db: Database) throws -> Check {
        var result = Check()
        guard try isMigrated(db) else { return result }
        var seen = Set<Key>()
        let rows = try Row.fetchCursor(
            db, sql: "SELECT seq, side, key, salt, value FROM audit_values ORDER BY seq")
        while let row = try rows.next() {
            let key = Key(seq: row[0], side: row[1], key: row[2])
            seen.insert(key)
            guard let digest = digests[key] else {
                result.problem =
                    result.problem
                    ?? (
                        key.seq,
                        "a stored value claims entry \(key.seq)'s “\(key.key)”, which the entry does not commit to"
                    )
                continue
            }
            guard let value = row[4] as String? else {
                result.erased += 1
                continue
            }
            let salt = (row[3] as Data?).map { Array($0) } ?? []
            result.checked += 1
            if prefix + hmac(salt: salt, value: value) != digest {
                result.problem =
                    result.problem
                    ?? (
                        key.seq, "entry \(key.seq)'s “\(key.key)” was changed after it was recorded"
                    )
            }
        }
        if let missing = digests.keys.filter({ !seen.contains($0) }).min(by: { $0.seq < $1.seq }) {
            result.problem =
                result.problem
                ?? (
                    missing.seq,
                    "the value behind entry \(missing.seq)'s “\(missing.key)” was removed without an erasure record"
                )
        }
        return result
    }

    /// Whether the database has the tables (an older one opened read-only is not migrated).
    /// Once it was migrated, a missing table is a problem the queries then report.
    static func isMigrated(_ db: Database) throws -> Bool {
        try db.tableExists("audit_values")
            || Schema.migrator.appliedIdentifiers(db).contains(migration)
    }

    static let migration = "v9-audit-values-and-head"

    struct Key: Hashable {
        var seq: Int64
        var side: String
        var key: String
    }

    /// The digests an entry's `before` and `after` hold.
    static func digests(of entry: AuditEntry) -> [Key: String] {
        var found: [Key: String] = [:]
        for (side, json) in [("before", entry.before), ("after", entry.after)] {
            guard let json, json.contains(prefix), let object = decode(json) else { continue }
            for (key, value) in object where value.hasPrefix(prefix) {
                found[Key(seq: entry.seq, side: side, key: key)] = value
            }
        }
        return found
    }
}
