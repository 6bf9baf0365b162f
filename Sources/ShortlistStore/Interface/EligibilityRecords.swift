import ShortlistCore

/// Eligibility and the call profile: each application's assessment and evidence, the
/// secretary's overrides, the stored profile and its scoring scheme, and the grid's adoption.
public protocol EligibilityRecords: Sendable {
    func eligibility(of id: ApplicationID) throws -> EligibilityAssessment?
    func evidence(of id: ApplicationID) throws -> [CriterionEvidence]
    func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor) throws
    func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor) throws
    func overriddenApplications() throws -> Set<ApplicationID>
    func forEachEligibility(_ body: (EligibilityLine) throws -> Void) throws
    func eligibilityCounts() throws -> EligibilityCounts

    func storedProfile() throws -> StoredProfile?
    func profileCriteria() throws -> [(CriterionID, CriterionGroup)]
    func scoringScheme() throws -> ScoringScheme?
    /// Replaces the call profile and assesses every application again under it; `steps`
    /// hears how far and, asked to stop, the whole replacement is rolled back.
    @discardableResult
    func replaceProfile(
        _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
        steps: WorkSteps, by actor: Actor
    ) throws -> Reassessment

    /// Who adopted the panel's grid and when; nil while it is a proposal.
    func gridAdoption() throws -> GridAdoption?
    /// The chair adopts the panel's grid (audited).
    @discardableResult
    func adoptGrid(by actor: Actor) throws -> GridAdoption
    func lockProfile(by actor: Actor) throws
}

extension EligibilityRecords {
    @discardableResult
    public func replaceProfile(
        _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool = true,
        by actor: Actor
    ) throws -> Reassessment {
        try replaceProfile(
            profile, assessor: assessor, recountEvidence: recountEvidence, steps: .unwatched,
            by: actor)
    }
}
