import Crypto
import Foundation
import ShortlistCore

// Engine-neutral: what every engine hashes and checks the same way, so that a trail moved
// from one engine to another verifies unchanged.

/// The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's
/// own canonical content (its sequence number included, so that moving, removing or adding
/// an entry breaks the chain from there on).
enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    static func hash(
        previous: String, seq: Int64, at: String, actor: String, action: String, object: String?,
        before: String?, after: String?
    ) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        for part in [
            String(seq), at, actor, action, object ?? "\u{0}", before ?? "\u{0}", after ?? "\u{0}",
        ] {
            // Length-prefixed, so that no two different entries share a byte sequence.
            hasher.update(data: Array("\(part.utf8.count):".utf8))
            hasher.update(data: Array(part.utf8))
        }
        return hasher.finalize().hex
    }

    /// A JSON object with sorted keys and no spaces: the same values always give the same
    /// text, and so the same hash.
    static func json(_ object: [String: String]?) -> String? {
        guard let object else { return nil }
        var out = "{"
        for (i, key) in object.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            out += quoted(key) + ":" + quoted(object[key]!)
        }
        return out + "}"
    }

    static func quoted(_ text: String) -> String { JSONQuoting.quoted(text) }
}

/// Walks a trail in sequence order and finds the first entry that does not hold: a gap or a
/// step back in the numbering, a link to another entry than the one before, or content that
/// does not match its hash. Each engine reads its rows and feeds them in.
struct AuditChainCheck {
    private(set) var entries = 0
    private(set) var lastSeq: Int64 = 0
    private(set) var head = AuditChain.genesis
    private(set) var problem: (seq: Int64, reason: String)?

    mutating func add(_ e: AuditEntry) {
        entries += 1
        if problem == nil { problem = Self.check(e, after: lastSeq, head) }
        lastSeq = e.seq
        head = e.hash
    }

    private static func check(_ e: AuditEntry, after previousSeq: Int64, _ previousHash: String)
        -> (Int64, String)?
    {
        if e.seq != previousSeq + 1 {
            let missing = e.seq - previousSeq - 1
            return (
                e.seq,
                e.seq > previousSeq + 1
                    ? "entry \(e.seq) follows entry \(previousSeq): \(missing) entr\(missing == 1 ? "y is" : "ies are") missing"
                    : "entry \(e.seq) is out of order"
            )
        }
        if e.prevHash != previousHash {
            return (
                e.seq,
                "entry \(e.seq) does not link to the entry before it (inserted, removed or reordered)"
            )
        }
        let recomputed = AuditChain.hash(
            previous: e.prevHash, seq: e.seq, at: e.at, actor: e.actor, action: e.action,
            object: e.object, before: e.before, after: e.after)
        if recomputed != e.hash {
            return (e.seq, "entry \(e.seq) was altered: its content does not match its hash")
        }
        return nil
    }

    /// The length and head every append records beside the trail: fewer entries than
    /// recorded means some were deleted (all of them, even), another head that the trail was
    /// replaced or rewritten.
    func recordedHeadProblem(entries recorded: Int64, hash recordedHash: String)
        -> (seq: Int64, reason: String)?
    {
        if Int64(entries) < recorded {
            return (
                lastSeq,
                "the trail holds \(entries) entries but \(recorded) were recorded: entries were deleted"
            )
        }
        if Int64(entries) > recorded {
            return (
                lastSeq,
                "the trail holds \(entries) entries but only \(recorded) were recorded: entries were added outside Shortlist"
            )
        }
        if recordedHash != head {
            return (
                lastSeq,
                "the trail's head \(head.prefix(12))… is not the recorded head \(recordedHash.prefix(12))…: the trail was rewritten"
            )
        }
        return nil
    }
}
