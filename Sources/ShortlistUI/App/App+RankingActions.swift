import ShortlistCore
import ShortlistStore

/// The ranking as a list with a cursor, and the chair's work on it: finalising (confirmed,
/// with what freezes, or refused with what and who blocks it), reopening with a reason,
/// excusing a member and withdrawing an excusal. Each goes through the same store function
/// as its subcommand (`shortlist rank finalise`, `rank reopen`, `score excuse`,
/// `score withdraw-excuse`), which checks the role and writes the audit entry.
extension App {
    // MARK: The cursor

    /// The lines the ranking's rows are on at the body's width.
    private func rankingRowLines(_ ranking: RankingState) -> [Int] {
        RankingScreen(view: ranking.view, scroll: ranking.scroll, theme: theme, hints: "")
            .rowLines(width: layout.body.width - 2)
    }

    /// Moves the cursor to a row (bounded) and scrolls the least that shows it.
    func moveRankingCursor(to index: Int) {
        guard var ranking = state.ranking else { return }
        let count = ranking.rows.count
        guard count > 0 else { return }
        ranking.selected = min(max(0, index), count - 1)
        let lines = rankingRowLines(ranking)
        let visible = max(1, layout.body.height - 1)
        if ranking.selected == 0 {
            // The first row: the title and the header above it show too.
            ranking.scroll = 0
        }
        let line = lines[ranking.selected]
        if line < ranking.scroll { ranking.scroll = line }
        if line >= ranking.scroll + visible { ranking.scroll = line - visible + 1 }
        state.ranking = ranking
    }

    /// After the page scrolled (a page key, `G`): the cursor moves onto a row shown if it
    /// went off screen.
    func keepRankingCursorVisible() {
        guard var ranking = state.ranking, !ranking.rows.isEmpty else { return }
        let screen = RankingScreen(
            view: ranking.view, scroll: ranking.scroll, theme: theme, hints: "")
        ranking.scroll = min(
            ranking.scroll,
            screen.maxScroll(width: layout.body.width, height: layout.body.height))
        let lines = rankingRowLines(ranking)
        let visible = max(1, layout.body.height - 1)
        let shown = lines.indices.filter {
            lines[$0] >= ranking.scroll && lines[$0] < ranking.scroll + visible
        }
        if let first = shown.first, let last = shown.last, !shown.contains(ranking.selected) {
            ranking.selected = ranking.selected < first ? first : last
        }
        state.ranking = ranking
    }

    /// The movement keys move the cursor; the page keys scroll the page and take the cursor
    /// along (the sections under the rows stay reachable). True when the command moved.
    func moveInRanking(_ command: CommandID, _ ranking: RankingState) -> Bool {
        switch command {
        case .moveDown: moveRankingCursor(to: ranking.selected + 1)
        case .moveUp: moveRankingCursor(to: ranking.selected - 1)
        case .first:
            moveRankingCursor(to: 0)
            state.ranking?.scroll = 0
        case .last:
            state.ranking?.scroll = Int.max / 2
            keepRankingCursorVisible()
            if let last = state.ranking.map({ $0.rows.count - 1 }), last >= 0 {
                state.ranking?.selected = last
                let lines = rankingRowLines(state.ranking!)
                if let scroll = state.ranking?.scroll, lines[last] < scroll {
                    state.ranking?.scroll = lines[last]
                }
            }
        case .pageDown, .pageUp:
            guard let next = scrolled(ranking.scroll, by: command) else { return false }
            state.ranking?.scroll = max(0, next)
            keepRankingCursorVisible()
        default: return false
        }
        return true
    }

    /// The candidate under the ranking's cursor; says so when nobody is invited.
    var rankingCandidate: RankingRow? {
        guard let row = state.ranking?.selectedRow else {
            show("nobody is invited to interview yet", isError: true)
            return nil
        }
        return row
    }

    /// `Enter`: the ranking closes and the list selects the candidate, whose detail opens.
    /// False (with the reason said) when the list as filtered does not hold them.
    func openFromRanking(_ row: RankingRow) -> Bool {
        guard select(row.applicationID) else {
            let clear = keymap.keys(for: .clearFilter, in: .list).first.map { " (\($0))" } ?? ""
            show(
                "\(row.applicationID) is not in the list as it is filtered: clear the filter\(clear) to open them",
                isError: true)
            return false
        }
        state.rankingBehindDetail = state.ranking
        state.ranking = nil
        return true
    }

    // MARK: `/` among the rows

    func openRankingSearch() {
        state.commandLine = CommandLineState(purpose: .rankingSearch)
    }

    /// Every change of the text: the cursor goes to the first row whose name or application
    /// id holds it, folded as the list's search folds (case, accents, ł).
    func searchRankingAsTyped(_ text: String) {
        guard let ranking = state.ranking else { return }
        let needle = SearchFolding.fold(text.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return }
        guard
            let index = ranking.rows.firstIndex(where: {
                SearchFolding.fold($0.name).contains(needle)
                    || SearchFolding.fold($0.applicationID.rawValue).contains(needle)
            })
        else {
            show("no row of the ranking matches \(text)", isError: true)
            return
        }
        moveRankingCursor(to: index)
    }

    /// Keys of the ranking's search bar: Enter keeps the cursor where it is, Esc too.
    func performInRankingSearch(_ command: CommandID, _ line: CommandLineState) -> Bool {
        switch command {
        case .accept, .back:
            state.commandLine = nil
            if command == .accept, let row = state.ranking?.selectedRow {
                show("\(row.name) \(theme.glyphs.separator) \(row.applicationID)")
            }
            return true
        case .complete, .completePrevious, .historyPrevious, .historyNext:
            return true
        default:
            return false
        }
    }

