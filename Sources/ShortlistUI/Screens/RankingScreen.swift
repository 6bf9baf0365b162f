import ShortlistCore
import ShortlistStore
import TerminalKit

/// The ranking of the invited candidates as the viewer may see it, over the whole body: the
/// ranked table with the reserve-list cut-off drawn as a line, the candidates not yet fully
/// scored apart, each scoring member's progress, a histogram of totals with the pass mark,
/// and the panel's agreement. Whatever the store sealed shows as "sealed".
struct RankingScreen: ScrolledPage {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    var view: RankingView
    var scroll: Int
    var theme: Theme
    var hints: String
    /// The row with the cursor, counting the ranked rows then the pending ones; nil draws none.
    var selected: Int? = nil

    private var glyphs: Glyphs { theme.glyphs }
    private var scheme: ScoringScheme { view.scheme }

    /// The rank and the total need room for "sealed".
    static let rankWidth = 6
    static let totalWidth = 6
    static let meanWidth = 4

    /// Every line of the view for a width, scrolled by the caller.
    func lines(width: Int) -> [Line] { page(width: width).lines }

    /// The line each candidate's row is on, in the cursor's order: where the scroll must go
    /// for the cursor to be seen.
    func rowLines(width: Int) -> [Int] { page(width: width).rowLines }

    private func page(width: Int) -> (lines: [Line], rowLines: [Int]) {
        var lines: [Line] = []
        var rowLines: [Int] = []
        func text(_ s: String, _ role: ThemeRole = .row) -> Segment {
            Segment(text: s, style: theme[role])
        }
        func blank() { lines.append([]) }

        let final =
            view.finalMismatch != nil
            ? "NOT the finalised ranking"
            : view.finalised.map { "final (finalised by \($0.by) at \($0.at))" } ?? "not final"
        lines.append([
            text("Ranking", .sectionTitle),
            text(
                " \(glyphs.separator) \(final) \(glyphs.separator) \(view.ranked.count) ranked, "
                    + "\(view.pending.count) not fully scored", .label),
        ])
        if let mismatch = view.finalMismatch { lines.append([text(mismatch, .error)]) }
        let passMark = ScorecardScreen.number(scheme.rules.overallPassMark)
        let limit = scheme.rules.reserveListLimit.map { ", reserve list of at most \($0)" } ?? ""
        lines.append([
            text(
                "Pass mark \(passMark) of 100, and each criterion's own\(limit).", .missingValue)
        ])
        blank()

        // The table: rank, name, total, means, pass, divergence.
        let criteria = scheme.criteria
        let fixed =
            1 + Self.rankWidth + 1 + 1 + Self.totalWidth + criteria.count * (Self.meanWidth + 1)
            + 1 + 4 + 1 + 4
        // Room at the end of the row for what must still be met before recruitment, taken
        // from the name column, so that the words stay on screen (issue 19).
        let conditionsWidth =
            (view.ranked + view.pending).map {
                $0.conditions.isEmpty
                    ? 0 : 2 + $0.conditions.map(\.text).joined(separator: "; ").displayWidth
            }.max() ?? 0
        let nameWidth = max(12, width - fixed - 1 - conditionsWidth)
        var header =
            " " + "Rank".padded(toWidth: Self.rankWidth, alignRight: true) + " "
            + "Name".padded(toWidth: nameWidth) + " "
            + "Total".padded(toWidth: Self.totalWidth, alignRight: true)
        for rule in criteria {
            header += " " + rule.id.rawValue.padded(toWidth: Self.meanWidth, alignRight: true)
        }
        header += " Pass Div"
        if conditionsWidth > 0 { header += "  Conditions" }
        lines.append([text(header.padded(toWidth: width), .columnHeader)])
        let cutOffAfter =
            view.ranksSealed ? nil : view.ranked.lastIndex { $0.reserve?.value == true }
        for (i, row) in view.ranked.enumerated() {
            rowLines.append(lines.count)
            lines.append(self.row(row, nameWidth: nameWidth, ranked: true, selected: selected == i))
            if i == cutOffAfter {
                let count = view.ranked.filter { $0.reserve?.value == true }.count
                let label =
                    " reserve list cut-off: \(count) candidate\(count == 1 ? "" : "s")"
                    + (scheme.rules.reserveListLimit.map { ", limit \($0)" } ?? "") + " "
                let side = max(2, (width - 2 - label.displayWidth) / 2)
                let rule = String(repeating: glyphs.cutOff, count: side)
                lines.append([text(" " + rule + label + rule, .divergence)])
            }
        }
        if view.ranked.isEmpty {
            lines.append([text("  Nobody is fully scored yet.", .missingValue)])
        }
        if view.ranksSealed {
            lines.append([
                text(
                    "  Ranks sealed: you may not see every ranked candidate's total (a conflict of interest, or your own card still to submit).",
                    .sealed)
            ])
        }

        if !view.pending.isEmpty {
            blank()
            lines.append([
                text("Not fully scored (\(view.pending.count)), never ranked", .sectionTitle)
            ])
            for (j, row) in view.pending.enumerated() {
                rowLines.append(lines.count)
                lines.append(
                    self.row(
                        row, nameWidth: nameWidth, ranked: false,
                        selected: selected == view.ranked.count + j))
            }
        }

        if !view.progress.isEmpty {
            blank()
            lines.append([text("Progress of the scoring members", .sectionTitle)])
            let nameWidth = max(8, view.progress.map(\.member.displayWidth).max() ?? 8)
            for member in view.progress {
                let toDo = member.expected - member.submitted
                var segments = [
                    text("  " + member.member.padded(toWidth: nameWidth) + " ", .label),
                    text(
                        ScoreGraphics.progress(
                            member.submitted, of: member.expected, width: 15, glyphs: glyphs),
                        toDo == 0 ? .scoreMiddle : .border),
                    text(" \(member.submitted)/\(member.expected) submitted, \(toDo) to do"),
                ]
                if member.drafts > 0 {
                    segments.append(text(" (\(member.drafts) in draft)", .missingValue))
                }
                lines.append(segments)
            }
        }

        let totals = view.ranked.compactMap { $0.result.value?.total }
        blank()
        lines.append([
            text("Totals", .sectionTitle),
            text(
                " \(glyphs.separator) \(totals.count) candidate\(totals.count == 1 ? "" : "s"), "
                    + "5 points a column, \(glyphs.passMark) the pass mark \(passMark)", .label),
        ])
        let sealedTotals = view.ranked.count - totals.count
        if totals.isEmpty {
            lines.append([text("  No total you may see yet.", .missingValue)])
        } else {
            for line in ScoreGraphics.histogram(
                totals, passMark: scheme.rules.overallPassMark, rows: 4, glyphs: glyphs)
            {
                lines.append([text("  " + line, .scoreMiddle)])
            }
        }
        if sealedTotals > 0 {
            lines.append([text("  \(sealedTotals) total(s) sealed, not drawn.", .sealed)])
        }

        blank()
        lines.append([text("Panel agreement", .sectionTitle)])
        if let agreement = view.agreement {
            lines.append([
                text("  Kendall's W ", .label),
                text(ScoreText.decimal(agreement.kendallW)),
                text(" \(glyphs.separator) ICC(2,k) ", .label),
                text(ScoreText.decimal(agreement.icc)),
                text(" (\(agreement.iccInterpretation))"),
                text(
                    " \(glyphs.separator) over \(agreement.subjects) candidates and \(agreement.raters) members",
                    .label),
            ])
        } else {
            lines.append([
                text(
                    "  Not yet: it needs two fully scored candidates you may see, and two members who scored them all.",
                    .missingValue)
            ])
        }
        return (lines, rowLines)
    }

