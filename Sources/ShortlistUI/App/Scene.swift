import ShortlistCore
import ShortlistStore
import TerminalKit

/// One frame as a value: the view state with what the update step read for it, the size of
/// the terminal, and the settings it is drawn with. It holds no store and no source, so
/// drawing it cannot read one; `render(into:)` is a pure function of it.
public struct Scene: Sendable {
    public var size: Size
    public var state: AppState
    public var theme: Theme
    public var keymap: Keymap
    public var context: AppContext

    var layout: Layout { Layout(size: size, state: state) }
    var shown: ScreenData { state.shown }

    /// Draws the frame into `buffer`; returns where the cursor rests.
    public func render(into buffer: inout Buffer) -> Position? {
        let layout = self.layout
        var cursor: Position?
        if layout.tooSmall {
            TooSmallScreen(
                size: layout.size, minimum: Layout.minimum, theme: theme,
                quitKey: keymap.keys(for: .quit, in: .list).first?.description
            ).draw(into: &buffer)
        } else {
            cursor = drawScreen(into: &buffer, layout: layout)
        }
        theme.applyBase(to: &buffer)
        return cursor
    }

    private func drawScreen(into buffer: inout Buffer, layout: Layout) -> Position? {
        var cursor: Position?
        TitleBar(
            callReference: context.callReference, screen: state.mode.title(scope: shown.scope),
            actor: context.actor, isBlind: context.isBlind,
            isReadOnly: context.readOnlyReason != nil, theme: theme
        ).draw(into: &buffer, area: layout.titleBar)
        let listFocused = state.focus == .list || !state.detailOpen
        if let area = layout.list {
            if shown.total == 0 {
                drawEmpty(into: &buffer, area: area)
            } else {
                let screen = ListScreen(
                    rows: shown.rows, top: state.top, selected: state.selected,
                    total: shown.total, focused: listFocused, theme: theme, marks: shown.marks)
                let at = screen.draw(into: &buffer, area: area)
                if listFocused { cursor = at }
            }
        }
        if let area = layout.detail {
            // Beside a docked pane the detail is read, not focused: the form keeps the keys.
            let focused = state.focus == .detail && layout.form == nil
            let screen = DetailScreen(
                title: shown.detailTitle, tab: state.detailTab, tabKeys: tabKeys,
                document: shown.detail, scroll: state.detailScroll,
                focused: focused, theme: theme, currentHit: currentEvidenceMark,
                focusCriterion: state.detailTab == .details ? state.formCriterion : nil,
                evidence: shown.detail?.evidence ?? [])
            let at = screen.draw(into: &buffer, area: area)
            if focused { cursor = at }
        }
        StatusLine(
            position: state.selected, total: shown.total, counting: shown.isCounting,
            databaseName: context.databaseName,
            order: shown.order + (shown.scope == .invited ? ", invited only" : ""),
            message: state.message ?? shown.waiting, theme: theme, filter: shown.filter,
            unfilteredTotal: shown.unfilteredTotal, search: shown.search,
            hints: StatusLine.hints(keymap, context: state.mode.hintContext)
        ).draw(into: &buffer, area: layout.status)
        switch state.mode.underHelp {
        case .scorecard(let scorecard, _):
            if let scheme = shown.scheme {
                let card = scorecard.card
                cursor = ScorecardScreen(
                    title: scorecard.title, scoring: card, scheme: scheme,
                    criteria: shown.criteria, focus: scorecard.focus,
                    viewer: context.actor?.name ?? "", theme: theme,
                    hints: Self.scorecardHints(
                        keymap, scheme, locked: card.own?.isSubmitted == true,
                        at: card.own?.submittedAt)
                ).draw(into: &buffer, area: layout.form ?? layout.body)
                drawDockRule(into: &buffer, layout: layout)
            }
        case .ranking(let ranking, _):
            RankingScreen(
                view: ranking.view, scroll: ranking.scroll, theme: theme,
                hints: Self.rankingHints(keymap, context: context, view: ranking.view),
                selected: ranking.selected
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .profile(let profile, _):
            ProfileScreen(
                view: profile.view, scroll: profile.scroll, theme: theme,
                hints: Self.profileHints(keymap, context: context, view: profile.view),
                adoptKey: keymap.ownKeys(for: .adopt, in: .profile).first?.description
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .audit(let audit, _):
            AuditScreen(
                audit: audit, scroll: audit.scroll, theme: theme,
                hints: Self.auditHints(keymap)
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .roster(let roster, _):
            RosterScreen(
                view: roster.view, selected: roster.selected, scroll: roster.scroll, theme: theme,
                hints: Self.rosterHints(keymap, context: context)
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .notesScreen(let notes, _):
            NotesScreen(
                view: notes.view, scroll: notes.scroll, theme: theme,
                hints: Self.notesHints(keymap, context: context)
            ).draw(into: &buffer, area: layout.body)
            cursor = nil
        case .list, .detail, .help:
            break
        }
        if case .help(let scroll, _) = state.mode {
            HelpScreen(keymap: keymap, scroll: scroll, theme: theme, context: context)
                .draw(into: &buffer, area: Self.helpArea(layout))
            cursor = nil
        }
        for overlay in state.overlays {
            switch overlay {
            case .form(let form):
                let (area, docked) = Self.formArea(form, layout)
                cursor = FormScreen(
                    form: form, keymap: keymap, theme: theme, docked: docked,
                    remark: docked ? shown.formRemark : nil
                ).draw(into: &buffer, area: area)
            case .dialog(let dialog):
                cursor = DialogScreen(dialog: dialog, keymap: keymap, theme: theme).draw(
                    into: &buffer, area: Self.dialogArea(layout))
            case .commandLine(let line):
                cursor = CommandLineView(line: line, theme: theme).draw(
                    into: &buffer, line: layout.status, above: layout.body)
            }
        }
        return cursor
    }

    /// The line between the scorecard and the detail beside it (a form has its own frame).
    private func drawDockRule(into buffer: inout Buffer, layout: Layout) {
        guard let pane = layout.form, let detail = layout.detail, detail.x > pane.maxX else {
            return
        }
        for y in pane.y..<pane.maxY {
            buffer.put(
                String(theme.glyphs.vertical), x: pane.maxX, y: y, style: theme[.border])
        }
    }

    static func helpArea(_ layout: Layout) -> Rect {
        Rect(x: 0, y: 1, width: layout.size.width, height: layout.size.height - 2)
    }

    static func dialogArea(_ layout: Layout) -> Rect { layout.body }

    /// Where a form goes: a docking form fills the docked pane; any other floats over the
    /// docked pane (a comment over the scorecard) or over the whole body.
    static func formArea(_ form: FormState, _ layout: Layout) -> (Rect, docked: Bool) {
        guard let pane = layout.form else { return (layout.body, false) }
        return (pane, form.purpose.docks)
    }

    private func drawEmpty(into buffer: inout Buffer, area: Rect) {
        if shown.isFiltered {
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

    /// The first key of a command where the detail has the focus, for hints.
    func keyName(_ command: CommandID) -> String? {
        keymap.keys(for: command, in: .detail).first?.description
    }

    var tabKeys: [DetailTab: String] {
        var keys: [DetailTab: String] = [:]
        for tab in DetailTab.allCases { keys[tab] = keyName(tab.command) }
        return keys
    }

    /// The hit last jumped to, while the Details tab shows the document it belongs to.
    var currentEvidenceMark: DetailDocument.EvidenceMark? {
        guard state.detailTab == .details, let index = state.evidenceHit,
            let marks = shown.detail?.evidence, marks.indices.contains(index)
        else { return nil }
        return marks[index]
    }
}
