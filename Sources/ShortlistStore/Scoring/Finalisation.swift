import Foundation
import GRDB
import ShortlistCore

/// Whether the ranking shown as final is still the one that was finalised.
public enum FinalRankingCheck: Sendable, Equatable {
    case notFinal
    case matches
    /// What no longer matches, as a sentence to show.
    case mismatch(String)

    public var mismatch: String? {
        if case .mismatch(let reason) = self { return reason }
        return nil
    }
}

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
        let lead = "the final ranking no longer matches what was finalised: "
        let reopen =
            "; the chair may reopen it (`shortlist rank reopen --reason …`) and finalise it again"
        guard let digest = row[2] as String?, let canonical = row[3] as String? else {
            return .mismatch(
                lead
                    + "it was finalised before Shortlist kept a digest of it, so it cannot be checked"
                    + reopen)
        }
        guard sha256Hex(canonical) == digest else {
            return .mismatch(lead + "the stored record of it was altered" + reopen)
        }
        // The chain recorded the digest at finalise: a record rewritten whole (text and
        // digest) to fit changed marks is caught there. The newest finalise entry is near the
        // end of the trail, walked backwards by its key.
        if let after = try String.fetchOne(
            db,
            sql:
                "SELECT after FROM audit WHERE action = 'ranking.finalise' ORDER BY seq DESC LIMIT 1"
        ),
            let values = try? JSONSerialization.jsonObject(with: Data(after.utf8))
                as? [String: String],
            let recorded = values["digest"], recorded != digest
        {
            return .mismatch(
                lead + "its stored record is not the one the audit trail recorded at finalise"
                    + reopen)
        }
        let now = try now?() ?? canonicalRanking(db)
        guard sha256Hex(now) != digest else { return .matches }
        let differences = RankingDigest.differences(finalised: canonical, now: now)
        return .mismatch(
            lead
                + (differences.isEmpty ? "its digest differs" : differences.joined(separator: "; "))
                + reopen)
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
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("reopening the ranking needs a reason (--reason)")
        }
        try audited(actor, .finaliseRanking, action: "ranking.reopen") { db, audit in
            guard let final = try Self.finalisation(db) else {
                throw StoreError.invalid("the ranking is not final")
            }
            try db.execute(sql: "DELETE FROM ranking_finalisation")
            return (
                (), ["finalised_at": final.at, "finalised_by": final.by],
                ["reason": audit.digest(reason: reason)]
            )
        }
    }
}
