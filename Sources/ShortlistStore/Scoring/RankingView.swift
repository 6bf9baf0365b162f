import ShortlistCore

// Engine-neutral: what the scoring reads of every engine hand out.

/// Where the viewer's own card for a candidate stands.
public enum OwnCardState: String, Sendable {
    case notScoring = "not scoring"
    case toDo = "to do"
    case draft
    case submitted
    case conflicted
    case excused
}

/// An invited candidate in the ranking, as the viewer may see it.
public struct RankingRow: Sendable {
    public var applicationID: ApplicationID
    /// "Surname, Given names", or the application id in blind mode.
    public var name: String
    /// Every expected member has submitted.
    public var isComplete: Bool
    /// Nil until the candidate is fully scored.
    public var rank: Sealed<Int>?
    public var result: Sealed<CandidateResult>
    public var reserve: Sealed<Bool>?
    public var submittedCount: Int
    public var expectedCount: Int
    public var own: OwnCardState
    /// What must still be met before recruitment (a CAST only registered), shown on the row.
    public var conditions: [RecruitmentCondition] = []
}

/// A scoring member's progress: cards submitted out of those expected of them.
public struct MemberProgress: Sendable, Equatable {
    public var member: String
    public var role: Role
    public var submitted: Int
    public var expected: Int
    public var drafts: Int
}

/// The ranking as the viewer may see it.
public struct RankingView: Sendable {
    public var scheme: ScoringScheme
    /// Fully scored candidates: in rank order when the viewer may see them all; otherwise the
    /// visible ones by total and the sealed ones by application id, with every rank sealed, so
    /// that a row's position never tells a sealed total.
    public var ranked: [RankingRow]
    /// Invited candidates not yet fully scored, by application id: never ranked.
    public var pending: [RankingRow]
    public var ranksSealed: Bool
    public var progress: [MemberProgress]
    /// Across the fully scored candidates the viewer may see; nil with fewer than two of them
    /// or fewer than two members who scored them all.
    public var agreement: PanelAgreement?
    public var finalised: (at: String, by: String)?
    /// Set when the ranking is marked final but no longer matches what was finalised: say
    /// so, and never present it as final (docs/scoring.md).
    public var finalMismatch: String?
}
