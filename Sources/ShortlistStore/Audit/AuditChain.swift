import Crypto
import Foundation
import GRDB
import ShortlistCore

/// Appends entries to the trail inside the caller's transaction, keeping the last hash in
/// hand so that a long run of entries (an import) does not read it back each time.
final class AuditWriter: AuditDigests {
    private let db: Database
    private let insert: Statement
    private let recordHead: Statement
    private var lastSeq: Int64
    private var lastHash: String
    /// Values handed out as digests (`AuditDigests`), written beside the next entry that
    /// carries their digest.
    private var pending: [String: AuditValues.Pending] = [:]

    init(_ db: Database) throws {
        self.db = db
        insert = try db.cachedStatement(
            sql: """
                INSERT INTO audit(seq, at, actor, action, object, before, after, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        recordHead = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO audit_head(id, entries, hash) VALUES (1, ?, ?)")
        if let row = try Row.fetchOne(
            db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        {
            lastSeq = row[0]
            lastHash = row[1]
        } else {
            lastSeq = 0
            lastHash = AuditChain.genesis
        }
    }

    func hold(_ item: AuditValues.Pending) -> String {
        pending[item.digest] = item
        return item.digest
    }

    func append(
        at: String, actor: String, action: String, object: String? = nil,
        before: [String: String]? = nil, after: [String: String]? = nil
    ) throws {
        let seq = lastSeq + 1
        let beforeJSON = AuditChain.json(before)
        let afterJSON = AuditChain.json(after)
        let hash = AuditChain.hash(
            previous: lastHash, seq: seq, at: at, actor: actor, action: action, object: object,
            before: beforeJSON, after: afterJSON)
        try insert.execute(arguments: [
            seq, at, actor, action, object, beforeJSON, afterJSON, lastHash, hash,
        ])
        if !pending.isEmpty {
            // Only the values this entry carries: a change may append another entry first
            // (the profile lock on the first mark) while its own values wait.
            let used = try AuditValues.store(
                pending, seq: seq, object: object, before: before, after: after, db)
            for digest in used { pending[digest] = nil }
        }
        // A statement on a one-row table: a few microseconds, even for an import's entries.
        try recordHead.execute(arguments: [seq, hash])
        lastSeq = seq
        lastHash = hash
    }
}

extension Sequence where Element == UInt8 {
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SHA256.Digest {
    var hex: String { Array(self).hex }
}

/// SHA-256 of a text, as hex: for values that are no one's personal data (a call profile),
/// or too long and varied to be guessed (a whole application). Free text and marks enter the
/// trail through `AuditWriter.digest` instead: an unsalted hash would confirm a guess.
func sha256Hex(_ text: String) -> String {
    SHA256.hash(data: Array(text.utf8)).hex
}

/// JSON text written by hand where it is written once a row: Foundation's encoder costs more
/// than the insert.
enum JSONText {
    static func array(_ items: [String]) -> String {
        var out = "["
        out.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 3 })
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            JSONQuoting.appendQuoted(item, to: &out)
        }
        out += "]"
        return out
    }
}
