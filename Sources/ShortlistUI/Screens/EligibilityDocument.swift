import ShortlistCore
import TerminalKit

extension DetailDocument {
    /// The Eligibility tab: the verdict, then every rule with its result and reason. An
    /// override shows as such, with the justification and what the data gave, so that nobody
    /// mistakes a decision for a fact.
    static func eligibility(
        _ assessment: EligibilityAssessment?, key: Key, theme: Theme, footer: [String]
    ) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        let g = theme.glyphs
        w.section("Eligibility")
        guard let assessment else {
            w.paragraph(
                "Not assessed: this database has no call profile, so no rule was checked.",
                style: theme[.missingValue])
            return DetailDocument(key: key, lines: w.lines)
        }
        let verdict = StatusBadge.eligibility(assessment.result, glyphs: g)
        var result = [Segment(text: verdict.text, style: theme[verdict.role])]
        let overridden = assessment.outcomes.filter(\.isOverridden).count
        if overridden > 0 {
            result.append(
                Segment(
                    text:
                        "\(g.overridden) \(overridden) rule\(overridden == 1 ? "" : "s") overridden by the chair",
                    style: theme[.label]))
        }
        w.labelled("Result", result)
        w.blank()
        for outcome in assessment.outcomes {
            let badge = StatusBadge.rule(outcome.result, glyphs: g)
            var head = [Segment(text: badge.text, style: theme[badge.role])]
            if let override = outcome.override {
                head.append(Segment(text: "\(g.overridden) overridden", style: theme[.label]))
                w.labelled(outcome.rule.rawValue, head)
                w.wrapped(
                    [
                        Segment(text: "justification:", style: theme[.label]),
                        Segment(text: override.reason, style: theme[.row]),
                    ], indent: DocumentWriter.labelWidth, first: [])
                let data = StatusBadge.rule(outcome.check.result, glyphs: g)
                w.wrapped(
                    [
                        Segment(text: "the data gave", style: theme[.label]),
                        Segment(text: data.text + ":", style: theme[data.role]),
                        Segment(text: outcome.check.reason, style: theme[.missingValue]),
                    ], indent: DocumentWriter.labelWidth, first: [])
            } else {
                w.labelled(outcome.rule.rawValue, head)
                w.wrapped(
                    [Segment(text: outcome.check.reason, style: theme[.row])],
                    indent: DocumentWriter.labelWidth, first: [])
            }
        }
        if !footer.isEmpty {
            w.blank()
            for line in footer { w.paragraph(line, style: theme[.missingValue]) }
        }
        return DetailDocument(key: key, lines: w.lines)
    }
}
