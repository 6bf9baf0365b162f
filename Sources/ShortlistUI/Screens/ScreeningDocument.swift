import ShortlistCore
import ShortlistStore
import TerminalKit

/// What the Screening tab shows besides the marks: the criteria to show them against, who
/// screens, and who is looking.
struct ScreeningView {
    struct CriterionLine {
        var id: CriterionID
        var group: CriterionGroup
        var text: String
    }

    var criteria: [CriterionLine]
    /// The chair and the members, in the roster's order: the people who screen.
    var screeners: [String]
    /// The acting person's name, shown as "you".
    var viewer: String?
    /// The viewer's declared conflict of interest with this candidate: then no mark is shown.
    var conflict: ConflictOfInterest?
    /// What the viewer can do here, or why not.
    var footer: [String]
}

extension DetailDocument {
    /// The Screening tab: every criterion with its text, the viewer's mark first, then every
    /// other member's; the summary shows disagreement rather than averaging it away.
    static func screening(
        _ screening: CandidateScreening, view: ScreeningView, key: Key, theme: Theme
    ) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        w.section("Screening")
        guard !view.criteria.isEmpty else {
            w.paragraph(
                "This database has no call profile, so there are no criteria to screen against.",
                style: theme[.missingValue])
            return DetailDocument(key: key, lines: w.lines)
        }
        if let conflict = view.conflict {
            w.paragraph(
                "You declared a conflict of interest with \(conflict.applicationID) "
                    + "(\(conflict.reason)): you cannot screen this candidate, and the panel's "
                    + "marks for it are not shown to you.",
                style: theme[.sealed])
        } else {
            w.labelled("Summary", summary(screening.summary, theme: theme))
        }
        let idWidth = view.criteria.map(\.id.rawValue.displayWidth).max() ?? 2
        let indent = idWidth + 2
        var people = view.screeners
        if let viewer = view.viewer, let at = people.firstIndex(of: viewer) {
            people.remove(at: at)
            people.insert(viewer, at: 0)
        }
        for entry in screening.entries where !people.contains(entry.member) {
            people.append(entry.member)
        }
        var group: CriterionGroup?
        for criterion in view.criteria {
            if criterion.group != group {
                w.blank()
                w.section(criterion.group.title)
                group = criterion.group
            }
            w.wrapped(
                [Segment(text: criterion.text, style: theme[.row])], indent: indent,
                first: [
                    Segment(
                        text: criterion.id.rawValue.padded(toWidth: idWidth) + "  ",
                        style: theme[.label])
                ])
            guard view.conflict == nil else { continue }
            var marks: [Segment] = []
            for person in people {
                let who = person == view.viewer ? "you" : person
                let mark = screening.entries.first {
                    $0.member == person && $0.criterion == criterion.id
                }?.mark
                if let mark, let badge = StatusBadge.screening(mark.rawValue, glyphs: theme.glyphs)
                {
                    marks.append(Segment(text: who, style: theme[.label]))
                    marks.append(Segment(text: badge.text + " ", style: theme[badge.role]))
                } else {
                    marks.append(Segment(text: who, style: theme[.label]))
                    marks.append(
                        Segment(text: theme.glyphs.missing + " ", style: theme[.missingValue]))
                }
            }
            if !marks.isEmpty { w.wrapped(marks, indent: indent, first: []) }
        }
        if view.conflict == nil {
            w.blank()
            w.section("Notes")
            if screening.notes.isEmpty {
                w.paragraph("No notes yet.", style: theme[.missingValue])
            }
            for person in people {
                guard let note = screening.notes[person] else { continue }
                let who = person == view.viewer ? "you" : person
                w.labelled(who, [Segment(text: note, style: theme[.row])])
            }
        }
        if !view.footer.isEmpty {
            w.blank()
            for line in view.footer { w.paragraph(line, style: theme[.missingValue]) }
        }
        return DetailDocument(key: key, lines: w.lines)
    }

    /// "A 3/3 B 1/2 C 2/2" and, when members disagree, "±1" in its own style with words.
    static func summary(_ summary: ScreeningSummary, theme: Theme) -> [Segment] {
        guard !summary.isEmpty else {
            return [
                Segment(
                    text: "\(theme.glyphs.missing) nobody has screened this candidate yet",
                    style: theme[.missingValue])
            ]
        }
        var segments = [
            Segment(
                text: summary.groups.map { "\($0.label) \($0.met)/\($0.total)" }.joined(
                    separator: " "), style: theme[.row])
        ]
        if summary.disagreements > 0 {
            let n = summary.disagreements
            segments.append(
                Segment(
                    text: "±\(n) (members disagree on \(n) criteri\(n == 1 ? "on" : "a"))",
                    style: theme[.divergence]))
        }
        segments.append(
            Segment(
                text: "(met by every member who marked it / criteria)", style: theme[.missingValue])
        )
        return segments
    }
}
