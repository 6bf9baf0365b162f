import ShortlistCore
import TerminalKit

/// The update step: after a batch of events, brings into state everything the next frame
/// shows (rows, marks, scores, tags, evidence, the detail), reading the store where it must,
/// and settles what depends on the screen's size (scroll positions). Drawing then needs
/// nothing else.
extension App {
    func update() {
        let layout = self.layout
        // The layout gives a detail only where one shows: open, or beside a docked form.
        if let area = layout.detail { loadDetail(width: area.width) }
        guard !layout.tooSmall else { return }
        var shown = state.shown
        shown.rows = []
        if layout.list != nil, window.total > 0 {
            shown.rows = fetchRows(count: layout.listRows)
            requestListMarks(for: shown.rows)
            shown.marks = listMarks(for: shown.rows)
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
        updateDock()
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
        readOlderAuditEntriesIfShown()
        if let audit = state.audit {
            let screen = AuditScreen(audit: audit, scroll: audit.scroll, theme: theme, hints: "")
            state.audit?.scroll = min(
                audit.scroll,
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
}
