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
    ///
    /// An actor the engine made carries the role it connected as (`Actor.login`) and is routed
    /// to that role's connection; a name is looked up in the roles the fixture bound. An entry
    /// a test adds unbound and then acts as is bound to a role of its own first (by the
    /// secretary, else the chair, as the server allows), as the fixture binds every entry at
    /// creation: on a server nobody acts without a role.
    public final class PostgresRoutingPanelDatabase: ForwardingPanelDatabase, @unchecked Sendable {
        /// Roster name -> login role.
        private let logins: Mutex<[String: String]>
        /// Roles a test bound entries to itself: connected as when a test names them as the
        /// login, never for the name alone (then the entry is used from another role).
        private let boundByTests = Mutex<Set<String>>([])
        private let open: @Sendable (String) throws -> any PanelDatabase
        private let stores = Mutex<[String: any PanelDatabase]>([:])
        /// The names this store wrote or read as: their entries are this client's own news.
        private let ownNames = Mutex<Set<String>>([])
        /// The test database's tag, in the name of every role made here, so that the roles
        /// are dropped with the database (ServerTestDatabase).
        private let tag: String

        init(
            secretary: any PanelDatabase, logins: [String: String], tag: String,
            open: @escaping @Sendable (String) throws -> any PanelDatabase
        ) {
            self.logins = Mutex(logins)
            self.tag = tag
            self.open = open
            super.init(secretary)
        }

        private func connection(_ login: String) throws -> any PanelDatabase {
            try stores.withLock { stores in
                if let store = stores[login] { return store }
                let store = try open(login)
                stores[login] = store
                return store
            }
        }

        private func isKnown(_ login: String) -> Bool {
            logins.withLock { $0.values.contains(login) }
                || boundByTests.withLock { $0.contains(login) }
        }

        /// The connection of the person `actor` names.
        func route(_ actor: Actor?) throws -> any PanelDatabase {
            guard let actor else { return base }
            ownNames.withLock { _ = $0.insert(actor.name) }
            if let login = actor.login, isKnown(login) { return try connection(login) }
            guard let login = logins.withLock({ $0[actor.name] }) else { return base }
            return try connection(login)
        }

        /// Asked as the person named: on a server only their own role may act as them. A
        /// `login` that is a role of this panel is the connection asked; otherwise the entry's
        /// own role, bound first if the test added it unbound.
        public override func actor(named name: String, login: String) throws -> Actor {
            if logins.withLock({ $0[name] }) == nil { try learn(name) }
            if isKnown(login) { return try connection(login).actor(named: name, login: login) }
            guard let own = logins.withLock({ $0[name] }) else {
                return try base.actor(named: name, login: login)
            }
            return try connection(own).actor(named: name, login: login)
        }

        /// An entry the test added: bound to a login role of its own through `bind_login`
        /// when unbound; when the test bound it, its role is learnt.
        private func learn(_ name: String) throws {
            guard let entry = try base.panelMember(named: name) else { return }
            if let bound = entry.login {
                boundByTests.withLock { _ = $0.insert(bound) }
                return
            }
            let role =
                "la" + String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8))
                + "_" + tag
            var binders = ["secretary", "chair"].compactMap { who in logins.withLock { $0[who] } }
            if let secretary = (base as? PostgresStore)?.actor.login {
                binders.insert(secretary, at: 0)
            }
            var refusal: (any Error)?
            for binder in binders {
                do {
                    guard let store = try connection(binder) as? PostgresStore else { continue }
                    try store.changePanelMember(
                        named: name, role: nil, displayName: nil, login: role, unbind: false,
                        by: store.actor)
                    logins.withLock { $0[name] = role }
                    return
                } catch {
                    refusal = error
                }
            }
            if let refusal { throw refusal }
        }

        /// What this client committed through any of its connections is its own, as one
        /// SQLite connection's commits are: told only once someone else's come too.
        public override func watchChanges() throws -> any ChangeWatching {
            RoutedChangeWatch(base: try base.watchChanges()) { [self] in
                ownNames.withLock { $0 }
            }
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
            // An entry unbound or bound anew is looked up again when next acted as.
            if unbind || login != nil { logins.withLock { $0[name] = nil } }
        }
        /// A removed entry keeps no role (the server unbinds it): asked for again, it is
        /// someone not on the roster, as on SQLite.
        public override func removePanelMember(named name: String, by actor: Actor) throws {
            try route(actor).removePanelMember(named: name, by: actor)
            logins.withLock { $0[name] = nil }
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

    /// The news of a client that writes through several connections: a gain made only of the
    /// names it wrote as is held, and told with the next gain that holds someone else's.
    final class RoutedChangeWatch: ChangeWatching {
        private let base: any ChangeWatching
        private let own: () -> Set<String>
        private var held: [ChangeCount] = []

        init(base: any ChangeWatching, own: @escaping () -> Set<String>) {
            self.base = base
            self.own = own
        }

        func poll() throws -> [ChangeCount]? {
            guard let news = try base.poll() else { return nil }
            let mine = own()
            for count in news {
                if let last = held.last, last.actor == count.actor, last.action == count.action {
                    held[held.count - 1].count += count.count
                } else {
                    held.append(count)
                }
            }
            guard news.contains(where: { !mine.contains($0.actor) }) else { return nil }
            defer { held = [] }
            return held
        }
    }
#endif
