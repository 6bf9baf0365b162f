import Foundation
import GRDB
import ShortlistCore

/// Interview slots on invitations (issue 19, docs/scoring.md "Interview slots").
enum InterviewSlots {
    static let migration = "v11-interview-slots"

    static func slot(_ row: Row, offset: Int = 0) -> InterviewSlot? {
        guard let at = row[offset] as String?, let time = Timestamp(iso: at) else { return nil }
        let languages = ((row[offset + 2] as String?) ?? "").split(separator: ",")
            .compactMap { LanguageCode(rawValue: String($0)) }
        return InterviewSlot(
            time: time, place: (row[offset + 1] as String?) ?? "", languages: languages)
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
                    throw StoreError.invalid(
                        "only eligible candidates can be invited (overrides included): \(id) is \(result ?? "not assessed")\(why.isEmpty ? "" : ": " + why)"
                    )
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
            if !others.isEmpty, !force {
                throw StoreError.invalid(
                    "\(slot.time) is already the slot of \(others.joined(separator: ", ")); give another time, or --force to interview them together"
                )
            }
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
                "\(row[0] as String) declared a conflict of interest on \(row[1] as String), interviewed at \(slot.time): they sit out this slot"
            }
            var before: [String: String]? = nil
            if let was, let old = InterviewSlots.slot(was) {
                before = [
                    "at": old.time.description, "where": audit.digest(old.place),
                    "languages": old.languageList,
                ]
            }
            let after = [
                "at": slot.time.description, "where": audit.digest(slot.place),
                "languages": slot.languageList,
            ]
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
