import ShortlistCore
import ShortlistStore
import TerminalKit

/// The acting member's scorecard for the selected candidate: marks saved as drafts at once,
/// comments, the note, submission, and the chair's reopening.
extension App {
    // MARK: The scorecard

    /// Opens the acting member's card for the selected candidate. A member with a conflict
    /// of interest is refused, as is a candidate not invited, and anyone before the grid is
    /// adopted or before their declarations (the store's words say how to proceed).
    /// From the ranking (`row`), the card of the candidate under the cursor opens over the
    /// ranking, and closing it goes back there; the list selects them so that the CV beside
    /// the card is theirs.
    func openScorecard(from row: RankingRow? = nil) {
        guard let id = row?.applicationID ?? selectedID else { return }
        guard let (panel, actor) = panelWork() else { return }
        if let row, !select(row.applicationID) {
            let clear = keymap.keys(for: .clearFilter, in: .list).first.map { " (\($0))" } ?? ""
            show(
                "\(row.applicationID) is not in the list as it is filtered: clear the filter\(clear) to open their card",
                isError: true)
            return
        }
        guard let scheme = scoringScheme, !scheme.criteria.isEmpty else {
            show("this database's call profile has no scoring scheme", isError: true)
            return
        }
        // A failed read is said (and kept): the form does not open on a guess.
        guard let refusal = read({ try panel.roundRefusal(for: actor, to: "score") }) else {
            return
        }
        if let refusal {
            show(refusal, isError: true)
            return
        }
        do {
            let scoring = try panel.candidateScoring(id, for: actor)
            if scoring.viewerIsConflicted {
                show(
                    "\(actor.name) declared a conflict of interest with \(id): no scorecard, and none of its marks",
                    isError: true)
                return
            }
            guard scoring.invited else {
                let key = keyName(.invite).map { " (\($0) invites)" } ?? ""
                show(
                    "\(id) is not invited to interview; only invited candidates get scorecards\(key)",
                    isError: true)
                return
            }
            if scoring.excused.contains(actor.name) {
                show(
                    "\(actor.name) was excused from \(id)'s interview and does not score it",
                    isError: true)
                return
            }
            var summary: CandidateSummary?
            if row == nil { summary = read({ try window.row(at: state.selected) }) ?? nil }
            let title =
                row.map {
                    // The store gives the ranking's names already withheld in blind mode.
                    $0.name == id.rawValue
                        ? id.rawValue : "\($0.name) \(theme.glyphs.separator) \(id)"
                }
                ?? summary.map {
                    $0.isBlinded || context.isBlind
                        ? $0.applicationID.rawValue
                        : "\($0.displayName) \(theme.glyphs.separator) \($0.applicationID)"
                } ?? id.rawValue
            let firstOpen = scheme.criteria.firstIndex { scoring.own?.marks[$0.id] == nil } ?? 0
            let card = ScorecardState(
                applicationID: id, title: title, focus: firstOpen, card: scoring)
            if row != nil, state.ranking != nil {
                state.mode = .scorecard(card, over: state.mode.underHelp)
            } else {
                state.scorecard = card
            }
            showBeside(.details)
        } catch {
            show(Self.oneLine(error), isError: true)
        }
    }

