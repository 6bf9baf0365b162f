import ShortlistCore

/// One member's marks for one invited candidate: a draft until submitted.
public struct Scorecard: Sendable, Equatable {
    public var member: String
    public var marks: [CriterionID: Int]
    public var comments: [CriterionID: String]
    public var note: String
    public var submittedAt: String?

    public var isSubmitted: Bool { submittedAt != nil }

    public init(
        member: String, marks: [CriterionID: Int] = [:], comments: [CriterionID: String] = [:],
        note: String = "", submittedAt: String? = nil
    ) {
        self.member = member
        self.marks = marks
        self.comments = comments
        self.note = note
        self.submittedAt = submittedAt
    }
}

/// Where a candidate's interview scoring stands, as the viewer may see it.
public struct CandidateScoring: Sendable {
    public var applicationID: ApplicationID
    public var invited: Bool
    /// The viewer's own card, draft or submitted.
    public var own: Scorecard?
    /// Other members' submitted cards the viewer may see.
    public var others: [Scorecard]
    public var result: Sealed<CandidateResult>
    /// Members expected to score, and those who have submitted (names only: who has
    /// submitted is not a mark).
    public var expected: [String]
    public var submitted: [String]
    public var excused: [String]
    public var viewerIsConflicted: Bool
}
