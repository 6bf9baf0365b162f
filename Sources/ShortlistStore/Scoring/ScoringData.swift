import Foundation
import GRDB
import ShortlistCore

/// Everything about the interview scoring of invited candidates, read in a few queries: the
/// cards with their marks, conflicts, excusals, and who is expected to score.
struct ScoringData {
    struct Candidate {
        var rowID: Int64
        var applicationID: ApplicationID
        var cards: [String: Scorecard]
        var state: ScoringState
        var excused: [String]
    }

    /// Invited candidates by row id.
    static func load(_ db: Database, only rowID: Int64?) throws -> [Int64: Candidate] {
        try load(db, only: rowID.map { [$0] })
    }

    /// Every invited candidate, or only those of `rowIDs`.
    static func load(_ db: Database, only rowIDs: [Int64]? = nil) throws -> [Int64: Candidate] {
        // Row ids are integers: safe to write into the statement.
        let list = rowIDs.map { "(" + $0.map(String.init).joined(separator: ",") + ")" }
        let filter = list.map { " WHERE i.candidate_id IN \($0)" } ?? ""
        var candidates: [Int64: Candidate] = [:]
        // A no-show or withdrawn candidate is expected of nobody and never ranked.
        let present =
            try InterviewSchema.hasOutcomes(db)
            ? (filter.isEmpty ? " WHERE" : " AND") + " i.outcome IS NULL" : ""
        let scorers = Set(
            try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM panel WHERE removed_at IS NULL AND role IN ('chair', 'member')"
            ))
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT i.candidate_id, c.application_id FROM invitations i JOIN candidates c ON c.id = i.candidate_id\(filter)\(present)"
        ) {
            candidates[row[0]] = Candidate(
                rowID: row[0], applicationID: ApplicationID(row[1] as String), cards: [:],
                state: ScoringState(expected: scorers, submitted: [], conflicted: []), excused: [])
        }
        guard !candidates.isEmpty else { return [:] }
        let cardFilter = list.map { " WHERE candidate_id IN \($0)" } ?? ""
        for row in try Row.fetchAll(
            db, sql: "SELECT candidate_id, member, note, submitted_at FROM scorecards\(cardFilter)")
        {
            let id: Int64 = row[0]
            let member: String = row[1]
            candidates[id]?.cards[member] = Scorecard(
                member: member, marks: [:], comments: [:], note: row[2], submittedAt: row[3])
            if row[3] as String? != nil { candidates[id]?.state.submitted.insert(member) }
        }
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT candidate_id, member, criterion, mark, comment FROM scorecard_marks\(cardFilter)"
        ) {
            let id: Int64 = row[0]
            let member: String = row[1]
            let criterion = CriterionID(row[2] as String)
            candidates[id]?.cards[member]?.marks[criterion] = row[3]
            let comment: String = row[4]
            if !comment.isEmpty { candidates[id]?.cards[member]?.comments[criterion] = comment }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT candidate_id, member FROM conflicts\(cardFilter)")
        {
            let id: Int64 = row[0]
            let member: String = row[1]
            candidates[id]?.state.conflicted.insert(member)
            candidates[id]?.state.expected.remove(member)
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT candidate_id, member FROM excusals\(cardFilter)")
        {
            let id: Int64 = row[0]
            let member: String = row[1]
            candidates[id]?.excused.append(member)
            candidates[id]?.state.expected.remove(member)
        }
        return candidates
    }
}

extension SQLiteStore {
    static func scoringStates(_ db: Database) throws -> [Int64: ScoringData.Candidate] {
        try ScoringData.load(db)
    }
}

extension ScoreRedaction {
    /// The redaction for `viewer` with the scoring states as this database holds them.
    init(_ db: Database, viewer: Actor) throws {
        self.init(
            viewer: viewer,
            states: Dictionary(
                uniqueKeysWithValues: try ScoringData.load(db).values.map {
                    ($0.applicationID, $0.state)
                }))
    }
}
