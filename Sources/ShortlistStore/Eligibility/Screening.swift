import Foundation
import GRDB
import ShortlistCore

/// What the panel marked for one candidate before interviews: every member's marks and notes.
public struct CandidateScreening: Sendable, Equatable {
    public var entries: [ScreeningEntry]
    public var notes: [String: String]
    public var summary: ScreeningSummary
}

extension SQLiteStore {
    /// A member's screening marks for one candidate, each criterion `met`, `partly`,
    /// `not_met` or `unknown`, with an optional note. A member with a conflict of interest
    /// cannot screen that candidate; nobody screens before the panel adopts its grid, nor
    /// before making their declarations.
    public func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String? = nil,
        by actor: Actor
    ) throws {
        try audited(actor, .screen, action: "screening.mark", object: id.rawValue) {
            db, audit in
            try Self.requireOpenRound(actor, "screen", db)
            let rowID = try Self.rowID(of: id, db)
            try Self.refuseIfConflicted(actor, rowID, id, "screen", db)
            let known = Set(try Self.criteria(db).map(\.0))
            for criterion in marks.keys where !known.contains(criterion) {
                throw StoreError.invalid(
                    "“\(criterion)” is not a criterion of this call; the criteria are "
                        + known.sorted().map(\.rawValue).joined(separator: ", "))
            }
            var before: [String: String] = [:]
            var after: [String: String] = [:]
            for (criterion, mark) in marks.sorted(by: { $0.key < $1.key }) {
                if let old = try String.fetchOne(
                    db,
                    sql:
                        "SELECT mark FROM screening WHERE candidate_id = ? AND member = ? AND criterion = ?",
                    arguments: [rowID, actor.name, criterion.rawValue])
                {
                    before[criterion.rawValue] = old
                }
                after[criterion.rawValue] = mark.rawValue
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO screening(candidate_id, member, criterion, mark, marked_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [rowID, actor.name, criterion.rawValue, mark.rawValue, now()])
            }
            if let note {
                after["note"] = audit.digest(note)
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO screening_notes(candidate_id, member, note, written_at) VALUES (?, ?, ?, ?)",
                    arguments: [rowID, actor.name, note, now()])
            }
            return ((), before.isEmpty ? nil : before, after)
        }
    }

    public func screening(of id: ApplicationID) throws -> CandidateScreening {
        try read { db in
            let rowID = try Self.rowID(of: id, db)
            let entries = try Self.screeningEntries(rowID, db)
            let notes = try Row.fetchAll(
                db,
                sql:
                    "SELECT member, note FROM screening_notes WHERE candidate_id = ? ORDER BY member",
                arguments: [rowID]
            ).reduce(into: [String: String]()) { $0[$1[0]] = $1[1] }
            return CandidateScreening(
                entries: entries, notes: notes,
                summary: ScreeningSummary(entries: entries, criteria: try Self.criteria(db)))
        }
    }

    static func screeningEntries(_ rowID: Int64, _ db: Database) throws -> [ScreeningEntry] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT member, criterion, mark FROM screening WHERE candidate_id = ? ORDER BY member, criterion",
            arguments: [rowID]
        ).map {
            ScreeningEntry(
                member: $0[0], criterion: CriterionID($0[1] as String),
                mark: ScreeningMark(rawValue: $0[2]) ?? .unknown)
        }
    }

    static func refuseIfConflicted(
        _ actor: Actor, _ rowID: Int64, _ id: ApplicationID, _ verb: String, _ db: Database
    ) throws {
        if try Bool.fetchOne(
            db, sql: "SELECT 1 FROM conflicts WHERE member = ? AND candidate_id = ?",
            arguments: [actor.name, rowID]) != nil
        {
            throw ScorecardRules.conflicted(actor.name, id, cannot: verb)
        }
    }
}
