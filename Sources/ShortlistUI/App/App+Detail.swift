import ShortlistCore
import ShortlistStore

extension App {
    /// Shows a tab of the detail, opening the detail if needed. Moving through the list
    /// keeps the tab, so that eligibility or screening can be read candidate after candidate.
    func showTab(_ tab: DetailTab) {
        guard window.total > 0 else { return }
        if !state.detailOpen || layout.detail == nil {
            state.openDetail(focus: .detail)
        }
        if state.detailTab != tab {
            state.detailTab = tab
            state.detailScroll = 0
        }
    }

    var tabKeys: [DetailTab: String] { scene.tabKeys }

    /// The shown tab's document, as the update step last built it.
    var detail: DetailDocument? { state.shown.detail }

    /// Builds the shown tab's document when the candidate, tab, width or data changed. The
    /// store is read off this thread (a CV, an audit trail can take a while on a busy
    /// database); the read nearly always ends within `readWait`, and then the frame after the
    /// key shows it as before. Otherwise the previous document stays up while it is the same
    /// candidate's tab (a refresh), or a "loading…" line, until `collectDetail` takes it.
    func loadDetail(width: Int) {
        guard let summary = read({ try window.row(at: state.selected) }) ?? nil else {
            state.shown.detail = nil
            return
        }
        var key = DetailDocument.Key(
            applicationID: summary.applicationID, tab: state.detailTab, width: width,
            version: loading.dataVersion)
        if let search = state.activeSearch, search.kind == .text, state.detailTab == .details {
            key.searchWords = search.words
        }
        key.ownScreening = state.scorecard != nil && key.tab == .details
        if key.ownScreening, let words = state.findWords { key.searchWords = words }
        if let pending = loading.pendingDetail {
            if pending.key == key { return }
        } else if state.shown.detail?.key == key {
            return
        }
        let cache = loading.panelCache
        let needs = ScreeningExtras.Needs(
            screeners: cache.screeners == nil,
            conflicts: cache.conflicts == nil && context.actor != nil,
            criteria: cache.criteria == nil && context.profile == nil)
        let read = Self.detailRead(
            key.tab, of: key.applicationID, source: window.source, panel: panel,
            actor: context.actor, needs: needs)
        let generation = detailRunner.submit(read)
        loading.pendingDetail = PendingDetail(generation: generation, key: key)
        detailRunner.waitUntilIdle(timeout: Self.readWait)
        if collectDetail() { return }
        if let shown = state.shown.detail, shown.key.applicationID == key.applicationID,
            shown.key.tab == key.tab
        {
            return
        }
        state.shown.detail = .message(
            "loading…", title: key.tab.title, key: key, theme: theme)
    }

    /// Takes the detail read asked for last if it has come, and builds its document; true
    /// when it did.
    @discardableResult
    func collectDetail() -> Bool {
        guard let pending = loading.pendingDetail, let outcome = detailRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingDetail = nil
        let key = pending.key
        state.shown.detail = document(for: key, outcome.result).highlighting(
            key.searchWords, theme: theme)
        scrollDetail(to: state.detailScroll)
        return true
    }

    /// What a tab needs from the store, as work for the detail's runner: it captures only
    /// sendable values, so it may run on any thread.
    private static func detailRead(
        _ tab: DetailTab, of id: ApplicationID, source: any CandidateSource,
        panel: (any PanelSource)?, actor: Actor?, needs: ScreeningExtras.Needs
    ) -> @Sendable () throws -> DetailRead {
        {
            switch tab {
            case .details:
                let candidate = try source.candidate(id)
                guard let panel, candidate != nil else {
                    return .candidate(candidate, slot: nil, checks: [])
                }
                let slot = try panel.interviewSlots()[id]
                let checks = slot == nil ? [] : try panel.recruitmentChecklist(id)
                return .candidate(candidate, slot: slot, checks: checks)
            case .eligibility:
                guard let panel else { return .noPanel }
                return .eligibility(try panel.eligibility(of: id))
            case .screening:
                guard let panel else { return .noPanel }
                var extras = ScreeningExtras()
                if needs.screeners {
                    extras.screeners = try panel.panelMembers()
                        .filter { Permissions.allows($0.role, .screen) }.map(\.name)
                }
                if needs.conflicts, let actor {
                    var known: [ApplicationID: ConflictOfInterest] = [:]
                    for conflict in try panel.conflicts(of: actor.name) {
                        known[conflict.applicationID] = conflict
                    }
                    extras.conflicts = known
                }
                if needs.criteria { extras.criteria = try panel.profileCriteria() }
                return .screening(try panel.screening(of: id), extras: extras)
            case .audit:
                guard let panel else { return .noPanel }
                guard let actor else { return .noActor }
                do {
                    return .audit(try panel.auditLog(candidate: id, by: actor, limit: nil))
                } catch let refused as PermissionDenied {
                    return .auditRefused(refused.description)
                }
            case .notes:
                guard let panel else { return .noPanel }
                return .notes(try panel.notes(for: id, includeDeleted: false))
            }
        }
    }

