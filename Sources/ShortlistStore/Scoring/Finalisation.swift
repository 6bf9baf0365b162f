import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Whether the chair has finalised the ranking.
    public func isRankingFinal() throws -> Bool {
        try read { db in try Self.finalisation(db) != nil }
    }

    static func finalisation(_ db: Database) throws -> (at: String, by: String)? {
        try finalisationRow(db).map { ($0[0], $0[1]) }
    }

    /// At, by, digest and canonical text. A database opened read-only before its migration
    /// to v7 still has the finalisation in `meta`, without a digest.
    static func finalisationRow(_ db: Database) throws -> Row? {
        guard try db.tableExists("ranking_finalisation") else {
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT a.value, b.value, NULL, NULL FROM meta a, meta b
                    WHERE a.key = 'ranking_finalised_at' AND b.key = 'ranking_finalised_by'
                    """)
        }
        return try Row.fetchOne(
            db,
            sql:
                "SELECT finalised_at, finalised_by, digest, canonical FROM ranking_finalisation WHERE id = 1"
        )
    }

    /// Finalising freezes scorecards, overrides, conflicts, invitations, the roster's chair and
    /// member entries and imports that would change an application; notes, exports and
    /// erasure stay possible.
    static func refuseIfFinal(_ db: Database, _ what: String) throws {
        if let final = try finalisation(db) {
            throw StoreError.invalid(
                "the ranking was finalised by \(final.by) at \(final.at): \(what) can no longer change "
                    + "(the chair may reopen it: `shortlist rank reopen --reason …`)")
        }
    }

    /// The ranking as it stands, in the canonical text its digest is taken over: every fully
    /// scored candidate, whoever looks (sealing hides values from people, not from the check).
    static func canonicalRanking(_ db: Database) throws -> String {
        guard let scheme = try scheme(db) else { return RankingDigest.canonicalText([]) }
        let candidates = try ScoringData.load(db, for: .panel)
        return RankingAssembly.canonicalRanking(
            candidates, RankingAssembly.fullRanking(candidates, scheme))
    }

    /// Whether a ranking marked final is still exactly the one finalised.
    public func checkFinalRanking() throws -> FinalRankingCheck {
        try read { db in try Self.checkFinalRanking(db) }
    }

    /// `now`: the canonical text of the ranking as it stands, when the caller has it.
    static func checkFinalRanking(_ db: Database, now: (() -> String)? = nil) throws
        -> FinalRankingCheck
    {
        guard let row = try finalisationRow(db) else { return .notFinal }
        return try FinalRankingCheck.judging(
            digest: row[2] as String?, canonical: row[3] as String?,
            // The newest finalise entry is near the end of the trail, walked backwards by its key.
            finaliseEntry: {
                try String.fetchOne(
                    db,
                    sql:
                        "SELECT after FROM audit WHERE action = 'ranking.finalise' ORDER BY seq DESC LIMIT 1"
                )
            }, now: { try now?() ?? canonicalRanking(db) })
    }

    /// The chair finalises the ranking once every invited candidate is fully scored.
    public func finaliseRanking(by actor: Actor) throws {
        try audited(actor, .finaliseRanking, action: "ranking.finalise") { db, _ in
            if let refusal = try Self.finalisationRefusal(db) {
                throw StoreError.invalid(refusal)
            }
            let states = try Self.scoringStates(db)
            let canonical = try Self.canonicalRanking(db)
            let digest = sha256Hex(canonical)
            try db.execute(
                sql: """
                    INSERT INTO ranking_finalisation(id, finalised_at, finalised_by, digest, canonical)
                    VALUES (1, ?, ?, ?, ?)
                    """, arguments: [now(), actor.name, digest, canonical])
            return ((), nil, ["candidates": String(states.count), "digest": digest])
        }
    }

    /// Reopens a final ranking, with the reason.
    public func reopenRanking(reason: String, by actor: Actor) throws {
        try WriteRules.requireReason(reason, RankingRules.reopenNeedsReason)
        try audited(actor, .finaliseRanking, action: "ranking.reopen") { db, audit in
            guard let final = try Self.finalisation(db) else { throw RankingRules.notFinal }
            try db.execute(sql: "DELETE FROM ranking_finalisation")
            let (before, after) = RankingRules.reopenTrail(
                finalised: final, reason: reason, audit)
            return ((), before, after)
        }
    }
}
