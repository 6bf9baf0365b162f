import Foundation
import ShortlistCore
import ShortlistStore

/// A store that hands every request to another: a test's fake subclasses it and overrides
/// only what it watches (the threads reads run on, the requests made), whatever the engine
/// behind. Unchecked Sendable: it adds no state; a subclass that does guards its own.
open class ForwardingPanelDatabase: PanelDatabase, @unchecked Sendable {
    public let base: any PanelDatabase

    public init(_ base: any PanelDatabase) { self.base = base }

    // CandidatePaging
    open func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int {
        try base.candidateCount(scope: scope, filter: filter)
    }
    open func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try base.candidates(order: order, page: page, scope: scope, filter: filter)
    }
    open func candidate(_ id: ApplicationID) throws -> Candidate? { try base.candidate(id) }
    open func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> Int? { try base.position(of: id, order: order, scope: scope, filter: filter) }
    open func nextMatch(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
        order: CandidateOrder, sortedBy keys: [SortKey]?, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> SearchHit? {
        try base.nextMatch(
            search, from: start, forward: forward, inclusive: inclusive, order: order,
            sortedBy: keys, scope: scope, filter: filter)
    }
    open func candidates(
        sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try base.candidates(
            sortedBy: keys, offset: offset, limit: limit, scope: scope, filter: filter)
    }
    open func position(
        of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int? { try base.position(of: id, sortedBy: keys, scope: scope, filter: filter) }
    open func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try base.candidates(
            sortedBy: keys, around: id, at: position, before: before, after: after, scope: scope,
            filter: filter)
    }
    // CandidateFiltering
    open func searchNames(_ query: String, limit: Int) throws -> [ApplicationID] {
        try base.searchNames(query, limit: limit)
    }
    open func compile(_ expression: FilterExpression, for viewer: Actor) throws -> CompiledFilter {
        try base.compile(expression, for: viewer)
    }
    open func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
        try base.compile(text, for: viewer)
    }
    open func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
        try base.compileFilter(text, for: viewer)
    }
    open func forEachCandidate(
        filter: CompiledFilter?, sort: [SortKey], limit: Int?,
        _ body: (CandidateSummary) throws -> Void
    ) throws { try base.forEachCandidate(filter: filter, sort: sort, limit: limit, body) }
    open func candidateCount(filter: CompiledFilter?) throws -> Int {
        try base.candidateCount(filter: filter)
    }
    open func savedFilters() throws -> [SavedFilter] { try base.savedFilters() }
    open func savedFilter(named name: String) throws -> SavedFilter? {
        try base.savedFilter(named: name)
    }
    open func saveFilter(name: String, expression: String, by actor: Actor) throws {
        try base.saveFilter(name: name, expression: expression, by: actor)
    }
    open func deleteFilter(name: String, by actor: Actor) throws {
        try base.deleteFilter(name: name, by: actor)
    }
    // EligibilityRecords
    open func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
        try base.eligibility(of: id)
    }
    open func evidence(of id: ApplicationID) throws -> [CriterionEvidence] {
        try base.evidence(of: id)
    }
    open func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor
    ) throws {
        try base.overrideEligibility(id, rule: rule, to: decision, reason: reason, by: actor)
    }
    open func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
    ) throws { try base.withdrawOverride(id, rule: rule, reason: reason, by: actor) }
    open func overriddenApplications() throws -> Set<ApplicationID> {
        try base.overriddenApplications()
    }
    open func forEachEligibility(_ body: (EligibilityLine) throws -> Void) throws {
        try base.forEachEligibility(body)
    }
    open func eligibilityCounts() throws -> EligibilityCounts { try base.eligibilityCounts() }
    open func storedProfile() throws -> StoredProfile? { try base.storedProfile() }
    open func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
        try base.profileCriteria()
    }
    open func scoringScheme() throws -> ScoringScheme? { try base.scoringScheme() }
    open func replaceProfile(
        _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
        steps: WorkSteps, by actor: Actor
    ) throws -> Reassessment {
        try base.replaceProfile(
            profile, assessor: assessor, recountEvidence: recountEvidence, steps: steps,
            by: actor)
    }
    open func gridAdoption() throws -> GridAdoption? { try base.gridAdoption() }
    open func adoptGrid(by actor: Actor) throws -> GridAdoption { try base.adoptGrid(by: actor) }
    open func lockProfile(by actor: Actor) throws { try base.lockProfile(by: actor) }
    // ScreeningRecords
    open func declare(by actor: Actor) throws -> [DeclarationKind] { try base.declare(by: actor) }
    open func hasDeclared(_ actor: Actor) throws -> Bool { try base.hasDeclared(actor) }
    open func declarationRefusal(for actor: Actor) throws -> String? {
        try base.declarationRefusal(for: actor)
    }
    open func declarations() throws -> [Declaration] { try base.declarations() }
    open func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
        try base.roundRefusal(for: actor, to: verb)
    }
    open func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
    ) throws { try base.screen(id, marks: marks, note: note, by: actor) }
    open func screening(of id: ApplicationID) throws -> CandidateScreening {
        try base.screening(of: id)
    }
    // InterviewRecords
    open func invite(_ ids: [ApplicationID], by actor: Actor) throws {
        try base.invite(ids, by: actor)
    }
    open func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
        try base.withdrawInvitation(ids, by: actor)
    }
    open func invitedCandidates() throws -> [ApplicationID] { try base.invitedCandidates() }
    open func eligibleApplicationIDs(limit: Int) throws -> [ApplicationID] {
        try base.eligibleApplicationIDs(limit: limit)
    }
    open func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
    ) throws -> [String] { try base.scheduleInterview(id, slot, force: force, by: actor) }
    open func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
        try base.interviewSlots()
    }
    open func recordOutcome(
        _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
    ) throws { try base.recordOutcome(id, outcome, reason: reason, by: actor) }
    open func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
        try base.clearOutcome(id, by: actor)
    }
    open func invitationOutcomes() throws -> [ApplicationID: InvitationOutcomeRecord] {
        try base.invitationOutcomes()
    }
    open func setRecruitmentChecks(
        _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
    ) throws { try base.setRecruitmentChecks(id, settings, by: actor) }
    open func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
        try base.recruitmentChecklist(id)
    }
    open func recruitmentMissing() throws -> [ApplicationID: [RecruitmentItem]] {
        try base.recruitmentMissing()
    }
    open func letterTemplate() throws -> String? { try base.letterTemplate() }
    open func setLetterTemplate(_ text: String?, by actor: Actor) throws {
        try base.setLetterTemplate(text, by: actor)
    }
    open func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws -> CandidateScoring {
        try base.candidateScoring(id, for: viewer)
    }
    open func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws -> [ApplicationID:
        ScoreProgress]
    { try base.scoreProgress(of: ids, for: viewer) }
    open func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
        comments: [CriterionID: String], note: String?, by actor: Actor
    ) throws {
        try base.setMarks(
            id, marks: marks, cleared: cleared, comments: comments, note: note, by: actor)
    }
    open func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
        try base.submitScorecard(id, by: actor)
    }
    open func reopenScorecard(_ id: ApplicationID, member: String, reason: String, by actor: Actor)
        throws
    { try base.reopenScorecard(id, member: member, reason: reason, by: actor) }
    open func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor) throws
    { try base.excuse(member: member, from: id, reason: reason, by: actor) }
    open func withdrawExcuse(
        member: String, from id: ApplicationID, reason: String, by actor: Actor
    ) throws { try base.withdrawExcuse(member: member, from: id, reason: reason, by: actor) }
    open func excusedMembers(of id: ApplicationID) throws -> [String] {
        try base.excusedMembers(of: id)
    }
    // RankingRecords
    open func ranking(for viewer: Actor) throws -> RankingView? { try base.ranking(for: viewer) }
    open func isRankingFinal() throws -> Bool { try base.isRankingFinal() }
    open func checkFinalRanking() throws -> FinalRankingCheck { try base.checkFinalRanking() }
    open func finalisationRefusal() throws -> String? { try base.finalisationRefusal() }
    open func finalisationBlockers() throws -> [FinalisationBlocker] {
        try base.finalisationBlockers()
    }
    open func finaliseRanking(by actor: Actor) throws { try base.finaliseRanking(by: actor) }
    open func reopenRanking(reason: String, by actor: Actor) throws {
        try base.reopenRanking(reason: reason, by: actor)
    }
    // NoteRecords
    open func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState] {
        try base.notes(for: id, includeDeleted: includeDeleted)
    }
    open func note(_ noteID: String) throws -> NoteState? { try base.note(noteID) }
    open func tags(for id: ApplicationID) throws -> [String] { try base.tags(for: id) }
    open func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
        try base.tags(for: ids)
    }
    open func tagCounts() throws -> [(tag: String, candidates: Int)] { try base.tagCounts() }
    open func noteVersionCount() throws -> Int { try base.noteVersionCount() }
    open func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String], by actor: Actor
    ) throws -> NoteState {
        try base.addNote(on: id, text: text, criterion: criterion, tags: tags, by: actor)
    }
    open func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor) throws
        -> NoteState
    { try base.editNote(noteID, text: text, tags: tags, by: actor) }
    open func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
        try base.deleteNote(noteID, by: actor)
    }
    open func resolveNoteConflict(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
        throws -> NoteState
    { try base.resolveNoteConflict(noteID, text: text, tags: tags, by: actor) }
    open func resolveNoteID(_ typed: String) throws -> String { try base.resolveNoteID(typed) }
    open func notesFamilyID() throws -> String { try base.notesFamilyID() }
    open func copyOrigin() throws -> String? { try base.copyOrigin() }
    open func notesToExport(by actor: Actor) throws -> NotesToExport {
        try base.notesToExport(by: actor)
    }
    open func exportNotes(
        author: String?, since: Timestamp?, steps: WorkSteps, by actor: Actor
    ) throws -> NoteBundle {
        try base.exportNotes(author: author, since: since, steps: steps, by: actor)
    }
    open func notesOfCopy() throws -> NoteBundle { try base.notesOfCopy() }
    open func mergeNotes(
        _ bundle: NoteBundle, source: String, sha256: String, steps: WorkSteps, by actor: Actor
    ) throws -> NoteMergeReport {
        try base.mergeNotes(bundle, source: source, sha256: sha256, steps: steps, by: actor)
    }
    open func sign(_ bundle: NoteBundle) throws -> NoteBundle { try base.sign(bundle) }
    open func offlineCopies() throws -> [OfflineCopy] { try base.offlineCopies() }
    @discardableResult
    open func checkoutCopy(to url: URL, by actor: Actor) throws -> NoteCheckout {
        try base.checkoutCopy(to: url, by: actor)
    }
    // AuditRecords
    open func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws
        -> [AuditEntry]
    { try base.auditLog(candidate: candidate, by: actor, limit: limit) }
    open func auditHead() throws -> DataState? { try base.auditHead() }
    open func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
        -> [AuditEntry]
    { try base.auditLog(filter: filter, by: actor, limit: limit, newest: newest) }
    open func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification {
        try base.verifyAuditTrail(expectedHead: expectedHead)
    }
    open func dataState() throws -> DataState? { try base.dataState() }
    // RosterRecords
    open var blindViewer: Bool { base.blindViewer }
    open func actor(named name: String, login: String) throws -> Actor {
        try base.actor(named: name, login: login)
    }
    open func panelMembers() throws -> [PanelMember] { try base.panelMembers() }
    open func panelMember(named name: String) throws -> PanelMember? {
        try base.panelMember(named: name)
    }
    open func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
        try base.addPanelMember(member, by: actor)
    }
    open func changePanelMember(
        named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
        by actor: Actor
    ) throws {
        try base.changePanelMember(
            named: name, role: role, displayName: displayName, login: login, unbind: unbind,
            by: actor)
    }
    open func removePanelMember(named name: String, by actor: Actor) throws {
        try base.removePanelMember(named: name, by: actor)
    }
    open func isBlind() throws -> Bool { try base.isBlind() }
    open func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
        try base.setBlindMode(on, reason: reason, by: actor)
    }
    open func declareConflict(
        member: String, applicationID: ApplicationID, reason: String, by actor: Actor
    ) throws {
        try base.declareConflict(
            member: member, applicationID: applicationID, reason: reason, by: actor)
    }
    open func conflicts(of member: String?) throws -> [ConflictOfInterest] {
        try base.conflicts(of: member)
    }
    // BulkLoading
    open func insertCandidates(
        _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)?
    ) throws -> Int { try base.insertCandidates(candidates, by: actor, progress: progress) }
    open func insertCandidates(
        _ candidates: some Sequence<PreparedCandidate>, by actor: Actor, progress: ((Int) -> Bool)?,
        timing: BulkLoadTiming?
    ) throws -> Int {
        try base.insertCandidates(candidates, by: actor, progress: progress, timing: timing)
    }
    open func importApplications(
        by actor: Actor, timing: BulkLoadTiming?,
        _ body: (any ImportBatch) throws -> ImportLogEntry?
    ) throws -> Bool { try base.importApplications(by: actor, timing: timing, body) }
    open func importLog() throws -> [ImportLogEntry] { try base.importLog() }
    // ExportReads
    open func authoriseExport(by actor: Actor) throws { try base.authoriseExport(by: actor) }
    open func authoriseMemberMarksExport(by actor: Actor) throws {
        try base.authoriseMemberMarksExport(by: actor)
    }
    open func recordExport(_ record: ExportRecord, by actor: Actor) throws {
        try base.recordExport(record, by: actor)
    }
    open func forEachCandidateLine(_ body: (CandidateLine) throws -> Void) throws {
        try base.forEachCandidateLine(body)
    }
    // ChangeReporting
    open func watchChanges() throws -> any ChangeWatching { try base.watchChanges() }
    // DatabaseLifecycle
    open var location: DatabaseLocation { base.location }
    open var isReadOnly: Bool { base.isReadOnly }
    open var clock: @Sendable () -> Date { base.clock }
    open func metadata() throws -> [String: String] { try base.metadata() }
    open func recordDemoParameters(count: Int, seed: UInt64) throws {
        try base.recordDemoParameters(count: count, seed: seed)
    }
    open func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws -> Int {
        try base.purge(ids, reason: reason, by: actor)
    }
    open func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor) throws -> Int
    { try base.purge(submittedBefore: date, reason: reason, by: actor) }
    open func close() throws { try base.close() }
}