    // MARK: Finalising and reopening

    /// `F`: the chair is asked to confirm with what freezes; when candidates are not fully
    /// scored the status line says which and whose cards are missing, and nothing opens.
    func confirmFinalise() {
        guard let panel, context.actor != nil else {
            show(context.refusal(of: .finaliseRanking), isError: true)
            return
        }
        guard let refusal = read({ try panel.finalisationRefusal() }) else { return }
        if let refusal {
            show("cannot finalise: " + refusal, isError: true)
            return
        }
        let ranked = state.ranking?.view.ranked.count
        state.dialog = DialogState(
            title: "Finalise the ranking?", purpose: .finaliseRanking,
            items: [
                .init(
                    name: "Finalise",
                    detail: ranked.map { "freeze the ranking of \($0) candidates" }
                        ?? "freeze the ranking"),
                .init(name: "Cancel", detail: "the ranking stays open"),
            ], selected: 1,
            text: [RankingFinalisation.freezes])
    }

    /// After the confirmation, through the store (which checks everything again).
    func finaliseNow() {
        guard let actor = context.actor else { return }
        write {
            try $0.finaliseRanking(by: actor)
        } done: { [self] in
            rankingChanged()
            show("the ranking is final; \(reopenHint) undoes it")
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }

    private var reopenHint: String {
        keymap.ownKeys(for: .reopenRanking, in: .ranking).first.map { "\($0) (:reopen-ranking)" }
            ?? ":reopen-ranking"
    }

    /// `U`: the reason, in a form; the store refuses a ranking that is not final.
    func openReopenRankingForm() {
        state.form = FormState(
            title: "Reopen the final ranking", purpose: .reopenRanking,
            fields: [
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help:
                        "Why, for the audit trail: scorecards, overrides and invitations can change again.",
                    isRequired: true)
            ])
    }

    func saveRankingReopening(_ form: FormState) {
        guard let actor = context.actor else { return }
        let reason = form.value("reason") ?? ""
        writeFromForm(form) {
            try $0.reopenRanking(reason: reason, by: actor)
        } done: { [self] in
            rankingChanged()
            show("the ranking is open again")
        }
    }

    // MARK: Excusing

    /// The candidate `E` and `W` act on: the ranking's cursor, else the list's selection.
    private var excusalCandidate: ApplicationID? {
        if state.ranking != nil { return rankingCandidate?.applicationID }
        guard let id = selectedID else {
            show("no candidate selected", isError: true)
            return nil
        }
        return id
    }

    /// `E`: which member (those still expected who have not submitted) and why.
    func openExcuseForm() {
        guard let id = excusalCandidate, let panel, let actor = context.actor else { return }
        guard let scoring = read({ try panel.candidateScoring(id, for: actor) }) else { return }
        guard scoring.invited else {
            show(
                "\(id) is not invited to interview: there is no interview to excuse", isError: true)
            return
        }
        let absent = scoring.expected.filter { !scoring.submitted.contains($0) }.sorted()
        guard !absent.isEmpty else {
            show(
                "every member expected at \(id)'s interview has submitted a card: nobody to excuse",
                isError: true)
            return
        }
        state.form = Self.memberAndReasonForm(
            title: "Excuse a member from \(id)'s interview", purpose: .excuse(id),
            members: absent,
            help: "Who was absent: they are no longer expected to score this candidate.")
    }

    func saveExcusal(_ form: FormState, _ id: ApplicationID) {
        guard let actor = context.actor, let member = form.value("member") else { return }
        let reason = form.value("reason") ?? ""
        writeFromForm(form) {
            try $0.excuse(member: member, from: id, reason: reason, by: actor)
        } done: { [self] in
            rankingChanged()
            show(ExcusalWording.excused(member, from: id))
        }
    }

    /// The command that withdraws an excusal: whose, and why.
    func openWithdrawExcuseForm() {
        guard let id = excusalCandidate, let panel else { return }
        guard let excused = read({ try panel.excusedMembers(of: id) }) else { return }
        guard !excused.isEmpty else {
            show("nobody is excused from \(id)'s interview", isError: true)
            return
        }
        state.form = Self.memberAndReasonForm(
            title: "Withdraw an excusal for \(id)", purpose: .withdrawExcuse(id),
            members: excused, help: "They are expected to score this candidate again.")
    }

    func saveExcusalWithdrawal(_ form: FormState, _ id: ApplicationID) {
        guard let actor = context.actor, let member = form.value("member") else { return }
        let reason = form.value("reason") ?? ""
        writeFromForm(form) {
            try $0.withdrawExcuse(member: member, from: id, reason: reason, by: actor)
        } done: { [self] in
            rankingChanged()
            show(ExcusalWording.expectedAgain(member, at: id))
        }
    }

    /// A member chosen among `members` (the choice skipped when there is one) and the
    /// reason the audit trail keeps.
    static func memberAndReasonForm(
        title: String, purpose: FormState.Purpose, members: [String], help: String
    ) -> FormState {
        FormState(
            title: title, purpose: purpose,
            fields: [
                FormState.Field(
                    name: "member", label: "Member",
                    kind: .choice(members.map { .init(value: $0, label: $0) }, selected: 0),
                    help: help),
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help: "Why, for the audit trail.", isRequired: true),
            ], focus: members.count > 1 ? 0 : 1)
    }

    /// After a change of the ranking's data: the list's marks and an open ranking read again.
    private func rankingChanged() {
        panelChanged()
        if state.ranking != nil, let panel, let actor = context.actor {
            requestRanking(from: panel, for: actor, refresh: true)
        }
    }
}
