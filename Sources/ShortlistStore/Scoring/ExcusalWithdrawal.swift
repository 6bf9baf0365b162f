import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The chair withdraws an excusal (the member attended after all, or was excused by
    /// mistake): the member is expected to score the candidate again. Refused once the ranking
    /// is final, like the excusal itself.
    public func withdrawExcuse(
        member: String, from id: ApplicationID, reason: String, by actor: Actor
    ) throws {
        try WriteRules.requireReason(
            reason, ScorecardRules.withdrawExcuseNeedsReason)
        try audited(actor, .excuseMember, action: "score.excuse-withdraw", object: id.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "scorecards")
            let rowID = try Self.invitedRowID(id, db)
            try db.execute(
                sql: "DELETE FROM excusals WHERE candidate_id = ? AND member = ?",
                arguments: [rowID, member])
            guard db.changesCount > 0 else {
                throw ScorecardRules.notExcused(member, id)
            }
            let (before, after) = ScorecardRules.excuseWithdrawnTrail(member, reason: reason, audit)
            return ((), before, after)
        }
    }

    /// The members excused from a candidate's interview, by name: whose excusal can be
    /// withdrawn.
    public func excusedMembers(of id: ApplicationID) throws -> [String] {
        try read { db in
            let rowID = try Self.rowID(of: id, db)
            return try String.fetchAll(
                db, sql: "SELECT member FROM excusals WHERE candidate_id = ? ORDER BY member",
                arguments: [rowID])
        }
    }
}
