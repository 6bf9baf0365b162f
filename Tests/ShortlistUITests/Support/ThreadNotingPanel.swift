import Foundation
import ShortlistCore
import ShortlistStore
import Synchronization

@testable import ShortlistUI

/// The real store as the panel's source, noting which of its reads ran on which thread: a
/// test checks that the update step reads off the loop's thread.
final class ThreadNotingPanel: PanelSource {
    let store: Store
    private let reads = Mutex<[(name: String, thread: pthread_t)]>([])

    init(_ store: Store) { self.store = store }

    /// The threads that ran the read named `name`.
    func threads(of name: String) -> [pthread_t] {
        reads.withLock { $0.filter { $0.name == name }.map(\.thread) }
    }

    private func noteRead(_ name: String) {
        reads.withLock { $0.append((name, pthread_self())) }
    }

    func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
        noteRead("eligibility")
        return try store.eligibility(of: id)
    }

    func overriddenApplications() throws -> Set<ApplicationID> {
        noteRead("overriddenApplications")
        return try store.overriddenApplications()
    }

    func screening(of id: ApplicationID) throws -> CandidateScreening {
        noteRead("screening")
        return try store.screening(of: id)
    }

    func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
        noteRead("profileCriteria")
        return try store.profileCriteria()
    }

    func panelMembers() throws -> [PanelMember] {
        noteRead("panelMembers")
        return try store.panelMembers()
    }

    func conflicts(of member: String?) throws -> [ConflictOfInterest] {
        noteRead("conflicts")
        return try store.conflicts(of: member)
    }

    func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws -> [AuditEntry] {
        noteRead("auditLog")
        return try store.auditLog(candidate: candidate, by: actor, limit: limit)
    }

    func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
        noteRead("roundRefusal")
        return try store.roundRefusal(for: actor, to: verb)
    }

    func declarationRefusal(for actor: Actor) throws -> String? {
        noteRead("declarationRefusal")
        return try store.declarationRefusal(for: actor)
    }

    func declare(by actor: Actor) throws -> [DeclarationKind] {
        noteRead("declare")
        return try store.declare(by: actor)
    }

    func gridAdoption() throws -> GridAdoption? {
        noteRead("gridAdoption")
        return try store.gridAdoption()
    }

    func adoptGrid(by actor: Actor) throws -> GridAdoption {
        noteRead("adoptGrid")
        return try store.adoptGrid(by: actor)
    }

    func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
    ) throws {
        noteRead("screen")
        return try store.screen(id, marks: marks, note: note, by: actor)
    }

    func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor
    ) throws {
        noteRead("overrideEligibility")
        return try store.overrideEligibility(
            id, rule: rule, to: decision, reason: reason, by: actor)
    }

    func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
    ) throws {
        noteRead("withdrawOverride")
        return try store.withdrawOverride(id, rule: rule, reason: reason, by: actor)
    }

    func scoringScheme() throws -> ScoringScheme? {
        noteRead("scoringScheme")
        return try store.scoringScheme()
    }

    func invitedCandidates() throws -> [ApplicationID] {
        noteRead("invitedCandidates")
        return try store.invitedCandidates()
    }

    func invite(_ ids: [ApplicationID], by actor: Actor) throws {
        noteRead("invite")
        return try store.invite(ids, by: actor)
    }

    func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
        noteRead("withdrawInvitation")
        return try store.withdrawInvitation(ids, by: actor)
    }

    func scheduleInterview(_ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor)
        throws -> [String]
    {
        noteRead("scheduleInterview")
        return try store.scheduleInterview(id, slot, force: force, by: actor)
    }

    func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
        noteRead("interviewSlots")
        return try store.interviewSlots()
    }

    func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
        noteRead("recruitmentChecklist")
        return try store.recruitmentChecklist(id)
    }

    func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws -> CandidateScoring {
        noteRead("candidateScoring")
        return try store.candidateScoring(id, for: viewer)
    }

    func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
        comments: [CriterionID: String], note: String?, by actor: Actor
    ) throws {
        noteRead("setMarks")
        return try store.setMarks(
            id, marks: marks, cleared: cleared, comments: comments, note: note, by: actor)
    }

    func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
        noteRead("submitScorecard")
        return try store.submitScorecard(id, by: actor)
    }

    func reopenScorecard(_ id: ApplicationID, member: String, reason: String, by actor: Actor)
        throws
    {
        noteRead("reopenScorecard")
        return try store.reopenScorecard(id, member: member, reason: reason, by: actor)
    }

    func ranking(for viewer: Actor) throws -> RankingView? {
        noteRead("ranking")
        return try store.ranking(for: viewer)
    }

    func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws -> [ApplicationID:
        ScoreProgress]
    {
        noteRead("scoreProgress")
        return try store.scoreProgress(of: ids, for: viewer)
    }

    func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState] {
        noteRead("notes")
        return try store.notes(for: id, includeDeleted: includeDeleted)
    }

    func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String], by actor: Actor
    ) throws -> NoteState {
        noteRead("addNote")
        return try store.addNote(on: id, text: text, criterion: criterion, tags: tags, by: actor)
    }

    func resolveNoteConflict(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
        throws -> NoteState
    {
        noteRead("resolveNoteConflict")
        return try store.resolveNoteConflict(noteID, text: text, tags: tags, by: actor)
    }

    func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
        noteRead("tags")
        return try store.tags(for: ids)
    }

    func tagCounts() throws -> [(tag: String, candidates: Int)] {
        noteRead("tagCounts")
        return try store.tagCounts()
    }

    func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
        noteRead("compileFilter")
        return try store.compileFilter(text, for: viewer)
    }

    func savedFilters() throws -> [SavedFilter] {
        noteRead("savedFilters")
        return try store.savedFilters()
    }

    func saveFilter(name: String, expression: String, by actor: Actor) throws {
        noteRead("saveFilter")
        return try store.saveFilter(name: name, expression: expression, by: actor)
    }

    func deleteFilter(name: String, by actor: Actor) throws {
        noteRead("deleteFilter")
        return try store.deleteFilter(name: name, by: actor)
    }

    // The reads and writes below are not noted: the tests look at the update step's reads.
    func declareConflict(
        member: String, applicationID: ApplicationID, reason: String, by actor: Actor
    ) throws {
        try store.declareConflict(
            member: member, applicationID: applicationID, reason: reason, by: actor)
    }
    func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
        -> [AuditEntry]
    { try store.auditLog(filter: filter, by: actor, limit: limit, newest: newest) }
    func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification {
        try store.verifyAuditTrail(expectedHead: expectedHead)
    }
    func isBlind() throws -> Bool { try store.isBlind() }
    var blindViewer: Bool { store.blindViewer }
    func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
        try store.setBlindMode(on, reason: reason, by: actor)
    }
    func finalisationRefusal() throws -> String? { try store.finalisationRefusal() }
    func finaliseRanking(by actor: Actor) throws { try store.finaliseRanking(by: actor) }
    func reopenRanking(reason: String, by actor: Actor) throws {
        try store.reopenRanking(reason: reason, by: actor)
    }
    func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor) throws {
        try store.excuse(member: member, from: id, reason: reason, by: actor)
    }
    func withdrawExcuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
        throws
    { try store.withdrawExcuse(member: member, from: id, reason: reason, by: actor) }
    func excusedMembers(of id: ApplicationID) throws -> [String] {
        try store.excusedMembers(of: id)
    }
    func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor) throws
        -> NoteState
    { try store.editNote(noteID, text: text, tags: tags, by: actor) }
    func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
        try store.deleteNote(noteID, by: actor)
    }
    func declarations() throws -> [Declaration] { try store.declarations() }
    func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
        try store.addPanelMember(member, by: actor)
    }
    func changePanelMember(
        named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
        by actor: Actor
    ) throws {
        try store.changePanelMember(
            named: name, role: role, displayName: displayName, login: login, unbind: unbind,
            by: actor)
    }
    func removePanelMember(named name: String, by actor: Actor) throws {
        try store.removePanelMember(named: name, by: actor)
    }
    func notesToExport(by actor: Actor) throws -> NotesToExport {
        try store.notesToExport(by: actor)
    }
    func copyOrigin() throws -> String? { try store.copyOrigin() }
    func offlineCopies() throws -> [OfflineCopy] { try store.offlineCopies() }
}
