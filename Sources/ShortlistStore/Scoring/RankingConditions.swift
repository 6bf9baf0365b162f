import GRDB
import ShortlistCore

/// The recruitment conditions of ranked and invited candidates, read with the ranking.
enum RankingConditions {
    /// By candidate row: the conditions still open. A CAST only registered is one, whatever
    /// the eligibility (the rule passes it at application stage), until the secretary's
    /// checklist records the pass (`recruitment ID cast=yes`): the import's data stays as
    /// the candidate gave it, the checklist says what was seen since.
    static func load(_ rowIDs: [Int64], _ db: Database) throws -> [Int64: [RecruitmentCondition]] {
        guard !rowIDs.isEmpty else { return [:] }
        var found: [Int64: [RecruitmentCondition]] = [:]
        let seenPassed =
            try InterviewSchema.hasChecklists(db)
            ? " AND id NOT IN (SELECT candidate_id FROM recruitment_checks WHERE item = 'cast' AND met = 1)"
            : ""
        for chunk in stride(from: 0, to: rowIDs.count, by: 500).map({
            Array(rowIDs[$0..<min($0 + 500, rowIDs.count)])
        }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            for id in try Int64.fetchAll(
                db,
                sql:
                    "SELECT id FROM candidates WHERE cast_status = ? AND id IN (\(marks))\(seenPassed)",
                arguments: StatementArguments(
                    [CASTStatus.registered.rawValue.databaseValue] + chunk.map(\.databaseValue)))
            {
                found[id, default: []].append(.castNotPassed)
            }
        }
        return found
    }
}
