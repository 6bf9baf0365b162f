import ShortlistCore
import ShortlistStore
import TerminalKit

/// The call profile over the whole body: the criteria by group with their wording, weights
/// and pass marks, the scale with its anchors, the overall pass mark and the reserve list,
/// each part said to be stated by the call or the panel's choice (`GridWording`), and the
/// grid's adoption.
struct ProfileScreen: ScrolledPage {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    var view: ProfileView
    var scroll: Int
    var theme: Theme
    var hints: String
    /// The key that adopts, for the sentence on how to adopt.
    var adoptKey: String? = nil

    private var glyphs: Glyphs { theme.glyphs }

    /// Every line of the screen for a width, scrolled by the caller.
    func lines(width: Int) -> [Line] {
        var lines: [Line] = []
        func text(_ s: String, _ role: ThemeRole = .row) -> Segment {
            Segment(text: s, style: theme[role])
        }
        func blank() { lines.append([]) }
        func wrapped(_ s: String, indent: Int, _ role: ThemeRole = .row) {
            let pad = String(repeating: " ", count: indent)
            for line in wrapText(s, width: max(10, width - indent)) {
                lines.append([text(pad + line, role)])
            }
        }
        func heading(_ title: String, _ source: ValueSource?) {
            var line = [text(title, .sectionTitle)]
            if let source {
                line.append(text(" \(glyphs.separator) \(GridWording.origin(source))", .label))
            }
            lines.append(line)
        }
        let number = ScorecardScreen.number
        let sources = view.sources

        let status =
            view.adoption.map { "adopted by \($0.by) at \($0.at)" } ?? "not adopted: a proposal"
        lines.append([
            text("Call profile", .sectionTitle),
            text(
                (view.reference.isEmpty ? "" : " \(glyphs.separator) \(view.reference)")
                    + " \(glyphs.separator) \(status)", .label),
        ])
        wrapped(
            view.adoption.map(GridWording.adopted)
                ?? GridWording.notAdopted(
                    howToAdopt: (adoptKey.map { "the chair presses \($0) here, or " } ?? "")
                        + "`:adopt`"),
            indent: 0, view.adoption == nil ? .missingValue : .row)
        blank()

        heading("Criteria, their groups and wording", sources.criteria)
        for group in CriterionGroup.allCases {
            let members = view.criteria.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            lines.append([text(" \(group.title)", .label)])
            for criterion in members {
                let id = criterion.id.rawValue.padded(toWidth: 4)
                let wording = criterion.text.isEmpty ? "(wording not loaded)" : criterion.text
                let body = wrapText(wording, width: max(10, width - 7))
                for (i, line) in body.enumerated() {
                    lines.append([text("  " + (i == 0 ? id : "    ") + " " + line)])
                }
            }
        }
        blank()

        lines.append([
            text("Weights", .sectionTitle),
            text(" \(glyphs.separator) \(GridWording.origin(sources.weights))", .label),
            text("; pass marks", .sectionTitle),
            text(" \(glyphs.separator) \(GridWording.origin(sources.passMarks))", .label),
        ])
        let scaleMax = view.rules.map { " of \($0.scale.maximum)" } ?? ""
        for criterion in view.criteria {
            let weight = criterion.weight.map(number) ?? "?"
            let pass =
                criterion.passMark.map { "pass mark \(number($0))\(scaleMax)" } ?? "no pass mark"
            lines.append([
                text(
                    "  " + criterion.id.rawValue.padded(toWidth: 4) + " weight "
                        + weight.padded(toWidth: 4, alignRight: true) + "   " + pass)
            ])
        }
        blank()

        if let rules = view.rules {
            heading(
                "Rating scale \(rules.scale.minimum)\(glyphs.rangeDash)\(rules.scale.maximum) and its anchors",
                sources.scale)
            for level in rules.scale.levels {
                let anchor = rules.scale.anchor(for: level) ?? ""
                let body = wrapText(anchor, width: max(10, width - 6))
                for (i, line) in body.enumerated() {
                    lines.append([
                        text(
                            "  " + (i == 0 ? String(level).padded(toWidth: 3) : "   ") + " " + line)
                    ])
                }
            }
            blank()
            heading("Overall pass mark", sources.overallPassMark)
            lines.append([text("  \(number(rules.overallPassMark)) of 100")])
            blank()
            heading("Reserve list", sources.reserveListLimit)
            lines.append([
                text(
                    "  "
                        + (rules.reserveListLimit.map { "at most \($0) candidates" }
                            ?? "no size limit"))
            ])
            if view.reserveListAnnounced == false {
                wrapped(
                    "The call announces no reserve list: candidates' feedback never mentions one.",
                    indent: 2, .missingValue)
            }
        } else {
            lines.append([text("This profile has no scoring scheme.", .missingValue)])
        }
        return lines
    }
}
