import Foundation
import GRDB
import ShortlistCore

extension Store {
    /// Whether the chair has finalised the ranking.
    public func isRankingFinal() throws -> Bool {
        try read { db in try Self.finalisation(db) != nil }
    }

    static func finalisation(_ db: Database) throws -> (at: String, by: String)? {
        guard
            let at = try String.fetchOne(
                db, sql: "SELECT value FROM meta WHERE key = 'ranking_finalised_at'"),
            let by = try String.fetchOne(
                db, sql: "SELECT value FROM meta WHERE key = 'ranking_finalised_by'")
        else { return nil }
        return (at, by)
    }

    /// Finalising freezes scorecards, overrides, conflicts, invitations and imports that would
    /// change an application; notes, exports and erasure stay possible.
    static func refuseIfFinal(_ db: Database, _ what: String) throws {
        if let final = try finalisation(db) {
            throw StoreError.invalid(
                "the ranking was finalised by \(final.by) at \(final.at): \(what) can no longer change "
                    + "(the chair may reopen it: `shortlist rank reopen --reason …`)")
        }
    }

    /// The chair finalises the ranking once every invited candidate is fully scored.
    public func finaliseRanking(by actor: Actor) throws {
        try audited(actor, .finaliseRanking, action: "ranking.finalise") { db, _ in
            try Self.refuseIfFinal(db, "the ranking")
            let states = try Self.scoringStates(db)
            let open = states.filter { !$0.value.state.isComplete }.map(\.value.applicationID)
                .sorted()
            guard open.isEmpty else {
                throw StoreError.invalid(
                    "\(open.count) invited candidate\(open.count == 1 ? " is" : "s are") not fully scored yet ("
                        + open.prefix(5).map(\.rawValue).joined(separator: ", ")
                        + (open.count > 5 ? ", …" : "")
                        + "): every member must submit, or be excused, first")
            }
            guard !states.isEmpty else {
                throw StoreError.invalid("nobody has been invited and scored yet")
            }
            let at = now()
            for (key, value) in [
                ("ranking_finalised_at", at), ("ranking_finalised_by", actor.name),
            ] {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    arguments: [key, value])
            }
            return ((), nil, ["candidates": String(states.count)])
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
            try db.execute(
                sql:
                    "DELETE FROM meta WHERE key IN ('ranking_finalised_at', 'ranking_finalised_by')"
            )
            return (
                (), ["finalised_at": final.at, "finalised_by": final.by],
                ["reason": audit.digest(reason: reason)]
            )
        }
    }
}