    private func document(for key: DetailDocument.Key, _ result: Result<DetailRead, any Error>)
        -> DetailDocument
    {
        let id = key.applicationID
        switch result {
        case .failure(let error):
            report(error)
            return .message("\(error)", title: key.tab.title, key: key, theme: theme)
        case .success(.noPanel):
            return withoutPanel(key)
        case .success(.candidate(nil, _, _)):
            return .message(
                "\(id) is no longer in the database.", title: "Candidate", key: key,
                theme: theme)
        case .success(.candidate(let candidate?, let slot, let recorded)):
            var checks: [RecruitmentItem: String] = [:]
            for check in recorded {
                checks[check.item] =
                    "\(check.met ? "yes" : "no") · \(check.recordedBy), \(check.recordedAt)"
            }
            return .details(
                candidate, slot: slot, recruitment: checks,
                own: key.ownScreening ? ownScreening(of: id) : nil,
                evidence: matcher?.find(in: candidate.cvText), key: key,
                theme: theme, jumpKeys: (keyName(.nextEvidence), keyName(.previousEvidence)))
        case .success(.eligibility(let assessment)):
            return .eligibility(
                assessment, key: key, theme: theme, footer: eligibilityFooter)
        case .success(.screening(let screening, let extras)):
            // Read before a change of the panel's data, they would fill the cache with what
            // the change replaced.
            if key.version == loading.dataVersion {
                if let screeners = extras.screeners { loading.panelCache.screeners = screeners }
                if let conflicts = extras.conflicts { loading.panelCache.conflicts = conflicts }
                if let criteria = extras.criteria {
                    loading.panelCache.criteria = criteria.map {
                        .init(id: $0.0, group: $0.1, text: "")
                    }
                }
            }
            let conflict = actorConflicts[id]
            let view = ScreeningView(
                criteria: criteriaLines, screeners: screeners, viewer: context.actor?.name,
                conflict: conflict, footer: screeningFooter(conflicted: conflict != nil))
            return .screening(screening, view: view, key: key, theme: theme)
        case .success(.noActor):
            return .auditRefused(context.refusal(of: .readAuditTrail), key: key, theme: theme)
        case .success(.auditRefused(let reason)):
            return .auditRefused(reason, key: key, theme: theme)
        case .success(.audit(let entries)):
            return .audit(entries, key: key, theme: theme)
        case .success(.notes(let notes)):
            return .notes(
                notes, key: key, theme: theme, footer: notesFooter,
                resolveKey: keyName(.resolveNote))
        }
    }

    /// The acting member's own marks and note only: their screening beside their scorecard.
    private func ownScreening(of id: ApplicationID) -> DetailDocument.OwnScreening? {
        guard let panel, let actor = context.actor,
            let screening = read({ try panel.screening(of: id) })
        else { return nil }
        let mine = screening.entries.filter { $0.member == actor.name }
        return DetailDocument.OwnScreening(
            member: actor.name,
            marks: criteriaLines.map { line in
                (line.id, mine.first { $0.criterion == line.id }?.mark.rawValue)
            },
            note: screening.notes[actor.name].flatMap { $0.isEmpty ? nil : $0 })
    }

    private func withoutPanel(_ key: DetailDocument.Key) -> DetailDocument {
        .message(
            "The panel's work is not available here.", title: key.tab.title, key: key,
            theme: theme)
    }

    private var eligibilityFooter: [String] {
        guard context.allows(.overrideEligibility) else {
            return ["Overrides: \(context.refusal(of: .overrideEligibility))."]
        }
        var keys: [String] = []
        if let key = keyName(.override) { keys.append("\(key) overrides a rule") }
        if let key = keyName(.withdrawOverride) { keys.append("\(key) withdraws an override") }
        guard !keys.isEmpty else { return [] }
        return [
            keys.joined(separator: ", ")
                + "; each needs a written justification, which the audit trail records."
        ]
    }

    private var notesFooter: [String] {
        guard context.allows(.annotate) else {
            return ["Read only: \(context.refusal(of: .annotate))."]
        }
        var keys: [String] = []
        if let key = keyName(.addNote) { keys.append("\(key) adds a note") }
        if let key = keyName(.tag) { keys.append("\(key) tags the candidate") }
        guard !keys.isEmpty else { return [] }
        return [keys.joined(separator: ", ") + "; notes are not sealed: the panel reads them."]
    }

    private func screeningFooter(conflicted: Bool) -> [String] {
        guard context.allows(.screen) else {
            return ["Read only: \(context.refusal(of: .screen))."]
        }
        guard !conflicted, let key = keyName(.screen) else { return [] }
        return [
            "\(key) sets your marks (met, partly, not met, unknown) and your note. Screening marks are the panel's judgement, seen by every member."
        ]
    }
}
