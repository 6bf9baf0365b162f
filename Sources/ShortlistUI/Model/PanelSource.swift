import ShortlistCore
import ShortlistStore

/// What the interface reads and changes of the panel's work on a candidate: eligibility and
/// overrides, screening, conflicts of interest, the audit trail, invitations, scorecards and
/// the ranking. `Store` is the real one; it
/// checks every permission again inside its transaction, so the interface's own checks only
/// spare the user a useless form. Sendable because writes and slow reads run on their own
/// threads.
public protocol PanelSource: Sendable {
    func eligibility(of id: ApplicationID) throws -> EligibilityAssessment?
    func overriddenApplications() throws -> Set<ApplicationID>
    func screening(of id: ApplicationID) throws -> CandidateScreening
    func profileCriteria() throws -> [(CriterionID, CriterionGroup)]
    func panelMembers() throws -> [PanelMember]
    func conflicts(of member: String?) throws -> [ConflictOfInterest]
    /// Records a conflict of interest (`shortlist panel conflict`): one's own, or, for the
    /// chair and the secretary, someone else's.
    func declareConflict(
        member: String, applicationID: ApplicationID, reason: String, by actor: Actor) throws
    func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws -> [AuditEntry]
    /// The trail across candidates as `shortlist audit log` filters it, and its check.
    func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
        -> [AuditEntry]
    func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification

    /// Why the actor may not screen or score yet (grid not adopted, declarations not made).
    func roundRefusal(for actor: Actor, to verb: String) throws -> String?
    /// Why the actor may not open a candidate's record yet (declarations not made).
    func declarationRefusal(for actor: Actor) throws -> String?
    /// The acting person makes both declarations (the store's one implementation, audited).
    func declare(by actor: Actor) throws -> [DeclarationKind]
    /// Who adopted the panel's grid and when; nil while it is a proposal.
    func gridAdoption() throws -> GridAdoption?
    /// The chair adopts the panel's grid (the store's one implementation, audited).
    func adoptGrid(by actor: Actor) throws -> GridAdoption

    func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
    ) throws
    func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor) throws
    func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor) throws

    // Interviews. The store seals what the viewer may not see; the interface shows what it
    // is given.
    func scoringScheme() throws -> ScoringScheme?
    func invitedCandidates() throws -> [ApplicationID]
    func invite(_ ids: [ApplicationID], by actor: Actor) throws
    func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws
    /// Sets an invited candidate's interview slot, inviting an eligible one first (the
    /// store's one implementation, as `shortlist invite ID --at`): a clash is refused unless
    /// `force`; returns the warnings about declared conflicts.
    func scheduleInterview(
        _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
    ) throws -> [String]
    /// Every slot set, by application id.
    func interviewSlots() throws -> [ApplicationID: InterviewSlot]
    /// The secretary's recruitment checklist of one candidate: each item recorded, by whom
    /// and when (`shortlist recruitment`).
    func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck]
    func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws -> CandidateScoring
    func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
        comments: [CriterionID: String], note: String?, by actor: Actor) throws
    func submitScorecard(_ id: ApplicationID, by actor: Actor) throws
    func reopenScorecard(_ id: ApplicationID, member: String, reason: String, by actor: Actor)
        throws
    func ranking(for viewer: Actor) throws -> RankingView?
    /// The database's blind mode, and the chair switching it (`shortlist blind on|off`); the
    /// viewer's own blind mode (`blindViewer`) stays whatever the database says.
    func isBlind() throws -> Bool
    var blindViewer: Bool { get }
    func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws
    /// Why the ranking cannot be finalised now (which candidates wait for whose cards, or
    /// that it is final already); nil when it can.
    func finalisationRefusal() throws -> String?
    /// The chair finalises or reopens the ranking (`shortlist rank finalise`, `rank reopen`).
    func finaliseRanking(by actor: Actor) throws
    func reopenRanking(reason: String, by actor: Actor) throws
    /// The chair excuses an absent member, or withdraws the excusal (`shortlist score
    /// excuse`, `score withdraw-excuse`).
    func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor) throws
    func withdrawExcuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
        throws
    func excusedMembers(of id: ApplicationID) throws -> [String]
    func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
        -> [ApplicationID: ScoreProgress]

    // Notes and tags (docs/offline-notes.md).
    func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState]
    func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String],
        by actor: Actor
    ) throws -> NoteState
    /// A new version of a note, or its tombstone (`shortlist notes edit`, `notes delete`).
    func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor) throws
        -> NoteState
    func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState
    func resolveNoteConflict(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
        throws -> NoteState
    func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]]
    func tagCounts() throws -> [(tag: String, candidates: Int)]

    // The roster (docs/roles.md): the store's one implementation of `shortlist panel …`,
    // which checks the roster rules inside its transaction and writes the audit entry.
    func declarations() throws -> [Declaration]
    func addPanelMember(_ member: PanelMember, by actor: Actor) throws
    func changePanelMember(
        named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
        by actor: Actor) throws
    func removePanelMember(named name: String, by actor: Actor) throws

    // Offline notes (docs/offline-notes.md): what the notes screen shows.
    /// The acting person's note versions written since their last export.
    func notesToExport(by actor: Actor) throws -> NotesToExport
    /// The database this one is an offline copy of; nil for the panel's own.
    func copyOrigin() throws -> String?
    /// The copies this database issued.
    func offlineCopies() throws -> [OfflineCopy]

    // Filters: compiled for the viewer (scores sealed as they must be), and the panel's
    // saved ones.
    func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter
    func savedFilters() throws -> [SavedFilter]
    func saveFilter(name: String, expression: String, by actor: Actor) throws
    func deleteFilter(name: String, by actor: Actor) throws
}

extension Store: PanelSource {}