    /// A command while the scorecard is open; false for those that work as anywhere else
    /// (help, the command line, themes, quit).
    func performInScorecard(_ command: CommandID, argument: String?) -> Bool {
        guard var scorecard = state.scorecard, let scheme = scoringScheme else {
            state.scorecard = nil
            return false
        }
        let last = scheme.criteria.count - 1
        switch command {
        case .moveDown: scorecard.focus = min(last, scorecard.focus + 1)
        case .moveUp: scorecard.focus = max(0, scorecard.focus - 1)
        case .first: scorecard.focus = 0
        case .last: scorecard.focus = last
        case .back:
            state.scorecard = nil
            return true
        case .pageDown, .pageUp, .nextEvidence, .previousEvidence:
            return performBesideDock(command)
        case .search:
            openFindBar()
            return true
        case .setMark:
            guard let level = argument.flatMap({ Int($0) }) else {
                show(
                    "set-mark needs a level of the scale, \(scheme.scale.minimum)–\(scheme.scale.maximum)",
                    isError: true)
                return true
            }
            setMark(level, scorecard, scheme)
            return true
        case .markHigher, .markLower:
            let up = command == .markHigher
            let rule = scheme.criteria[scorecard.focus]
            guard let mark = scorecard.card.own?.marks[rule.id] else {
                setMark((scheme.scale.minimum + scheme.scale.maximum + 1) / 2, scorecard, scheme)
                return true
            }
            let next = mark + (up ? 1 : -1)
            guard scheme.scale.levels.contains(next) else {
                show(
                    "\(mark) is the \(up ? "top" : "bottom") of the scale \(scheme.scale.minimum)–\(scheme.scale.maximum)"
                )
                return true
            }
            setMark(next, scorecard, scheme)
            return true
        case .comment:
            openCommentForm(scorecard, scheme, problem: nil)
            return true
        case .note:
            openNoteForm(scorecard)
            return true
        case .submit:
            confirmSubmit(scorecard)
            return true
        case .reopenCard:
            openReopenForm(scorecard)
            return true
        case .ranking:
            state.scorecard = nil
            return false
        case .help, .commandLine, .redraw, .theme, .quit, .messages:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .scorecard).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the scorecard\(key ?? "")", isError: true)
            return true
        }
        state.scorecard = scorecard
        return true
    }

    /// The refusal for a change to a submitted card, in the interface's words.
    private var lockedCard: String? {
        guard let scorecard = state.scorecard, let own = scorecard.card.own, own.isSubmitted
        else { return nil }
        return
            "your scorecard for \(scorecard.applicationID) was submitted at \(own.submittedAt ?? "") and is locked; the chair may reopen it"
    }

    /// Saves the mark at once (a draft survives a crash), reads the card again, and asks for
    /// a comment when the mark is at an end of the scale and the profile wants one.
    func setMark(_ level: Int, _ scorecard: ScorecardState, _ scheme: ScoringScheme) {
        guard scheme.scale.levels.contains(level) else {
            show(
                "\(level) is outside the scale \(scheme.scale.minimum)–\(scheme.scale.maximum)",
                isError: true)
            return
        }
        if let locked = lockedCard {
            show(locked, isError: true)
            return
        }
        guard panel != nil, let actor = context.actor else { return }
        let rule = scheme.criteria[scorecard.focus]
        let id = scorecard.applicationID
        var refused = false
        let atOnce = write {
            try $0.setMarks(
                id, marks: [rule.id: level], cleared: [], comments: [:], note: nil, by: actor)
        } done: { [self] in
            reloadCard(of: id)
        } failed: { [self] error in
            refused = true
            show(Self.oneLine(error), isError: true)
            reloadCard(of: id)
        }
        if refused { return }
        if !atOnce {
            // Shown as typed while it waits for the database; read again once it is in.
            if state.scorecard?.card.own == nil {
                state.scorecard?.card.own = Scorecard(member: actor.name)
            }
            state.scorecard?.card.own?.marks[rule.id] = level
        }
        let own = state.scorecard?.card.own
        if ScorecardScreen.needsComment(rule.id, card: own, scheme: scheme) {
            openCommentForm(
                scorecard, scheme,
                problem:
                    "\(level) is at an end of the scale: the profile asks for a comment (Esc leaves it for later; submitting needs it)"
            )
        } else if atOnce {
            show("\(rule.id) \(level) saved (draft)")
        }
    }

    /// Reads the card again if it is still the open one, saying so if that fails.
    func reloadCard(of id: ApplicationID) {
        guard state.scorecard?.applicationID == id else { return }
        do {
            try reloadCard()
        } catch {
            show(Self.oneLine(error), isError: true)
        }
    }

    func reloadCard() throws {
        guard let panel, let actor = context.actor, let id = state.scorecard?.applicationID
        else { return }
        state.scorecard?.card = try panel.candidateScoring(id, for: actor)
    }

    private func openCommentForm(
        _ scorecard: ScorecardState, _ scheme: ScoringScheme, problem: String?
    ) {
        // The card as last read: a mark just saved is in it, not in the caller's copy.
        let scorecard = state.scorecard ?? scorecard
        if let locked = lockedCard {
            show(locked, isError: true)
            return
        }
        let rule = scheme.criteria[scorecard.focus]
        guard let mark = scorecard.card.own?.marks[rule.id] else {
            show("give \(rule.id) a mark before commenting on it", isError: true)
            return
        }
        let anchor = scheme.scale.anchor(for: mark) ?? ""
        var form = FormState(
            title: "Your comment on \(rule.id) for \(scorecard.applicationID)",
            purpose: .scoreComment(scorecard.applicationID, rule.id),
            fields: [
                FormState.Field(
                    name: "comment", label: "Comment",
                    kind: .text(
                        CommandLineState(text: scorecard.card.own?.comments[rule.id] ?? "")),
                    help: "Your mark \(mark): \(anchor)")
            ])
        form.problem = problem
        state.form = form
    }

    private func openNoteForm(_ scorecard: ScorecardState) {
        if let locked = lockedCard {
            show(locked, isError: true)
            return
        }
        state.form = FormState(
            title: "Your note on \(scorecard.applicationID)",
            purpose: .scoreNote(scorecard.applicationID),
            fields: [
                FormState.Field(
                    name: "note", label: "Note",
                    kind: .text(CommandLineState(text: scorecard.card.own?.note ?? "")),
                    help: "Your overall note on the interview, kept with your card.")
            ])
    }

    /// Saves a comment or the note from its form; on a refusal the form stays open and says it.
    func saveScoreText(_ form: FormState) {
        guard panel != nil, let actor = context.actor else { return }
        switch form.purpose {
        case .scoreComment(let id, let criterion):
            let comment = form.value("comment") ?? ""
            writeFromForm(form) {
                try $0.setMarks(
                    id, marks: [:], cleared: [], comments: [criterion: comment], note: nil,
                    by: actor)
            } done: { [self] in
                reloadCard(of: id)
                show("comment on \(criterion) saved (draft)")
            }
            if state.form == nil { state.scorecard?.card.own?.comments[criterion] = comment }
        case .scoreNote(let id):
            let note = form.value("note") ?? ""
            writeFromForm(form) {
                try $0.setMarks(id, marks: [:], cleared: [], comments: [:], note: note, by: actor)
            } done: { [self] in
                reloadCard(of: id)
                show("note saved (draft)")
            }
            if state.form == nil { state.scorecard?.card.own?.note = note }
        default:
            return
        }
    }

    private func confirmSubmit(_ scorecard: ScorecardState) {
        if let locked = lockedCard {
            show(locked, isError: true)
            return
        }
        state.dialog = DialogState(
            title: "Submit your scorecard for \(scorecard.applicationID)?",
            purpose: .submitScorecard(scorecard.applicationID),
            items: [
                .init(name: "Submit", detail: "lock the card; the panel's marks then show"),
                .init(name: "Keep editing", detail: "the card stays a draft"),
            ], selected: 0)
    }

    /// After the confirmation: the store checks every mark and comment and locks the card.
    func submitScorecard(_ id: ApplicationID) {
        guard panel != nil, let actor = context.actor else { return }
        let atOnce = write {
            try $0.submitScorecard(id, by: actor)
        } done: { [self] in
            reloadCard(of: id)
            panelChanged()
            show("\(id): your scorecard is submitted and locked")
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
        if !atOnce { show("\(id): your scorecard will be submitted once the import is done") }
    }

    /// The chair chooses whose submitted card to reopen and says why.
    private func openReopenForm(_ scorecard: ScorecardState) {
        let submitted = scorecard.card.submitted
        guard !submitted.isEmpty else {
            show("no card is submitted for \(scorecard.applicationID) yet", isError: true)
            return
        }
        let options = submitted.map { FormState.Option(value: $0, label: $0) }
        let own = submitted.firstIndex(of: context.actor?.name ?? "")
        state.form = FormState(
            title: "Reopen a card for \(scorecard.applicationID)",
            purpose: .reopenScorecard(scorecard.applicationID),
            fields: [
                FormState.Field(
                    name: "member", label: "Member", kind: .choice(options, selected: own ?? 0),
                    help: "Whose submitted card becomes a draft again, for them to revise."),
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help: "Why, for the audit trail (a calibration discussion, a slip).",
                    isRequired: true),
            ], focus: 1)
    }

    func saveReopening(_ form: FormState, _ id: ApplicationID) {
        guard panel != nil, let actor = context.actor, let member = form.value("member") else {
            return
        }
        let reason = form.value("reason") ?? ""
        writeFromForm(form) {
            try $0.reopenScorecard(id, member: member, reason: reason, by: actor)
        } done: { [self] in
            reloadCard(of: id)
            panelChanged()
            show("\(member)'s scorecard for \(id) is a draft again")
        }
    }
}
