import ShortlistCore
import TerminalKit

/// The update step: after a batch of events, brings into state everything the next frame
/// shows (rows, marks, scores, tags, evidence, the detail), reading the store where it must,
/// and settles what depends on the screen's size (scroll positions). Drawing then needs
/// nothing else.
extension App {
    func update() {
        let layout = self.layout
        if state.detailOpen, let area = layout.detail { loadDetail(width: area.width) }
        guard !layout.tooSmall else { return }
        var shown = state.shown
        shown.rows = []
        if layout.list != nil, window.total > 0 {
            shown.rows = fetchRows(count: layout.listRows)
            var marks = listMarks(for: shown.rows)
            marks.evidence = evidenceColumn(for: shown.rows)
            shown.marks = marks
        }
        shown.detailTitle = ""
        if layout.detail != nil, window.total > 0 {
            shown.detailTitle = detailTitle()
        }
        shown.total = window.total
        shown.unfilteredTotal = window.unfilteredTotal
        shown.isCounting = window.isCounting
        shown.isFiltered = window.filter != nil
        shown.scope = window.scope
        shown.order = orderName
        shown.filter = state.activeFilter
        shown.search = state.activeSearch.map { $0.query.trimmingCharacters(in: .whitespaces) }
        shown.waiting = workStatus ?? waitingForWrites
        shown.scheme = nil
        shown.criteria = []
        if state.scorecard != nil {
            shown.scheme = scoringScheme
            shown.criteria = criteriaLines
        }
        state.shown = shown
        clampScrolls(layout)
    }

    /// The ranking and the help stop at their last screenful, which depends on the size.
    private func clampScrolls(_ layout: Layout) {
        if let ranking = state.ranking {
            let screen = RankingScreen(
                view: ranking.view, scroll: ranking.scroll, theme: theme, hints: "")
            state.ranking?.scroll = min(
                ranking.scroll,
                screen.maxScroll(width: layout.body.width, height: layout.body.height))
        }
        if let profile = state.profile {
            let screen = ProfileScreen(
                view: profile.view, scroll: profile.scroll, theme: theme, hints: "",
                adoptKey: keymap.ownKeys(for: .adopt, in: .profile).first?.description)
            state.profile?.scroll = min(
                profile.scroll,
                screen.maxScroll(width: layout.body.width, height: layout.body.height))
        }
        if case .help(let scroll, let over) = state.mode {
            let area = Scene.helpArea(layout)
            let lineCount = HelpScreen.lines(
                keymap: keymap, theme: theme, width: min(area.width, 96) - 4, context: context
            ).count
            state.mode = .help(
                scroll: min(scroll, max(0, lineCount - (area.height - 2))), over: over)
        }
    }

    private func detailTitle() -> String {
        guard let summary = read({ try window.row(at: state.selected) }) ?? nil else { return "" }
        return summary.isBlinded || context.isBlind
            ? "\(summary.applicationID) \(theme.glyphs.separator) name withheld in blind mode"
            : "\(summary.displayName) \(theme.glyphs.separator) \(summary.applicationID)"
    }

    private func fetchRows(count: Int) -> [CandidateSummary] {
        do {
            return try window.rows(state.top..<(state.top + count))
        } catch {
            report(error)
            return []
        }
    }

    /// When the filter reads keyword evidence: per visible row, the phrases its CV matched
    /// for those criteria ("B2: digital twin, project coordination"); nil otherwise.
    private func evidenceColumn(for rows: [CandidateSummary]) -> [ApplicationID: String]? {
        var criteria: [CriterionID] = []
        for condition in window.filter?.expression.conditions ?? [] {
            if case .evidence(let id, _, _, _) = condition, !criteria.contains(id) {
                criteria.append(id)
            }
        }
        guard !criteria.isEmpty, let matcher else { return nil }
        let tag = criteria.map(\.rawValue).joined(separator: ",")
        var out: [ApplicationID: String] = [:]
        for row in rows {
            let key = "\(row.applicationID)|\(tag)"
            if let cached = loading.evidenceCache[key] {
                out[row.applicationID] = cached
                continue
            }
            let cv = (read { try window.source.candidate(row.applicationID) } ?? nil)?.cvText ?? ""
            let report = matcher.find(in: cv)
            let text = criteria.compactMap { criterion -> String? in
                let found = report.matchedPhrases(criterion)
                guard !found.isEmpty else { return nil }
                return "\(criterion): \(found.map(\.text).joined(separator: ", "))"
            }.joined(separator: "; ")
            if loading.evidenceCache.count > 2_000 { loading.evidenceCache.removeAll() }
            loading.evidenceCache[key] = text
            out[row.applicationID] = text
        }
        return out
    }

    private func listMarks(for rows: [CandidateSummary]) -> ListScreen.Marks {
        var marks = ListScreen.Marks(
            overridden: overriddenApplications, conflicted: Set(actorConflicts.keys),
            invited: invitedApplications, isBlind: context.isBlind, highlight: searchHighlight)
        marks.marked = state.marked
        if !invitedApplications.isEmpty, context.actor != nil {
            marks.scores = listScores(for: rows.map(\.applicationID))
        }
        if databaseHasTags {
            marks.tags = listTags(for: rows.map(\.applicationID))
        }
        return marks
    }
}
