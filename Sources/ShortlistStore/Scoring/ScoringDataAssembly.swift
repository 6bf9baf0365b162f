import GRDB
import ShortlistCore

extension ScoringData {
    /// The candidates of a sealed read, from its rows as they come. SQLite reads a `UNION ALL`'s
    /// arms in order, so each row is handed over as it comes, uncopied (the copies of some
    /// 25,000 rows cost more than the read itself); SQL does not promise that order, so a row
    /// that comes before what it belongs to is copied and waits for the end.
    struct Assembly {
        let scorers: Set<String>
        private var candidates: [Int64: Candidate] = [:]
        private var early: [Row] = []

        init(scorers: Set<String>) {
            self.scorers = scorers
        }

        mutating func add(_ row: Row) {
            if !take(row) { early.append(row.copy()) }
        }

        /// The candidates, once every row is added.
        mutating func finish() -> [Int64: Candidate] {
            let waiting = early
            early = []
            for kind in [Statements.Kind.candidate, .card, .mark] {
                // A row still refused belongs to no candidate of the read: a no-show's card.
                for row in waiting where Statements.Kind(rawValue: row[0]) == kind {
                    _ = take(row)
                }
            }
            return candidates
        }

        /// Hands a row of the sealed read to its candidate: false when what it belongs to (the
        /// candidate; for a mark of a visible card, the card) has not come yet.
        private mutating func take(_ row: Row) -> Bool {
            switch Statements.Kind(rawValue: row[0]) {
            case .candidate:
                candidates[row[1]] = Candidate(
                    rowID: row[1], applicationID: ApplicationID(row[2] as String), cards: [:],
                    started: [], counted: [:], combinedVisible: row[6],
                    state: ScoringState(expected: scorers, submitted: [], conflicted: []),
                    excused: [])
            case .card:
                let id: Int64 = row[1]
                guard candidates[id] != nil else { return false }
                let member: String = row[2]
                let submittedAt: String? = row[3]
                candidates[id]?.started.insert(member)
                if submittedAt != nil { candidates[id]?.state.submitted.insert(member) }
                if row[6] as Bool {
                    candidates[id]?.cards[member] = Scorecard(
                        member: member, note: row[4], submittedAt: submittedAt)
                }
            case .mark:
                let id: Int64 = row[1]
                let member: String = row[2]
                let shown: Bool = row[6]
                guard candidates[id] != nil, !shown || candidates[id]?.cards[member] != nil else {
                    return false
                }
                let criterion = CriterionID(row[3] as String)
                let mark: Int = row[4]
                if shown {
                    candidates[id]?.cards[member]?.marks[criterion] = mark
                    if let comment = row[5] as String?, !comment.isEmpty {
                        candidates[id]?.cards[member]?.comments[criterion] = comment
                    }
                }
                if row[7] as Bool {
                    candidates[id]?.counted[member, default: [:]][criterion] = mark
                }
            case nil:
                preconditionFailure("a row of no arm of the sealed read")
            }
            return true
        }
    }
}
