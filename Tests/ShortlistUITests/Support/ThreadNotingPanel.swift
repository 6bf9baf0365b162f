import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import Synchronization

@testable import ShortlistUI

/// The real store as the panel's source, noting which of its reads ran on which thread: a
/// test checks that the update step reads off the loop's thread. Every other request goes
/// straight to the store.
final class ThreadNotingPanel: ForwardingPanelDatabase, @unchecked Sendable {
    private let reads = Mutex<[(name: String, thread: pthread_t)]>([])

    /// The threads that ran the read named `name`.
    func threads(of name: String) -> [pthread_t] {
        reads.withLock { $0.filter { $0.name == name }.map(\.thread) }
    }

    private func noteRead(_ name: String) {
        reads.withLock { $0.append((name, pthread_self())) }
    }

    override func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
        noteRead("eligibility")
        return try base.eligibility(of: id)
    }

    override func overriddenApplications() throws -> Set<ApplicationID> {
        noteRead("overriddenApplications")
        return try base.overriddenApplications()
    }

    override func screening(of id: ApplicationID) throws -> CandidateScreening {
        noteRead("screening")
        return try base.screening(of: id)
    }

    override func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
        noteRead("profileCriteria")
        return try base.profileCriteria()
    }

    override func panelMembers() throws -> [PanelMember] {
        noteRead("panelMembers")
        return try base.panelMembers()
    }

    override func conflicts(of member: String?) throws -> [ConflictOfInterest] {
        noteRead("conflicts")
        return try base.conflicts(of: member)
    }

    override func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws
        -> [AuditEntry]
    {
        noteRead("auditLog")
        return try base.auditLog(candidate: candidate, by: actor, limit: limit)
    }

    override func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
        noteRead("roundRefusal")
        return try base.roundRefusal(for: actor, to: verb)
    }

    override func declarationRefusal(for actor: Actor) throws -> String? {
        noteRead("declarationRefusal")
        return try base.declarationRefusal(for: actor)
    }

    override func declare(by actor: Actor) throws -> [DeclarationKind] {
        noteRead("declare")
        return try base.declare(by: actor)
    }

    override func gridAdoption() throws -> GridAdoption? {
        noteRead("gridAdoption")
        return try base.gridAdoption()
    }

    override func adoptGrid(by actor: Actor) throws -> GridAdoption {
        noteRead("adoptGrid")
        return try base.adoptGrid(by: actor)
    }

    override func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
    ) throws {
        noteRead("screen")
        return try base.screen(id, marks: marks, note: note, by: actor)
    }

    override func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor
    ) throws {
        noteRead("overrideEligibility")
        return try base.overrideEligibility(
            id, rule: rule, to: decision, reason: reason, by: actor)
    }

    override func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
    ) throws {
        noteRead("withdrawOverride")
        return try base.withdrawOverride(id, rule: rule, reason: reason, by: actor)
    }

    override func scoringScheme() throws -> ScoringScheme? {
        noteRead("scoringScheme")
        return try base.scoringScheme()
    }

    override func invitedCandidates() throws -> [ApplicationID] {
        noteRead("invitedCandidates")
        return try base.invitedCandidates()
    }

    override func invite(_ ids: [ApplicationID], by actor: Actor) throws {
        noteRead("invite")
        return try base.invite(ids, by: actor)
    }

    override func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
        noteRead("withdrawInvitation")
        return try base.withdrawInvitation(ids, by: actor)
    }

    override func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
    )
        throws -> [String]
    {
        noteRead("scheduleInterview")
        return try base.scheduleInterview(id, slot, force: force, by: actor)
    }

    override func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
        noteRead("interviewSlots")
        return try base.interviewSlots()
    }

    override func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
        noteRead("recruitmentChecklist")
        return try base.recruitmentChecklist(id)
    }

    override func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws
        -> CandidateScoring
    {
        noteRead("candidateScoring")
        return try base.candidateScoring(id, for: viewer)
    }

    override func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
        comments: [CriterionID: String], note: String?, by actor: Actor
    ) throws {
        noteRead("setMarks")
        return try base.setMarks(
            id, marks: marks, cleared: cleared, comments: comments, note: note, by: actor)
    }

    override func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
        noteRead("submitScorecard")
        return try base.submitScorecard(id, by: actor)
    }

    override func reopenScorecard(
        _ id: ApplicationID, member: String, reason: String, by actor: Actor
    )
        throws
    {
        noteRead("reopenScorecard")
        return try base.reopenScorecard(id, member: member, reason: reason, by: actor)
    }

    override func ranking(for viewer: Actor) throws -> RankingView? {
        noteRead("ranking")
        return try base.ranking(for: viewer)
    }

    override func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
        -> [ApplicationID:
        ScoreProgress]
    {
        noteRead("scoreProgress")
        return try base.scoreProgress(of: ids, for: viewer)
    }

    override func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState] {
        noteRead("notes")
        return try base.notes(for: id, includeDeleted: includeDeleted)
    }

    override func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String], by actor: Actor
    ) throws -> NoteState {
        noteRead("addNote")
        return try base.addNote(on: id, text: text, criterion: criterion, tags: tags, by: actor)
    }

    override func resolveNoteConflict(
        _ noteID: String, text: String, tags: [String]?, by actor: Actor
    )
        throws -> NoteState
    {
        noteRead("resolveNoteConflict")
        return try base.resolveNoteConflict(noteID, text: text, tags: tags, by: actor)
    }

    override func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
        noteRead("tags")
        return try base.tags(for: ids)
    }

    override func tagCounts() throws -> [(tag: String, candidates: Int)] {
        noteRead("tagCounts")
        return try base.tagCounts()
    }

    override func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
        noteRead("compileFilter")
        return try base.compileFilter(text, for: viewer)
    }

    override func savedFilters() throws -> [SavedFilter] {
        noteRead("savedFilters")
        return try base.savedFilters()
    }

    override func saveFilter(name: String, expression: String, by actor: Actor) throws {
        noteRead("saveFilter")
        return try base.saveFilter(name: name, expression: expression, by: actor)
    }

    override func deleteFilter(name: String, by actor: Actor) throws {
        noteRead("deleteFilter")
        return try base.deleteFilter(name: name, by: actor)
    }
}
