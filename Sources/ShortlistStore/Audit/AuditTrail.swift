import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The trail, oldest first; only for those whose role may read it.
    public func auditLog(candidate: ApplicationID? = nil, by actor: Actor, limit: Int? = nil) throws
        -> [AuditEntry]
    {
        try auditLog(filter: AuditFilter(candidate: candidate), by: actor, limit: limit)
    }

    /// The entries the filter keeps, oldest first: the first `limit` of them, or with
    /// `newest` the last `limit` (what a screen shows of a long trail).
    public func auditLog(
        filter: AuditFilter, by actor: Actor, limit: Int? = nil, newest: Bool = false
    ) throws -> [AuditEntry] {
        try read { db in
            try Authorisation.require(.readAuditTrail, actor, db)
            let condition = filter.condition
            var sql =
                "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit"
                + condition.sql
            let arguments = condition.arguments
            sql += newest ? " ORDER BY seq DESC" : " ORDER BY seq"
            if let limit { sql += " LIMIT \(limit)" }
            var entries = try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.entry)
            if newest { entries.reverse() }
            return try AuditValues.resolve(
                try ScoreRedaction(db, viewer: actor).redact(entries), for: actor, db)
        }
    }

    static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(
            seq: row[0], at: row[1], actor: row[2], action: row[3], object: row[4], before: row[5],
            after: row[6], prevHash: row[7], hash: row[8])
    }

    /// The trail's last entry as it stands (its sequence number is the trail's length); nil
    /// for an empty trail. Unlike `dataState`, exports count.
    public func auditHead() throws -> DataState? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1")
                .map { DataState(seq: $0[0], headHash: $0[1], at: $0[2]) }
        }
    }

    /// Recomputes the whole chain and names the first entry that does not hold: edited,
    /// deleted, inserted and reordered entries all break it, whether or not the triggers
    /// that forbid changes were dropped. A cut at the end cannot be seen from inside: compare
    /// the head with one recorded elsewhere (`expectedHead`, any case). The store keeps the
    /// length and head in a second place too (`audit_head`), which catches a cut by anyone
    /// who did not also rewrite that row. Every value the chain commits to through a salted
    /// digest and that is still stored is recomputed; erased ones are counted.
    public func verifyAuditTrail(expectedHead: String? = nil) throws -> AuditVerification {
        let expectedHead = expectedHead?.lowercased()
        return try read { db in
            var chain = AuditChainCheck()
            var digests: [AuditValues.Key: String] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq"
            )
            while let row = try rows.next() {
                let e = Self.entry(row)
                digests.merge(AuditValues.digests(of: e)) { a, _ in a }
                chain.add(e)
            }
            var problem = chain.problem.map { ($0.seq, $0.reason) }
            let (count, previousSeq, previousHash) = (chain.entries, chain.lastSeq, chain.head)
            if problem == nil {
                problem = try Self.compareWithRecordedHead(chain, db)
            }
            let values = try AuditValues.check(digests, db)
            if problem == nil { problem = values.problem }
            if problem == nil, let expectedHead, expectedHead != previousHash {
                let known = try Int64.fetchOne(
                    db, sql: "SELECT seq FROM audit WHERE hash = ?", arguments: [expectedHead])
                problem = (
                    previousSeq,
                    known.map {
                        "the trail goes on past the recorded head (entry \($0)) to entry \(previousSeq)"
                    }
                        ?? "the recorded head \(expectedHead.prefix(12))… is not in the trail: entries were cut from the end or the trail was replaced"
                )
            }
            return AuditVerification(
                entries: count, headHash: previousHash,
                firstProblem: problem.map { (seq: $0.0, reason: $0.1) },
                valuesChecked: values.checked, valuesErased: values.erased)
        }
    }

    /// The length and head recorded beside the trail (`AuditChainCheck.recordedHeadProblem`).
    private static func compareWithRecordedHead(_ chain: AuditChainCheck, _ db: Database)
        throws -> (Int64, String)?
    {
        // A database from before the record, opened read-only (so not migrated yet), has none.
        guard try AuditValues.isMigrated(db) else { return nil }
        guard try db.tableExists("audit_head"),
            let row = try Row.fetchOne(db, sql: "SELECT entries, hash FROM audit_head WHERE id = 1")
        else {
            return (chain.lastSeq, "the trail's recorded length and head are missing")
        }
        return chain.recordedHeadProblem(entries: row[0], hash: row[1]).map { ($0.seq, $0.reason) }
    }

    /// Appends one entry in its own transaction with the change it records: used by the
    /// store's write operations through `audited`.
    func audited<T>(
        _ actor: Actor, _ permission: PanelAction?, action: String, object: String? = nil,
        steps: WorkSteps = .unwatched,
        _ change: (Database, AuditWriter) throws -> (
            T, before: [String: String]?, after: [String: String]?
        )
    ) throws -> T {
        try write { db in
            if let permission { try Authorisation.require(permission, actor, db) }
            let audit = try AuditWriter(db)
            let (result, before, after) = try change(db, audit)
            try audit.append(
                at: now(), actor: actor.name, action: action, object: object, before: before,
                after: after)
            // Long work asked to stop after its last row still keeps nothing, entry included.
            try steps.checkCancelled()
            return result
        }
    }
}

extension SQLiteStore {
    /// Only for the benchmark: a long trail to verify, made of ordinary-looking entries.
    @_spi(Benchmark) public func appendSyntheticAuditEntries(count: Int) throws {
        try write { db in
            let audit = try AuditWriter(db)
            let at = now()
            for i in 0..<count {
                try audit.append(
                    at: at, actor: "member\(i % 3 + 1)", action: "score.set",
                    object: "APP-\(String(1_000_000 + i % 100_000).dropFirst())",
                    before: ["A1": String(i % 6)], after: ["A1": String((i + 1) % 6)])
            }
        }
    }
}

/// Only for the benchmark: the same on whichever engine stands behind `store`.
@_spi(Benchmark) public func appendSyntheticAuditEntries(to store: any PanelDatabase, count: Int)
    throws
{
    guard let file = store as? SQLiteStore else {
        throw StoreError.invalid("synthetic audit entries are made only in a SQLite file")
    }
    try file.appendSyntheticAuditEntries(count: count)
}
