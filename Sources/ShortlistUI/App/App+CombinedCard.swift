import ShortlistCore
import ShortlistStore

/// `c` for whoever does not score (the secretary, a reviewer): the candidate's card as they
/// may see it, read-only. It is the store's redacted read (`candidateScoring(_:for:)`): the
/// combined result per criterion once every expected card is in, "sealed" before, exactly as
/// the ranking shows it; never a member's card or an individual mark.
extension App {
    /// Opens the combined card of a candidate over the screen (from the ranking, the row's
    /// rank too); Esc closes it, back to where it was opened.
    func openCombinedCard(_ id: ApplicationID, name: String?, rank: Sealed<Int>?? = nil) {
        guard let (panel, actor) = panelWork() else { return }
        guard let scheme = scoringScheme, !scheme.criteria.isEmpty else {
            show("this database's call profile has no scoring scheme", isError: true)
            return
        }
        guard let scoring = read({ try panel.candidateScoring(id, for: actor) }) else { return }
        guard scoring.invited else {
            show("\(id) is not invited to interview: there is no card to show", isError: true)
            return
        }
        let title = name.map { $0 == id.rawValue ? $0 : "\($0) \(theme.glyphs.separator) \(id)" }
        state.dialog = Self.combinedCard(
            scoring, scheme: scheme, criteria: context.profile?.criteria ?? [],
            title: "Combined card: \(title ?? id.rawValue)", rank: rank ?? nil)
    }

    /// The dialog's text and lines from the redacted read alone.
    static func combinedCard(
        _ scoring: CandidateScoring, scheme: ScoringScheme, criteria: [Criterion], title: String,
        rank: Sealed<Int>?
    ) -> DialogState {
        let expected = scoring.expected.count
        let cards =
            "\(scoring.submitted.count) of \(expected) expected card\(expected == 1 ? "" : "s") in"
            + (scoring.excused.isEmpty
                ? "" : "; excused: \(scoring.excused.joined(separator: ", "))")
        var text: [String] = []
        var items: [DialogState.Item] = []
        // The figures first, aligned; the criterion's wording after them, cut at the frame.
        func item(_ rule: ScoringScheme.CriterionRule, _ figures: String) -> DialogState.Item {
            .init(
                name: "\(rule.id.rawValue.padded(toWidth: 3)) \(figures)",
                detail: criteria.first { $0.id == rule.id }?.text ?? "")
        }
        switch scoring.result {
        case .sealed:
            text.append(
                "Sealed until every expected card is in (\(cards)): no mark, mean or total shows before."
            )
            items = scheme.criteria.map { item($0, ScoreText.sealed) }
        case .visible(let result):
            let passMark = ScorecardScreen.number(scheme.rules.overallPassMark)
            var head =
                result.total.map {
                    "Total \(ScoreText.decimal($0)) of 100: \(result.passed ? "pass" : "fail") "
                        + "(pass mark \(passMark))"
                } ?? "No total yet: a criterion has no mark"
            switch rank {
            case .visible(let r)?: head += "; rank \(r)"
            case .sealed?: head += "; rank sealed"
            case nil: break
            }
            text.append(head + ". \(cards).")
            for (rule, line) in zip(scheme.criteria, result.criteria) {
                var figures = line.mean.map { "mean \(ScoreText.decimal($0))" } ?? "no mark"
                if let mark = rule.passMark {
                    let reached = line.passed.map { $0 ? "reached" : "not reached" } ?? "—"
                    figures += ", pass mark \(ScorecardScreen.number(mark)) \(reached)"
                }
                if line.isDivergent { figures += ", marks diverge" }
                items.append(item(rule, figures))
            }
        }
        text.append("Read-only: you do not score. The members' own cards are never shown.")
        return DialogState(
            title: title, purpose: .combinedCard(scoring.applicationID), items: items,
            selected: 0, text: text)
    }
}
