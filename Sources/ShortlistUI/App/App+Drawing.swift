import ShortlistCore
import TerminalKit

extension App {
    public func render() {
        let layout = self.layout
        if state.detailOpen, let area = layout.detail { loadDetail(width: area.width) }
        terminal.draw { buffer in
            var cursor: Position?
            if layout.tooSmall {
                TooSmallScreen(
                    size: layout.size, minimum: Layout.minimum, theme: theme,
                    quitKey: keymap.keys(for: .quit, in: .list).first?.description
                ).draw(into: &buffer)
            } else {
                cursor = drawFrame(into: &buffer, layout: layout)
            }
            theme.applyBase(to: &buffer)
            return cursor
        }
    }

    private func drawFrame(into buffer: inout Buffer, layout: Layout) -> Position? {
        var cursor: Position?
        let glyphs = theme.glyphs
        let screen = state.mode.title(scope: window.scope)
        TitleBar(
            callReference: context.callReference, screen: screen, actor: context.actor,
            isBlind: context.isBlind, isReadOnly: context.readOnlyReason != nil, theme: theme
        ).draw(into: &buffer, area: layout.titleBar)

        if let area = layout.list {
            if window.total == 0 {
                drawEmpty(into: &buffer, area: area)
            } else {
                let rows = fetchRows(count: layout.listRows)
                var marks = listMarks(for: rows)
                marks.evidence = evidenceColumn(for: rows)
                let screen = ListScreen(
                    rows: rows, top: state.top, selected: state.selected, total: window.total,
                    focused: state.focus == .list || !state.detailOpen, theme: theme,
                    marks: marks)
                let at = screen.draw(into: &buffer, area: area)
                if state.focus == .list || !state.detailOpen { cursor = at }
            }
        }
        if let area = layout.detail {
            let summary = try? window.row(at: state.selected)
            let screen = DetailScreen(
                title: summary.map {
                    $0.isBlinded || context.isBlind
                        ? "\($0.applicationID) \(glyphs.separator) name withheld in blind mode"
                        : "\($0.displayName) \(glyphs.separator) \($0.applicationID)"
                } ?? "",
                tab: state.detailTab, tabKeys: tabKeys, document: detail,
                scroll: state.detailScroll, focused: state.focus == .detail, theme: theme,
                currentHit: currentEvidenceMark)
            let at = screen.draw(into: &buffer, area: area)
            if state.focus == .detail { cursor = at }
        }
        StatusLine(
            position: state.selected, total: window.total, counting: window.isCounting,
            databaseName: context.databaseName,
            order: orderName + (window.scope == .invited ? ", invited only" : ""),
            message: state.message ?? waitingForWrites, theme: theme, filter: activeFilter,
            unfilteredTotal: window.unfilteredTotal,
            search: activeSearch.map { $0.query.trimmingCharacters(in: .whitespaces) },
            hints: StatusLine.hints(keymap, context: state.mode.hintContext)
        ).draw(into: &buffer, area: layout.status)
        switch state.mode.underHelp {
        case .scorecard(let scorecard, _):
            if let scheme = scoringScheme {
                let card = scorecard.card
                cursor = ScorecardScreen(
                    title: scorecard.title, scoring: card, scheme: scheme,
                    criteria: criteriaLines, focus: scorecard.focus,
                    viewer: context.actor?.name ?? "", theme: theme,
                    hints: scorecardHints(
                        scheme, locked: card.own?.isSubmitted == true, at: card.own?.submittedAt)
                ).draw(into: &buffer, area: layout.body)
            }
        case .ranking(let ranking, _):
            let screen = RankingScreen(
                view: ranking.view, scroll: ranking.scroll, theme: theme, hints: rankingHints())
            state.ranking?.scroll = min(
                ranking.scroll,
                screen.maxScroll(width: layout.body.width, height: layout.body.height))
            RankingScreen(
                view: ranking.view, scroll: state.ranking?.scroll ?? 0, theme: theme,
                hints: rankingHints()
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .list, .detail, .help:
            break
        }
        if case .help(let scroll, let over) = state.mode {
            let area = helpArea(layout)
            let lineCount = HelpScreen.lines(
                keymap: keymap, theme: theme, width: min(area.width, 96) - 4, context: context
            ).count
            let shown = min(scroll, max(0, lineCount - (area.height - 2)))
            state.mode = .help(scroll: shown, over: over)
            HelpScreen(keymap: keymap, scroll: shown, theme: theme, context: context)
                .draw(into: &buffer, area: area)
            cursor = nil
        }
        for overlay in state.overlays {
            switch overlay {
            case .form(let form):
                cursor = FormScreen(form: form, keymap: keymap, theme: theme).draw(
                    into: &buffer, area: layout.body)
            case .dialog(let dialog):
                cursor = DialogScreen(dialog: dialog, keymap: keymap, theme: theme).draw(
                    into: &buffer, area: dialogArea(layout))
            case .commandLine(let line):
                cursor = CommandLineView(line: line, theme: theme).draw(
                    into: &buffer, line: layout.status, above: layout.body)
            }
        }
        return cursor
    }

    func helpArea(_ layout: Layout) -> Rect {
        Rect(x: 0, y: 1, width: layout.size.width, height: layout.size.height - 2)
    }

    func dialogArea(_ layout: Layout) -> Rect { layout.body }

    private func drawEmpty(into buffer: inout Buffer, area: Rect) {
        if window.filter != nil {
            let lines = [
                "No candidate matches the filter.", "",
                "\(keyName(.filter) ?? ":filter") changes it, \(keyName(.clearFilter) ?? ":clear-filter") shows everyone.",
            ]
            for (i, line) in lines.enumerated() {
                buffer.put(
                    line, x: area.x + 2, y: area.y + 1 + i,
                    style: i == 0 ? theme[.sectionTitle] : theme[.row], maxWidth: area.width - 2)
            }
            return
        }
        let lines = [
            "No applications in this database yet.",
            "",
            "Import the CAST export with:",
            "    shortlist import FILE.csv",
            "",
            "or explore a demo database with:",
            "    shortlist demo",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            buffer.put(
                line, x: area.x + max(0, (area.width - 40) / 2), y: top + i,
                style: i == 0 ? theme[.sectionTitle] : theme[.row])
        }
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
            if let cached = evidenceCache[key] {
                out[row.applicationID] = cached
                continue
            }
            let cv = (try? window.source.candidate(row.applicationID))?.cvText ?? ""
            let report = matcher.find(in: cv)
            let text = criteria.compactMap { criterion -> String? in
                let found = report.matchedPhrases(criterion)
                guard !found.isEmpty else { return nil }
                return "\(criterion): \(found.map(\.text).joined(separator: ", "))"
            }.joined(separator: "; ")
            if evidenceCache.count > 2_000 { evidenceCache.removeAll() }
            evidenceCache[key] = text
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
