import Foundation
import GRDB
import ShortlistCore

/// One checklist item as recorded: met or not, by whom and when.
public struct RecruitmentCheck: Sendable, Equatable {
    public var item: RecruitmentItem
    public var met: Bool
    public var recordedBy: String
    public var recordedAt: String
}

enum RecruitmentChecklists {
    static let migration = "v14-recruitment-checklist"

    /// SQL: the candidate (`candidates.id`) has every item met.
    static func complete(_ dialect: any FilterDialect) -> String {
        "(SELECT count(*) FROM recruitment_checks r WHERE r.candidate_id = candidates.id AND \(dialect.isTrue("r.met"))) = \(RecruitmentItem.allCases.count)"
    }
}

extension SQLiteStore {
    /// Records checklist items for an invited candidate (chair, secretary). Stays editable
    /// after finalising: recruitment follows the final ranking.
    public func setRecruitmentChecks(
        _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
    ) throws {
        guard !settings.isEmpty else { throw InvitationRules.noChecks }
        try audited(actor, .invite, action: "recruitment.check", object: id.rawValue) { db, _ in
            let rowID = try Self.rowID(of: id, db)
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM invitations WHERE candidate_id = ?",
                    arguments: [rowID]) != nil
            else {
                throw InvitationRules.checklistNotInvited(id)
            }
            var before: [String: String] = [:]
            var after: [String: String] = [:]
            for (item, met) in settings {
                if let was = try Bool.fetchOne(
                    db,
                    sql: "SELECT met FROM recruitment_checks WHERE candidate_id = ? AND item = ?",
                    arguments: [rowID, item.rawValue])
                {
                    before[item.rawValue] = InvitationRules.word(was)
                }
                after[item.rawValue] = InvitationRules.word(met)
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO recruitment_checks(candidate_id, item, met, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?)
                        """, arguments: [rowID, item.rawValue, met, actor.name, now()])
            }
            return ((), before.isEmpty ? nil : before, after)
        }
    }

    /// A candidate's checklist: the items recorded, in checklist order.
    public func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
        try read { db in
            guard try InterviewSchema.hasChecklists(db) else { return [] }
            let rowID = try Self.rowID(of: id, db)
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT item, met, recorded_by, recorded_at FROM recruitment_checks WHERE candidate_id = ?",
                arguments: [rowID]
            ).compactMap { row in
                RecruitmentItem(rawValue: row[0]).map {
                    RecruitmentCheck(item: $0, met: row[1], recordedBy: row[2], recordedAt: row[3])
                }
            }.sorted { $0.item < $1.item }
        }
    }

    /// Per invited candidate, the items not (yet) met: the report's summary.
    public func recruitmentMissing() throws -> [ApplicationID: [RecruitmentItem]] {
        try read { db in
            guard try InterviewSchema.hasChecklists(db) else { return [:] }
            var met: [ApplicationID: Set<RecruitmentItem>] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.application_id, r.item FROM invitations i
                    JOIN candidates c ON c.id = i.candidate_id
                    LEFT JOIN recruitment_checks r ON r.candidate_id = i.candidate_id AND r.met = 1
                    """)
            {
                let id = ApplicationID(rawValue: row[0])
                met[id, default: []].formUnion(
                    [(row[1] as String?).flatMap(RecruitmentItem.init)].compactMap { $0 })
            }
            return met.mapValues { done in RecruitmentItem.allCases.filter { !done.contains($0) } }
        }
    }
}
