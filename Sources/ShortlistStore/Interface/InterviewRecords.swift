import ShortlistCore

/// Invitations and scorecards: who is invited and when, the outcome and recruitment checklist
/// of each invitation, the letter template, and the members' marks. The store seals what the
/// viewer may not see.
public protocol InterviewRecords: Sendable {
    func invite(_ ids: [ApplicationID], by actor: Actor) throws
    func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws
    func invitedCandidates() throws -> [ApplicationID]
    /// The first `limit` eligible applications, by id (the demo invites them).
    func eligibleApplicationIDs(limit: Int) throws -> [ApplicationID]
    /// Sets an invited candidate's interview slot, inviting an eligible one first: a clash is
    /// refused unless `force`; returns the warnings about declared conflicts.
    @discardableResult
    func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
    ) throws -> [String]
    func interviewSlots() throws -> [ApplicationID: InterviewSlot]

    func recordOutcome(
        _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
    ) throws
    func clearOutcome(_ id: ApplicationID, by actor: Actor) throws
    func invitationOutcomes() throws -> [ApplicationID: InvitationOutcomeRecord]
    func setRecruitmentChecks(
        _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
    ) throws
    /// The secretary's recruitment checklist of one candidate: each item recorded, by whom
    /// and when.
    func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck]
    func recruitmentMissing() throws -> [ApplicationID: [RecruitmentItem]]
    func letterTemplate() throws -> String?
    func setLetterTemplate(_ text: String?, by actor: Actor) throws

    func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws -> CandidateScoring
    func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
        -> [ApplicationID: ScoreProgress]
    func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
        comments: [CriterionID: String], note: String?, by actor: Actor) throws
    func submitScorecard(_ id: ApplicationID, by actor: Actor) throws
    func reopenScorecard(_ id: ApplicationID, member: String, reason: String, by actor: Actor)
        throws
    func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor) throws
    func withdrawExcuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
        throws
    func excusedMembers(of id: ApplicationID) throws -> [String]
}

extension InterviewRecords {
    @discardableResult
    public func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool = false, by actor: Actor
    ) throws -> [String] {
        try scheduleInterview(id, slot, force: force, by: actor)
    }

    public func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int] = [:], cleared: Set<CriterionID> = [],
        comments: [CriterionID: String] = [:], note: String? = nil, by actor: Actor
    ) throws {
        try setMarks(
            id, marks: marks, cleared: cleared, comments: comments, note: note, by: actor)
    }
}
