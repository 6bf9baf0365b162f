import ShortlistCore

// Engine-neutral: what every engine's sealed scoring read hands over, and what
// `RankingAssembly` builds the ranking from.

/// The interview scoring of invited candidates as one reader may see it: who has a card and
/// who submitted (not marks: anyone may know), conflicts, excusals, who is expected to score,
/// and only the cards and marks the sealing rule lets the reader have. SQLite reads it in
/// `ScoringData.load`, with the rule in the queries' `WHERE` (`SealingCondition`,
/// `SQLiteSealing`): nothing sealed is read and then dropped.
struct ScoringData {
    struct Candidate {
        var rowID: Int64
        var applicationID: ApplicationID
        /// The cards the reader may see, with their marks, comments and note.
        var cards: [String: Scorecard]
        /// Everyone with a card for the candidate, draft or submitted.
        var started: Set<String>
        /// The marks of the submitted cards behind the combined result the reader may see,
        /// by member; empty where that result is sealed.
        var counted: [String: [CriterionID: Int]]
        /// The combined result is visible to the reader (as the query answered).
        var combinedVisible: Bool
        var state: ScoringState
        var excused: [String]
    }
}
