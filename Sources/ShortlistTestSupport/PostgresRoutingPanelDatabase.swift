#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistStore
    import Synchronization

    /// A panel on the test cluster as the behaviour suites use a store: every call that names
    /// who acts (`by actor`, `for viewer`) goes to that person's own connection, as their own
    /// database role, so that the server judges it as it would theirs; every other call to
    /// the secretary's. Someone not on the roster gets the secretary's connection, which
    /// refuses to act in their name.
    public final class PostgresRoutingPanelDatabase: ForwardingPanelDatabase, @unchecked Sendable {
        /// Roster name -> login role.
        private let logins: [String: String]
        private let open: @Sendable (String) throws -> any PanelDatabase
        private let stores = Mutex<[String: any PanelDatabase]>([:])

        init(
            secretary: any PanelDatabase, logins: [String: String],
            open: @escaping @Sendable (String) throws -> any PanelDatabase
        ) {
            self.logins = logins
            self.open = open
            super.init(secretary)
        }

        /// The connection of the person `actor` names.
        func route(_ actor: Actor?) throws -> any PanelDatabase {
            guard let actor, let login = logins[actor.name] else { return base }
            return try stores.withLock { stores in
                if let store = stores[login] { return store }
                let store = try open(login)
                stores[login] = store
                return store
            }
        }

        /// Asked as the person named: on a server only their own role may act as them.
        public override func actor(named name: String, login: String) throws -> Actor {
            try route(Actor(name: name, member: nil)).actor(named: name, login: login)
        }

        public override func close() throws {
            let opened = stores.withLock { stores in
                defer { stores = [:] }
                return Array(stores.values)
            }
            for store in opened { try store.close() }
            try base.close()
        }

        public override func compile(_ expression: FilterExpression, for viewer: Actor) throws
            -> CompiledFilter
        {
            try route(viewer).compile(expression, for: viewer)
        }
        public override func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
            try route(viewer).compile(text, for: viewer)
        }
        public override func compileFilter(_ text: String, for viewer: Actor?) throws
            -> CompiledFilter
        {
            try route(viewer).compileFilter(text, for: viewer)
        }
        public override func saveFilter(name: String, expression: String, by actor: Actor) throws {
            try route(actor).saveFilter(name: name, expression: expression, by: actor)
        }
        public override func deleteFilter(name: String, by actor: Actor) throws {
            try route(actor).deleteFilter(name: name, by: actor)
        }
        public override func overrideEligibility(
            _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
            reason: String, by actor: Actor
        ) throws {
            try route(actor).overrideEligibility(
                id, rule: rule, to: decision, reason: reason, by: actor)
        }
        public override func withdrawOverride(
            _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
        ) throws { try route(actor).withdrawOverride(id, rule: rule, reason: reason, by: actor) }
        public override func replaceProfile(
            _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
            steps: WorkSteps, by actor: Actor
        ) throws -> Reassessment {
            try route(actor).replaceProfile(
                profile, assessor: assessor, recountEvidence: recountEvidence, steps: steps,
                by: actor)
        }
        public override func adoptGrid(by actor: Actor) throws -> GridAdoption {
            try route(actor).adoptGrid(by: actor)
        }
        public override func lockProfile(by actor: Actor) throws {
            try route(actor).lockProfile(by: actor)
        }
        public override func declare(by actor: Actor) throws -> [DeclarationKind] {
            try route(actor).declare(by: actor)
        }
        public override func hasDeclared(_ actor: Actor) throws -> Bool {
            try route(actor).hasDeclared(actor)
        }
        public override func declarationRefusal(for actor: Actor) throws -> String? {
            try route(actor).declarationRefusal(for: actor)
        }
        public override func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
            try route(actor).roundRefusal(for: actor, to: verb)
        }
        public override func screen(
            _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
        ) throws { try route(actor).screen(id, marks: marks, note: note, by: actor) }
        public override func invite(_ ids: [ApplicationID], by actor: Actor) throws {
            try route(actor).invite(ids, by: actor)
        }
        public override func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
            try route(actor).withdrawInvitation(ids, by: actor)
        }
        public override func scheduleInterview(
            _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
        ) throws -> [String] {
            try route(actor).scheduleInterview(id, slot, force: force, by: actor)
        }
        public override func recordOutcome(
            _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
        ) throws { try route(actor).recordOutcome(id, outcome, reason: reason, by: actor) }
        public override func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
            try route(actor).clearOutcome(id, by: actor)
        }
        public override func setRecruitmentChecks(
            _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
        ) throws { try route(actor).setRecruitmentChecks(id, settings, by: actor) }
        public override func setLetterTemplate(_ text: String?, by actor: Actor) throws {
            try route(actor).setLetterTemplate(text, by: actor)
        }
        public override func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws
            -> CandidateScoring
        {
            try route(viewer).candidateScoring(id, for: viewer)
        }
        public override func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
            -> [ApplicationID:
            ScoreProgress]
        { try route(viewer).scoreProgress(of: ids, for: viewer) }
        public override func setMarks(
            _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
            comments: [CriterionID: String], note: String?, by actor: Actor
        ) throws {
            try route(actor).setMarks(
                id, marks: marks, cleared: cleared, comments: comments, note: note, by: actor)
        }
        public override func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
            try route(actor).submitScorecard(id, by: actor)
        }
        public override func reopenScorecard(
            _ id: ApplicationID, member: String, reason: String, by actor: Actor
        )
            throws
        { try route(actor).reopenScorecard(id, member: member, reason: reason, by: actor) }
        public override func excuse(
            member: String, from id: ApplicationID, reason: String, by actor: Actor
        ) throws { try route(actor).excuse(member: member, from: id, reason: reason, by: actor) }
        public override func withdrawExcuse(
            member: String, from id: ApplicationID, reason: String, by actor: Actor
        ) throws {
            try route(actor).withdrawExcuse(member: member, from: id, reason: reason, by: actor)
        }
        public override func ranking(for viewer: Actor) throws -> RankingView? {
            try route(viewer).ranking(for: viewer)
        }
        public override func finaliseRanking(by actor: Actor) throws {
            try route(actor).finaliseRanking(by: actor)
        }
        public override func reopenRanking(reason: String, by actor: Actor) throws {
            try route(actor).reopenRanking(reason: reason, by: actor)
        }
        public override func addNote(
            on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String],
            by actor: Actor
        ) throws -> NoteState {
            try route(actor).addNote(
                on: id, text: text, criterion: criterion, tags: tags, by: actor)
        }
        public override func editNote(
            _ noteID: String, text: String, tags: [String]?, by actor: Actor
        ) throws
            -> NoteState
        { try route(actor).editNote(noteID, text: text, tags: tags, by: actor) }
        public override func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
            try route(actor).deleteNote(noteID, by: actor)
        }
        public override func resolveNoteConflict(
            _ noteID: String, text: String, tags: [String]?, by actor: Actor
        )
            throws -> NoteState
        { try route(actor).resolveNoteConflict(noteID, text: text, tags: tags, by: actor) }
        public override func notesToExport(by actor: Actor) throws -> NotesToExport {
            try route(actor).notesToExport(by: actor)
        }
        public override func exportNotes(
            author: String?, since: Timestamp?, steps: WorkSteps, by actor: Actor
        ) throws -> NoteBundle {
            try route(actor).exportNotes(author: author, since: since, steps: steps, by: actor)
        }
        public override func mergeNotes(
            _ bundle: NoteBundle, source: String, sha256: String, steps: WorkSteps, by actor: Actor
        ) throws -> NoteMergeReport {
            try route(actor).mergeNotes(
                bundle, source: source, sha256: sha256, steps: steps, by: actor)
        }
        public override func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?)
            throws
            -> [AuditEntry]
        { try route(actor).auditLog(candidate: candidate, by: actor, limit: limit) }
        public override func auditLog(
            filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool
        ) throws
            -> [AuditEntry]
        { try route(actor).auditLog(filter: filter, by: actor, limit: limit, newest: newest) }
        public override func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
            try route(actor).addPanelMember(member, by: actor)
        }
        public override func changePanelMember(
            named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
            by actor: Actor
        ) throws {
            try route(actor).changePanelMember(
                named: name, role: role, displayName: displayName, login: login, unbind: unbind,
                by: actor)
        }
        public override func removePanelMember(named name: String, by actor: Actor) throws {
            try route(actor).removePanelMember(named: name, by: actor)
        }
        public override func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
            try route(actor).setBlindMode(on, reason: reason, by: actor)
        }
        public override func declareConflict(
            member: String, applicationID: ApplicationID, reason: String, by actor: Actor
        ) throws {
            try route(actor).declareConflict(
                member: member, applicationID: applicationID, reason: reason, by: actor)
        }
        public override func insertCandidates(
            _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)?
        ) throws -> Int {
            try route(actor).insertCandidates(candidates, by: actor, progress: progress)
        }
        public override func insertCandidates(
            _ candidates: some Sequence<PreparedCandidate>, by actor: Actor,
            progress: ((Int) -> Bool)?,
            timing: BulkLoadTiming?
        ) throws -> Int {
            try route(actor).insertCandidates(
                candidates, by: actor, progress: progress, timing: timing)
        }
        public override func importApplications(
            by actor: Actor, timing: BulkLoadTiming?,
            _ body: (any ImportBatch) throws -> ImportLogEntry?
        ) throws -> Bool { try route(actor).importApplications(by: actor, timing: timing, body) }
        public override func authoriseExport(by actor: Actor) throws {
            try route(actor).authoriseExport(by: actor)
        }
        public override func authoriseMemberMarksExport(by actor: Actor) throws {
            try route(actor).authoriseMemberMarksExport(by: actor)
        }
        public override func recordExport(_ record: ExportRecord, by actor: Actor) throws {
            try route(actor).recordExport(record, by: actor)
        }
        public override func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws
            -> Int
        {
            try route(actor).purge(ids, reason: reason, by: actor)
        }
        public override func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor)
            throws -> Int
        { try route(actor).purge(submittedBefore: date, reason: reason, by: actor) }
    }
#endif