    /// Where the divergence column ends: conditions start after it, aligned.
    private func fixedThroughDivergence(_ nameWidth: Int) -> Int {
        1 + Self.rankWidth + 1 + nameWidth + 1 + Self.totalWidth
            + scheme.criteria.count * (Self.meanWidth + 1) + 1 + 4 + 1 + 3
    }

    private func row(_ row: RankingRow, nameWidth: Int, ranked: Bool, selected: Bool) -> Line {
        var segments: [Segment] = []
        func add(_ s: String, _ role: ThemeRole = .row) {
            segments.append(Segment(text: s, style: theme[role]))
        }
        let rank: String
        switch row.rank {
        case .visible(let r)?: rank = String(r)
        case .sealed?: rank = ScoreText.sealed
        case nil: rank = ""
        }
        // The cursor: a pointer in the margin, and the rank and name drawn as selected.
        let pointer = selected ? glyphs.selection.truncated(toWidth: 1, ellipsis: "") : " "
        add(
            pointer.padded(toWidth: 1) + rank.padded(toWidth: Self.rankWidth, alignRight: true),
            selected ? .selectedRow : rank == ScoreText.sealed ? .sealed : .row)
        add(
            " "
                + row.name.truncated(toWidth: nameWidth, ellipsis: glyphs.ellipsis).padded(
                    toWidth: nameWidth), selected ? .selectedRow : .row)
        switch row.result {
        case .sealed:
            add(" " + ScoreText.sealed.padded(toWidth: Self.totalWidth, alignRight: true), .sealed)
            if !ranked {
                add(
                    "  \(row.submittedCount)/\(row.expectedCount) cards \(glyphs.separator) yours: \(row.own.rawValue)",
                    .label)
            }
        case .visible(let result):
            add(" ")
            if let total = result.total {
                add(
                    ScoreText.decimal(total).padded(toWidth: Self.totalWidth, alignRight: true),
                    ScoreGraphics.totalRole(total, passMark: scheme.rules.overallPassMark))
            } else {
                add(
                    glyphs.missing.padded(toWidth: Self.totalWidth, alignRight: true), .missingValue
                )
            }
            for (rule, line) in zip(scheme.criteria, result.criteria) {
                add(" ")
                if let mean = line.mean {
                    add(
                        ScoreText.decimal(mean).padded(toWidth: Self.meanWidth, alignRight: true),
                        ScoreGraphics.meanRole(mean, passMark: rule.passMark))
                } else {
                    add(
                        glyphs.missing.padded(toWidth: Self.meanWidth, alignRight: true),
                        .missingValue)
                }
            }
            if ranked {
                add(
                    " " + (result.passed ? "pass" : "fail"),
                    result.passed ? .scoreMiddle : .scoreLow)
            } else {
                add(" " + "\(row.submittedCount)/\(row.expectedCount)".padded(toWidth: 4), .label)
            }
            let divergent = result.criteria.filter(\.isDivergent).map(\.criterion.rawValue)
            if !divergent.isEmpty {
                add(" \(glyphs.divergent)" + divergent.joined(separator: ","), .divergence)
            }
        }
        let used = segments.reduce(0) { $0 + $1.text.displayWidth }
        if !row.conditions.isEmpty, used < fixedThroughDivergence(nameWidth) {
            add(String(repeating: " ", count: fixedThroughDivergence(nameWidth) - used))
        }
        // What must still be met before recruitment, on the candidate's own row (issue 19).
        if !row.conditions.isEmpty {
            add("  " + row.conditions.map(\.text).joined(separator: "; "), .needsCheck)
        }
        return segments
    }
}
