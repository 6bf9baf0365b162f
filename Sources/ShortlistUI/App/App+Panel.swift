import ShortlistCore
import ShortlistStore

/// What the list and the tabs need besides the rows, read once and again only after this
/// session changed it (another process's changes show on the next start or key that reads).
struct PanelCache {
    var overridden: Set<ApplicationID>?
    var conflicts: [ApplicationID: ConflictOfInterest]?
    var screeners: [String]?
    var criteria: [ScreeningView.CriterionLine]?
    /// Candidates invited to interview.
    var invited: Set<ApplicationID>?
    var scheme: ScoringScheme??
    /// Whether any candidate carries a tag: the list shows its Tags column only then.
    var hasTags: Bool?
    /// Tags of the candidates the list has shown, so that a key press does not read them
    /// again; a candidate without tags is cached as [].
    var tags: [ApplicationID: [String]] = [:]
    /// The list's Score column for the invited candidates the list has shown, as the acting
    /// person may see it; a candidate read and not invited is cached as nil.
    var scores: [ApplicationID: ListScreen.ScoreCell?] = [:] {
        didSet { if scores.isEmpty { scoresCleared += 1 } }
    }
    /// Counts the times `scores` was emptied (the data changed): a read asked for before
    /// then is stale when it comes.
    private(set) var scoresCleared = 0
}

extension App {
    var selectedID: ApplicationID? {
        guard window.total > 0 else { return nil }
        return (read { try window.row(at: state.selected) } ?? nil)?.applicationID
    }

    /// The acting person's declared conflicts of interest, by candidate, for a command or a
    /// tab (the list's marks read them off the loop's thread). A failed read is said and not
    /// cached: the next one asks again.
    var actorConflicts: [ApplicationID: ConflictOfInterest] {
        if let known = loading.panelCache.conflicts { return known }
        guard let panel, let actor = context.actor else { return [:] }
        guard let conflicts = read({ try panel.conflicts(of: actor.name) }) else { return [:] }
        var known: [ApplicationID: ConflictOfInterest] = [:]
        for conflict in conflicts { known[conflict.applicationID] = conflict }
        loading.panelCache.conflicts = known
        return known
    }

    /// The people who screen: the chair and the members. The Screening tab reads them with
    /// the candidate, off the loop's thread; a failed read here is said and not cached.
    var screeners: [String] {
        if let known = loading.panelCache.screeners { return known }
        guard let panel else { return [] }
        guard let members = read({ try panel.panelMembers() }) else { return [] }
        let known = members.filter { Permissions.allows($0.role, .screen) }.map(\.name)
        loading.panelCache.screeners = known
        return known
    }

    /// The criteria in the profile's order, with their texts when the profile is known.
    var criteriaLines: [ScreeningView.CriterionLine] {
        if let known = loading.panelCache.criteria { return known }
        let known: [ScreeningView.CriterionLine]
        if let profile = context.profile {
            known = profile.criteria.map { .init(id: $0.id, group: $0.group, text: $0.text) }
        } else {
            guard let panel else { return [] }
            // A failed read is said and not cached: the next one asks again.
            guard let criteria = read({ try panel.profileCriteria() }) else { return [] }
            known = criteria.map { .init(id: $0.0, group: $0.1, text: "") }
        }
        loading.panelCache.criteria = known
        return known
    }

    /// The panel and the acting person, for a command whose role `perform` has checked from
    /// the table (so an acting person is there); nil, and said, when the session has no
    /// panel's work (a bare candidate source).
    func panelWork() -> (panel: any PanelSource, actor: Actor)? {
        guard let panel, let actor = context.actor else {
            show("the panel's work is not available here", isError: true)
            return nil
        }
        return (panel, actor)
    }

    /// After this session changed the panel's work: read the rows, marks and tabs again.
    func panelChanged() {
        loading.dataVersion += 1
        loading.panelCache.overridden = nil
        loading.panelCache.conflicts = nil
        loading.panelCache.invited = nil
        loading.panelCache.hasTags = nil
        loading.panelCache.tags = [:]
        loading.panelCache.scores = [:]
        loading.marksFailed = false
        reloadList()
        clampSelection()
    }

    /// Reads the list again after its data changed; a filter in force is compiled again,
    /// since it holds what it read when compiled (the totals a score condition compares, the
    /// candidates a phrase matches).
    func reloadList() {
        do {
            if let text = state.activeFilter, let panel {
                try window.reset(recompiled: panel.compileFilter(text, for: context.actor))
            } else {
                try window.reset()
            }
        } catch {
            report(error)
        }
        scheduleCount()
    }

    /// The first key of a command where the detail has the focus, for hints.
    func keyName(_ command: CommandID) -> String? {
        keymap.keys(for: command, in: .detail).first?.description
    }

    /// Per invited candidate among `ids`, what the list's Score column shows: the total and
    /// the criteria whose marks diverge, "sealed", or how many cards are in. Read through the
    /// store, which seals what the viewer may not see, only for candidates not read since the
    /// panel's data last changed: a screenful, never the whole ranking.
    func listScores(for ids: [ApplicationID], invited: Set<ApplicationID>)
        -> [ApplicationID: ListScreen.ScoreCell]
    {
        let missing = ids.filter { invited.contains($0) && loading.panelCache.scores[$0] == nil }
        // Reading the cards of a screenful can take a while on a busy database: off this
        // thread, waited for `readWait` so that the common case is in this frame; a slower
        // read leaves those cells empty until `collectScores` takes it.
        if !missing.isEmpty, loading.pendingScores?.ids != missing, let panel,
            let actor = context.actor
        {
            let generation = scoreRunner.submit {
                try panel.scoreProgress(of: missing, for: actor)
            }
            loading.pendingScores = PendingScores(
                generation: generation, ids: missing,
                cleared: loading.panelCache.scoresCleared)
            scoreRunner.waitUntilIdle(timeout: Self.readWait)
            collectScores()
        }
        var cells: [ApplicationID: ListScreen.ScoreCell] = [:]
        for id in ids { if let cell = loading.panelCache.scores[id] ?? nil { cells[id] = cell } }
        return cells
    }

    /// Takes the Score column's read asked for last if it has come; true when it did. A
    /// read made before the data changed is dropped: the next update asks again.
    @discardableResult
    func collectScores() -> Bool {
        guard let pending = loading.pendingScores, let outcome = scoreRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingScores = nil
        guard pending.cleared == loading.panelCache.scoresCleared else { return true }
        let progress: [ApplicationID: ScoreProgress]
        switch outcome.result {
        case .success(let value): progress = value
        case .failure(let error):
            // Said once and kept for :messages; the cells stay empty, as before.
            report(error)
            progress = [:]
        }
        for id in pending.ids { loading.panelCache.scores[id] = progress[id].map(Self.scoreCell) }
        return true
    }

    static func scoreCell(_ progress: ScoreProgress) -> ListScreen.ScoreCell {
        if !progress.isComplete {
            return ListScreen.ScoreCell(
                text: "\(progress.submittedCount)/\(progress.expectedCount) cards",
                isSealed: false, divergent: [])
        }
        if let result = progress.result.value, let total = result.total {
            return ListScreen.ScoreCell(
                text: ScoreText.decimal(total), isSealed: false,
                divergent: result.criteria.filter(\.isDivergent).map(\.criterion.rawValue))
        }
        return ListScreen.ScoreCell(text: ScoreText.sealed, isSealed: true, divergent: [])
    }
}
