import Foundation
import GRDB
import ShortlistCore

/// What became of an invitation when the candidate did not come (issue 19, item 3).
public enum InvitationOutcome: String, Sendable, CaseIterable {
    case noShow = "no_show"
    case withdrawn

    /// How the report and the messages say it.
    public var text: String {
        switch self {
        case .noShow: "did not attend"
        case .withdrawn: "withdrew"
        }
    }
}

/// A recorded no-show or withdrawal: who recorded it, when and why.
public struct InvitationOutcomeRecord: Sendable, Equatable {
    public var outcome: InvitationOutcome
    public var reason: String
    public var recordedBy: String
    public var recordedAt: String
}

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
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid(
                "a \(outcome == .noShow ? "no-show" : "withdrawal") needs a reason (--reason)")
        }
        try audited(
            actor, .invite,
            action: "invitation.\(outcome.rawValue.replacingOccurrences(of: "_", with: "-"))",
            object: id.rawValue
        ) { db, audit in
            try Self.refuseIfFinal(db, "no-shows and withdrawals")
            let rowID = try Self.rowID(of: id, db)
            let was = try Self.outcome(rowID, db)
            try db.execute(
                sql: """
                    UPDATE invitations SET outcome = ?, outcome_reason = ?, outcome_by = ?, outcome_at = ?
                    WHERE candidate_id = ?
                    """, arguments: [outcome.rawValue, reason, actor.name, now(), rowID])
            guard db.changesCount == 1 else {
                throw StoreError.invalid("\(id) is not invited to interview")
            }
            return (
                (), was.map { ["outcome": $0.outcome.rawValue] },
                ["outcome": outcome.rawValue, "reason": audit.digest(reason: reason)]
            )
        }
    }

    /// Undoes a no-show or withdrawal: the candidate is expected and scored again.
    public func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
        try audited(actor, .invite, action: "invitation.attended", object: id.rawValue) { db, _ in
            try Self.refuseIfFinal(db, "no-shows and withdrawals")
            let rowID = try Self.rowID(of: id, db)
            guard let was = try Self.outcome(rowID, db) else {
                throw StoreError.invalid("\(id) has no no-show or withdrawal recorded")
            }
            try db.execute(
                sql: """
                    UPDATE invitations SET outcome = NULL, outcome_reason = NULL, outcome_by = NULL,
                    outcome_at = NULL WHERE candidate_id = ?
                    """, arguments: [rowID])
            return ((), ["outcome": was.outcome.rawValue], ["outcome": "attended"])
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
        guard let raw = row[offset] as String?, let outcome = InvitationOutcome(rawValue: raw)
        else { return nil }
        return InvitationOutcomeRecord(
            outcome: outcome, reason: row[offset + 1] ?? "", recordedBy: row[offset + 2] ?? "",
            recordedAt: row[offset + 3] ?? "")
    }
}
