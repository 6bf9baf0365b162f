/// How often a criterion's evidence phrases occur in a CV, and which ones: a reading aid the
/// panel may choose to sort or filter on, never part of eligibility, marks or the ranking.
public struct CriterionEvidence: Sendable, Hashable {
    public var criterion: CriterionID
    public var hits: Int
    /// The phrases that matched, as the profile writes them, when they were collected.
    public var phrases: [String]

    public init(criterion: CriterionID, hits: Int, phrases: [String]) {
        self.criterion = criterion
        self.hits = hits
        self.phrases = phrases
    }
}

/// What the data say about an application under a call profile: each eligibility rule's
/// check, and the CV's evidence per criterion. Computed once when the application is stored
/// (and again if the profile changes before it is locked).
public struct ApplicationAssessment: Sendable, Hashable {
    public var checks: [RuleCheck]
    public var evidence: [CriterionEvidence]

    public init(checks: [RuleCheck], evidence: [CriterionEvidence]) {
        self.checks = checks
        self.evidence = evidence
    }
}

public struct ApplicationAssessor: Sendable {
    public let engine: EligibilityEngine
    public let matcher: EvidenceMatcher

    public init(profile: CallProfile) {
        engine = EligibilityEngine(profile: profile)
        matcher = EvidenceMatcher(profile: profile)
    }

    /// Checks and evidence counts. Which phrases matched, and where, is found again when a CV
    /// is shown (`EvidenceMatcher.find`): collecting hits for every CV at import would cost
    /// four times as much as counting.
    public func assess(_ candidate: Candidate) -> ApplicationAssessment {
        let counts = matcher.counts(in: candidate.cvText)
        let evidence = zip(matcher.criteria, counts).compactMap { criterion, hits in
            hits > 0 ? CriterionEvidence(criterion: criterion, hits: hits, phrases: []) : nil
        }
        return ApplicationAssessment(checks: engine.checks(candidate), evidence: evidence)
    }
}
