import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Invites candidates to interview (chair, secretary). Only eligible candidates, overrides
    /// included, can be invited; if any cannot, nobody is invited and every reason is given.
    public func invite(_ ids: [ApplicationID], by actor: Actor) throws {
        try audited(actor, .invite, action: "invitation.add", object: InvitationRules.object(ids)) {
            db, _ in
            try Self.refuseIfFinal(db, "invitations")
            let rows = try InvitationRules.eligibleRows(
                ids,
                verdict: { id in
                    let rowID = try Self.rowID(of: id, db)
                    let result = try String.fetchOne(
                        db, sql: "SELECT result FROM eligibility WHERE candidate_id = ?",
                        arguments: [rowID])
                    return (rowID, result)
                }, why: { try Self.uneligibleReasons($0, db) })
            for rowID in rows {
                try db.execute(
                    sql:
                        "INSERT OR IGNORE INTO invitations(candidate_id, invited_by, invited_at) VALUES (?, ?, ?)",
                    arguments: [rowID, actor.name, now()])
            }
            return ((), nil, InvitationRules.invitedTrail(ids))
        }
    }

    /// Withdraws invitations; refused for a candidate some member has already submitted a
    /// card for.
    public func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
        try audited(
            actor, .invite, action: "invitation.withdraw", object: InvitationRules.object(ids)
        ) { db, _ in
            try Self.refuseIfFinal(db, "invitations")
            for id in ids {
                let rowID = try Self.rowID(of: id, db)
                if try Bool.fetchOne(
                    db,
                    sql:
                        "SELECT 1 FROM scorecards WHERE candidate_id = ? AND submitted_at IS NOT NULL",
                    arguments: [rowID]) != nil
                {
                    throw InvitationRules.hasSubmittedCards(id)
                }
                try db.execute(
                    sql: "DELETE FROM scorecards WHERE candidate_id = ?", arguments: [rowID])
                try db.execute(
                    sql: "DELETE FROM invitations WHERE candidate_id = ?", arguments: [rowID])
            }
            return ((), InvitationRules.invitedTrail(ids), nil)
        }
    }

    public func invitedCandidates() throws -> [ApplicationID] {
        try read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT c.application_id FROM invitations i JOIN candidates c ON c.id = i.candidate_id ORDER BY c.application_id"
            ).map(ApplicationID.init(rawValue:))
        }
    }

    static func uneligibleReasons(_ rowID: Int64, _ db: Database) throws -> String {
        guard let checks = try AssessmentRows.checks(of: rowID, db) else { return "" }
        let assessment = EligibilityAssessment(
            checks: checks, overrides: try AssessmentRows.overrides(of: rowID, db))
        return assessment.unresolved.map { "\($0.rule) \($0.result)" }.joined(separator: ", ")
    }
}

extension SQLiteStore {
    /// The first eligible applications by id (the demo's interview round picks from them).
    public func eligibleApplicationIDs(limit: Int) throws -> [ApplicationID] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT c.application_id FROM eligibility e JOIN candidates c ON c.id = e.candidate_id
                    WHERE e.result = 'eligible' ORDER BY c.application_id LIMIT ?
                    """, arguments: [limit]
            ).map(ApplicationID.init(rawValue:))
        }
    }
}
