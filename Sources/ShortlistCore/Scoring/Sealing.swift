/// Who may see which marks, as DESIGN.md ("Selection-panel practice") states it. A pure
/// function of who is looking and where a candidate's scoring stands, so that every read path
/// of the store asks the same question.
public struct ScoringState: Sendable, Hashable {
    /// Members expected to score this candidate: the chair and the members, less those with a
    /// conflict of interest and those excused.
    public var expected: Set<String>
    public var submitted: Set<String>
    public var conflicted: Set<String>

    public init(expected: Set<String>, submitted: Set<String>, conflicted: Set<String>) {
        self.expected = expected
        self.submitted = submitted
        self.conflicted = conflicted
    }

    /// Every expected member has submitted.
    public var isComplete: Bool { !expected.isEmpty && expected.isSubset(of: submitted) }

    /// The cards in that count: submitted by members still expected to score.
    public var submittedExpected: Set<String> { submitted.intersection(expected) }
}

public enum Sealing {
    /// Whether `viewer` may see other members' submitted marks and the combined result for a
    /// candidate: a scorer after submitting their own card (and never with a conflict); the
    /// secretary and reviewers once the candidate is complete.
    public static func combinedVisible(to viewer: String, role: Role?, _ state: ScoringState)
        -> Bool
    {
        guard let role else { return false }
        switch role {
        case .chair, .member:
            return !state.conflicted.contains(viewer) && state.submitted.contains(viewer)
        case .secretary, .reviewer:
            return state.isComplete
        }
    }

    /// Whether `viewer` may see `author`'s card: always their own; another's only when it is
    /// submitted and the combined result is visible to them. Drafts are never shown to anyone
    /// but their author.
    public static func cardVisible(
        author: String, submitted: Bool, to viewer: String, role: Role?, _ state: ScoringState
    ) -> Bool {
        if author == viewer { return true }
        guard submitted, role == .chair || role == .member else { return false }
        return combinedVisible(to: viewer, role: role, state)
    }
}
