import Foundation
import GRDB
import ShortlistCore

/// Interview slots on invitations (issue 19, docs/scoring.md "Interview slots").
enum InterviewSlots {
    static let migration = "v11-interview-slots"

    static func slot(_ row: Row, offset: Int = 0) -> InterviewSlot? {
        InterviewSlot(storedAt: row[offset], place: row[offset + 1], languages: row[offset + 2])
    }
}

extension SQLiteStore {
    /// Invites one candidate with a slot, or moves an invited candidate's slot (chair,
    /// secretary). Another candidate already in the same instant is refused unless `force`;
    /// returns warnings, one per member with a declared conflict on a candidate of that slot,
    /// so that the chair can plan who sits out.
    @discardableResult
    public func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool = false, by actor: Actor
    ) throws -> [String] {
        try audited(actor, .invite, action: "invitation.slot", object: id.rawValue) { db, audit in
            try Self.refuseIfFinal(db, "invitations")
            let rowID = try Self.rowID(of: id, db)
            let was = try Row.fetchOne(
                db,
                sql:
                    "SELECT slot_at, slot_place, slot_languages FROM invitations WHERE candidate_id = ?",
                arguments: [rowID])
            if was == nil {
                let result = try String.fetchOne(
                    db, sql: "SELECT result FROM eligibility WHERE candidate_id = ?",
                    arguments: [rowID])
                guard result == EligibilityResult.eligible.rawValue else {
                    let why = try Self.uneligibleReasons(rowID, db)
                    throw InvitationRules.refusedOne(
                        InvitationRules.uninvitable(id, result, why: why))
                }
                try db.execute(
                    sql:
                        "INSERT INTO invitations(candidate_id, invited_by, invited_at) VALUES (?, ?, ?)",
                    arguments: [rowID, actor.name, now()])
            }
            let others = try String.fetchAll(
                db,
                sql: """
                    SELECT c.application_id FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.slot_epoch = ? AND i.candidate_id <> ? ORDER BY c.application_id
                    """, arguments: [slot.time.secondsSinceEpoch, rowID])
            if !others.isEmpty, !force { throw InvitationRules.slotTaken(slot, by: others) }
            try db.execute(
                sql: """
                    UPDATE invitations SET slot_at = ?, slot_epoch = ?, slot_place = ?, slot_languages = ?
                    WHERE candidate_id = ?
                    """,
                arguments: [
                    slot.time.description, slot.time.secondsSinceEpoch, slot.place,
                    slot.languageList, rowID,
                ])
            let conflicted = try Row.fetchAll(
                db,
                sql: """
                    SELECT k.member, c.application_id FROM conflicts k
                    JOIN candidates c ON c.id = k.candidate_id
                    JOIN invitations i ON i.candidate_id = k.candidate_id
                    WHERE i.slot_epoch = ? ORDER BY k.member, c.application_id
                    """, arguments: [slot.time.secondsSinceEpoch])
            let warnings = conflicted.map { row in
                InvitationRules.conflictWarning(row[0], row[1], slot)
            }
            let (before, after) = InvitationRules.slotTrail(
                was: was.flatMap { InterviewSlots.slot($0) }, now: slot, audit)
            return (warnings, before, after)
        }
    }

    /// Every slot set, by application id.
    public func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
        try read { db in
            guard try InterviewSchema.hasSlots(db) else { return [:] }
            var slots: [ApplicationID: InterviewSlot] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.application_id, i.slot_at, i.slot_place, i.slot_languages
                    FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.slot_at IS NOT NULL
                    """)
            {
                if let slot = InterviewSlots.slot(row, offset: 1) {
                    slots[ApplicationID(rawValue: row[0])] = slot
                }
            }
            return slots
        }
    }
}
