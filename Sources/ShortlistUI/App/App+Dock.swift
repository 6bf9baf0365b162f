import ShortlistCore

/// The docked pane's reading aids: the CV beside a screening form follows the criterion the
/// form is on (its phrases stand out, the view scrolls to them), and the keys that scroll or
/// jump through the CV act there while the form or the scorecard keeps the focus.
extension App {
    /// The tab the detail shows beside a form that docks: the CV for marks, the rules for an
    /// override. Shown at once, so the member never judges what they cannot see.
    func showBeside(_ tab: DetailTab) {
        if state.detailTab != tab {
            state.detailTab = tab
            state.detailScroll = 0
            state.evidenceHit = nil
        }
        state.followEvidence = true
    }

    /// Scrolling and jumping in the document beside a docked form or the scorecard; false
    /// for other commands, which the form or the scorecard takes.
    func performBesideDock(_ command: CommandID) -> Bool {
        guard layout.form != nil else { return false }
        switch command {
        case .pageDown, .pageUp:
            let page = max(1, layout.detailRows - 1)
            scrollDetail(to: state.detailScroll + (command == .pageDown ? page : -page))
        case .nextEvidence, .previousEvidence:
            jumpBesideDock(forward: command == .nextEvidence)
        default:
            return false
        }
        return true
    }

    /// `]`/`[` on a criterion of the screening form: that criterion's phrases only, round
    /// and round; elsewhere every phrase of the CV, as in the detail.
    private func jumpBesideDock(forward: Bool) {
        guard let criterion = state.formCriterion else {
            jumpToEvidence(forward: forward)
            return
        }
        guard let marks = detail?.evidence, detail?.key.tab == .details else { return }
        let mine = marks.indices.filter { marks[$0].hit.criterion == criterion }
        guard let first = mine.first, let last = mine.last else {
            show(Self.noPhrase(criterion))
            return
        }
        if let current = state.evidenceHit, let at = mine.firstIndex(of: current) {
            state.evidenceHit = mine[(at + (forward ? 1 : mine.count - 1)) % mine.count]
        } else {
            state.evidenceHit = forward ? first : last
        }
        reveal(marks[state.evidenceHit ?? first])
    }

    /// Scrolls the detail so that a phrase is in view, a third down, if it is not already.
    private func reveal(_ mark: DetailDocument.EvidenceMark) {
        let rows = layout.detailRows
        let line = mark.spans.first?.line ?? 0
        let last = mark.spans.last?.line ?? line
        if line < state.detailScroll || last >= state.detailScroll + rows {
            scrollDetail(to: line - rows / 3)
        }
    }

    static func noPhrase(_ criterion: CriterionID) -> String {
        "no phrase of the profile for \(criterion)"
    }

    /// Part of the update step, once the detail is read: follows the form's criterion if its
    /// focus moved, and says what the CV holds for it.
    func updateDock() {
        updateFind()
        state.shown.formRemark = nil
        guard layout.form != nil, let criterion = state.formCriterion else {
            state.followEvidence = false
            return
        }
        guard loading.pendingDetail == nil, let document = detail,
            document.key.tab == .details
        else {
            state.shown.formRemark = "reading the CV…"
            return
        }
        let marks = document.evidence
        let mine = marks.indices.filter { marks[$0].hit.criterion == criterion }
        if state.followEvidence {
            state.followEvidence = false
            if let current = state.evidenceHit, mine.contains(current) {
                reveal(marks[current])
            } else if let first = mine.first {
                state.evidenceHit = first
                reveal(marks[first])
            } else {
                // Evidence is a reading aid: with none, the CV stays where the member left it.
                state.evidenceHit = nil
            }
        }
        guard !mine.isEmpty else {
            state.shown.formRemark = Self.noPhrase(criterion)
            return
        }
        let at = state.evidenceHit.flatMap { mine.firstIndex(of: $0) }
        let g = theme.glyphs
        var remark = "\(criterion): \(mine.count) phrase\(mine.count == 1 ? "" : "s") in the CV"
        if let at {
            let phrase = marks[mine[at]].hit.phrase.text
            remark =
                "\(criterion): phrase \(at + 1)/\(mine.count) \(g.openQuote)\(phrase)\(g.closeQuote)"
        }
        state.shown.formRemark = remark
    }
}

/// `/` in the scorecard: words found in the CV beside the card, highlighted as typed, the
/// view scrolled to the first line that holds one. The candidate never changes under a card.
extension App {
    func openFindBar() {
        state.commandLine = CommandLineState(text: state.findText ?? "", purpose: .find)
    }

    func findAsTyped(_ text: String) {
        state.findText = text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
        state.followFind = true
    }

    /// Enter keeps the words highlighted, Esc clears them; the bar takes no other command.
    func performInFindBar(_ command: CommandID) -> Bool {
        switch command {
        case .accept:
            state.commandLine = nil
            if let text = state.findText, findLine() == nil {
                show("\(theme.glyphs.openQuote)\(text)\(theme.glyphs.closeQuote) is not in the CV")
            }
        case .back:
            state.commandLine = nil
            state.findText = nil
        default:
            break
        }
        return true
    }

    /// The first line of the document beside the card that holds a word looked for.
    private func findLine() -> Int? {
        guard let words = state.findWords, let document = detail,
            document.key.searchWords == words
        else { return nil }
        return document.lines.firstIndex { line in
            !SearchHighlight.ranges(in: line.map(\.text).joined(), words: words).isEmpty
        }
    }

    /// Part of the update step: once the document with the words highlighted is there, shows
    /// their first line.
    func updateFind() {
        guard state.followFind, loading.pendingDetail == nil else { return }
        guard state.scorecard != nil else {
            state.followFind = false
            return
        }
        if state.findWords == nil {
            state.followFind = false
            return
        }
        guard let line = findLine() else {
            if detail?.key.searchWords == state.findWords { state.followFind = false }
            return
        }
        state.followFind = false
        let rows = layout.detailRows
        if line < state.detailScroll || line >= state.detailScroll + rows {
            scrollDetail(to: line - rows / 3)
        }
    }
}

extension AppState {
    /// The words of the find, folded as searches fold them.
    var findWords: [String]? {
        guard let findText else { return nil }
        let words = SearchFolding.fold(findText).split(whereSeparator: {
            !$0.isLetter && !$0.isNumber
        }).map(String.init)
        return words.isEmpty ? nil : words
    }
}
