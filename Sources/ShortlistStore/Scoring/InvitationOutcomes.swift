import Foundation
import GRDB
import ShortlistCore

enum InvitationOutcomes {
    static let migration = "v12-invitation-outcomes"
}

extension SQLiteStore {
    /// Records that an invited candidate did not attend or withdrew (chair, secretary): they
    /// leave the expected cards and the ranking and cannot be scored; their cards stay, so
    /// that undoing it (`attended`) brings them back as they were. Frozen with the ranking.
    public func recordOutcome(
        _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
    ) throws {
        let reason = try InvitationRules.outcomeReason(reason, for: outcome)
        try audited(actor, .invite, action: outcome.auditAction, object: id.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "no-shows and withdrawals")
            let rowID = try Self.rowID(of: id, db)
            let was = try Self.outcome(rowID, db)
            try db.execute(
                sql: """
                    UPDATE invitations SET outcome = ?, outcome_reason = ?, outcome_by = ?, outcome_at = ?
                    WHERE candidate_id = ?
                    """, arguments: [outcome.rawValue, reason, actor.name, now(), rowID])
            guard db.changesCount == 1 else { throw InvitationRules.notInvited(id) }
            let (before, after) = InvitationRules.outcomeTrail(
                was: was, now: outcome, reason: reason, audit)
            return ((), before, after)
        }
    }

    /// Undoes a no-show or withdrawal: the candidate is expected and scored again.
    public func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
        try audited(actor, .invite, action: "invitation.attended", object: id.rawValue) { db, _ in
            try Self.refuseIfFinal(db, "no-shows and withdrawals")
            let rowID = try Self.rowID(of: id, db)
            guard let was = try Self.outcome(rowID, db) else { throw InvitationRules.noOutcome(id) }
            try db.execute(
                sql: """
                    UPDATE invitations SET outcome = NULL, outcome_reason = NULL, outcome_by = NULL,
                    outcome_at = NULL WHERE candidate_id = ?
                    """, arguments: [rowID])
            let (before, after) = InvitationRules.attendedTrail(was: was)
            return ((), before, after)
        }
    }

    /// Every recorded no-show and withdrawal, by application id.
    public func invitationOutcomes() throws -> [ApplicationID: InvitationOutcomeRecord] {
        try read { db in
            guard try InterviewSchema.hasOutcomes(db) else { return [:] }
            var found: [ApplicationID: InvitationOutcomeRecord] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.application_id, i.outcome, i.outcome_reason, i.outcome_by, i.outcome_at
                    FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.outcome IS NOT NULL
                    """)
            {
                if let record = Self.outcomeRecord(row, offset: 1) {
                    found[ApplicationID(rawValue: row[0])] = record
                }
            }
            return found
        }
    }

    static func outcome(_ rowID: Int64, _ db: Database) throws -> InvitationOutcomeRecord? {
        guard try InterviewSchema.hasOutcomes(db) else { return nil }
        return try Row.fetchOne(
            db,
            sql:
                "SELECT outcome, outcome_reason, outcome_by, outcome_at FROM invitations WHERE candidate_id = ?",
            arguments: [rowID]
        ).flatMap { outcomeRecord($0) }
    }

    static func outcomeRecord(_ row: Row, offset: Int = 0) -> InvitationOutcomeRecord? {
        InvitationOutcomeRecord(
            stored: row[offset], reason: row[offset + 1], by: row[offset + 2], at: row[offset + 3])
    }
}
