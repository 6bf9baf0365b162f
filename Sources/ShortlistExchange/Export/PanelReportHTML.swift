import Foundation
import ShortlistCore
import ShortlistStore

/// The panel report as one self-contained HTML file: inline CSS with a print stylesheet, inline
/// SVG charts drawn in black, white and grey (readable printed in black and white), no script,
/// no font, no image, no link to anything outside.
enum PanelReportHTML {
    static let style = """
        body { font: 11pt/1.45 "DejaVu Sans", Arial, sans-serif; color: #000; background: #fff;
               max-width: 60em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; border-bottom: 1px solid #000;
               margin-top: 1.6em; } h3 { font-size: 1em; }
        table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #555;
               padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
        th { background: #e6e6e6; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.cut td { border-top: 3px double #000; }
        .notice { border: 2px solid #000; padding: 0.4em 0.7em; font-weight: bold; }
        .muted { color: #444; } code { font-size: 0.9em; word-break: break-all; }
        svg { max-width: 100%; height: auto; } svg text { font: 10px "DejaVu Sans", Arial, sans-serif; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2, h3 { break-after: avoid; }
               tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
               section.members { break-before: page; } th { background: #fff; } }
        """

    static func render(_ report: PanelReport) -> String {
        let scheme = report.scheme
        let reference = report.profile?.reference ?? ""
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="generator" content="Shortlist"/>
            <title>Panel report \(e(reference))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>Panel report</h1>
            <p><strong>\(e(reference))</strong> \(e(report.profile?.title ?? ""))</p>

            """
        out += "<p class=\"notice\">\(e(report.finalText))</p>\n"
        if report.memberMarks != nil {
            out += "<p class=\"notice\">\(e(report.memberMarksText))</p>\n"
        }
        out +=
            "<p class=\"muted\">Data as of \(e(report.created.description)). Exported by \(e(report.exportedBy.description)). What the author may not see is shown as “sealed”.</p>\n</header>\n"

        out += "<section>\n<h2>1. The call</h2>\n<table>\n"
        if let profile = report.profile {
            for (key, value) in [
                ("Reference", profile.reference), ("Title", profile.title), ("Unit", profile.unit),
                ("Function group", profile.functionGroup.description),
                ("Contract", profile.contractType ?? ""),
            ] {
                out += "<tr><th>\(e(key))</th><td>\(e(value))</td></tr>\n"
            }
        }
        out += "</table>\n</section>\n"

        out +=
            "<section>\n<h2>2. The panel</h2>\n<table>\n<tr><th>name</th><th>role</th><th>declared</th></tr>\n"
        for member in report.members {
            out +=
                "<tr><td>\(e(member.displayName))</td><td>\(e(member.role.rawValue))</td><td>\(e(report.declarationText(of: member.name)))</td></tr>\n"
        }
        out += "</table>\n</section>\n"

        out += "<section>\n<h2>3. Criteria, weights, scale and pass marks</h2>\n"
        out +=
            "<p><strong>\(e(report.adoptionText))</strong></p>\n<p>\(e(report.sourcesText))</p>\n"
        out +=
            "<table>\n<tr><th>criterion</th><th>group</th><th>weight</th><th>pass mark</th><th>text</th></tr>\n"
        for rule in scheme.criteria {
            let criterion = report.profile?.criteria.first { $0.id == rule.id }
            out +=
                "<tr><td>\(e(rule.id.rawValue))</td><td>\(e(criterion.map { $0.group.title.lowercased() } ?? ""))</td><td class=\"n\">\(d(rule.weight))</td><td class=\"n\">\(rule.passMark.map(d) ?? "—")</td><td>\(e(criterion?.text ?? ""))</td></tr>\n"
        }
        out += "</table>\n"
        out +=
            "<p>Scale \(scheme.scale.minimum)–\(scheme.scale.maximum) per criterion; overall pass mark \(d(scheme.rules.overallPassMark)) on 0–100; reserve list limit \(scheme.rules.reserveListLimit.map(String.init) ?? "none"). Total = Σ(weight × mean ÷ \(scheme.scale.maximum)) ÷ Σ weight × 100. \(e(report.reserveText))</p>\n"
        out += "<table>\n<tr><th>level</th><th>anchor</th></tr>\n"
        for level in scheme.scale.levels {
            out +=
                "<tr><td class=\"n\">\(level)</td><td>\(e(scheme.scale.anchor(for: level) ?? ""))</td></tr>\n"
        }
        out += "</table>\n</section>\n"

        out += "<section>\n<h2>4. Eligibility</h2>\n"
        out +=
            "<table>\n<tr><th>rule</th><th>pass</th><th>fail</th><th>needs check</th><th>overridden</th></tr>\n"
        for rule in EligibilityRule.allCases {
            let counts = report.eligibility.rules[rule] ?? [:]
            out +=
                "<tr><td>\(rule.rawValue)</td><td class=\"n\">\(counts[.pass] ?? 0)</td><td class=\"n\">\(counts[.fail] ?? 0)</td><td class=\"n\">\(counts[.needsCheck] ?? 0)</td><td class=\"n\">\(report.eligibility.overrides[rule] ?? 0)</td></tr>\n"
        }
        out += "</table>\n<p>"
        out += EligibilityResult.allCases.map {
            "\($0.rawValue): \(report.eligibility.results[$0] ?? 0)"
        }.joined(separator: "; ")
        if report.eligibility.notAssessed > 0 {
            out += "; not assessed: \(report.eligibility.notAssessed)"
        }
        out += ".</p>\n</section>\n"

        out += "<section>\n<h2>5. Ranking and reserve list</h2>\n"
        out += "<table>\n<tr><th>rank</th><th>application</th><th>name</th><th>total</th>"
        out += scheme.criteria.map { "<th>\(e($0.id.rawValue))</th>" }.joined()
        out += "<th>passed</th><th>reserve</th><th>conditions</th></tr>\n"
        var cutDrawn = false
        for row in report.view.ranked {
            let cells = report.table.cells(row, .ranked)
            let onReserve = row.reserve?.value == true
            let cut =
                !cutDrawn && !onReserve && !report.view.ranksSealed
                && report.view.ranked.contains { $0.reserve?.value == true }
            if cut { cutDrawn = true }
            out += cut ? "<tr class=\"cut\">" : "<tr>"
            out +=
                "<td class=\"n\">\(text(cells[1]))</td><td>\(text(cells[2]))</td><td>\(text(cells[3]))</td>"
            for cell in cells[5..<(6 + scheme.criteria.count)] {
                out += "<td class=\"n\">\(text(cell))</td>"
            }
            out +=
                "<td>\(text(cells[6 + scheme.criteria.count]))</td><td>\(text(cells[7 + scheme.criteria.count]))</td>"
                + "<td>\(text(cells[9 + scheme.criteria.count]))</td></tr>\n"
        }
        out += "</table>\n"
        if report.view.ranked.isEmpty { out += "<p>Nobody is fully scored yet.</p>\n" }
        if report.view.ranksSealed {
            out +=
                "<p>Ranks are sealed: the author may not see every ranked candidate's total.</p>\n"
        }
        let reserve = report.table.reserveRows
        out += "<h3>Reserve list (\(reserve.count))</h3>\n<p>\(e(report.reserveText))</p>\n<ol>\n"
        for cells in reserve {
            out += "<li>\(text(cells[2])), \(text(cells[1])): \(text(cells[3]))</li>\n"
        }
        out += "</ol>\n"
        if !report.view.pending.isEmpty {
            out +=
                "<h3>Invited, not fully scored (\(report.view.pending.count)), never ranked</h3>\n<ul>\n"
            for row in report.view.pending {
                out +=
                    "<li>\(e(row.applicationID.rawValue)) \(e(row.name)): \(row.submittedCount) of \(row.expectedCount) cards</li>\n"
            }
            out += "</ul>\n"
        }
        out += schedule(report)
        out +=
            "<figure>\n" + histogram(report)
            + "\n<figcaption>Distribution of totals of the ranked candidates, with the overall pass mark (dashed).</figcaption>\n</figure>\n"
        out += "</section>\n"

        out += "<section>\n<h2>6. Per-criterion statistics and divergence</h2>\n"
        out +=
            "<table>\n<tr><th>criterion</th><th>candidates</th><th>mean</th><th>sd</th><th>min</th><th>median</th><th>max</th><th>below pass mark</th></tr>\n"
        let statistics = report.statistics
        for s in statistics {
            out +=
                "<tr><td>\(e(s.criterion.rawValue))</td><td class=\"n\">\(s.count)</td><td class=\"n\">\(d(s.mean))</td><td class=\"n\">\(d(s.standardDeviation))</td><td class=\"n\">\(d(s.minimum))</td><td class=\"n\">\(d(s.median))</td><td class=\"n\">\(d(s.maximum))</td><td class=\"n\">\(s.belowPassMark)</td></tr>\n"
        }
        out += "</table>\n<p class=\"muted\">Over the ranked candidates' means per criterion.</p>\n"
        out +=
            "<figure>\n" + spread(report, statistics)
            + "\n<figcaption>Spread of the candidates' means per criterion: the line runs from lowest to highest, the box from the lower to the upper quartile, the bar inside is the median, the dashed tick the criterion's pass mark.</figcaption>\n</figure>\n"
        let notes = report.divergenceNotes
        out += "<h3>Divergence notes (\(notes.count))</h3>\n"
        out +=
            notes.isEmpty
            ? "<p>No candidate's marks spread as far as the divergence threshold (\(d(scheme.rules.divergenceThreshold)) levels).</p>\n"
            : "<ul>\n" + notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        out += "</section>\n"

        out += "<section>\n<h2>7. Panel agreement</h2>\n<p>"
        if let agreement = report.view.agreement {
            out +=
                "Over \(agreement.subjects) candidates and \(agreement.raters) members: Kendall's W \(d(agreement.kendallW)), ICC(2,k) \(d(agreement.icc)) (\(e(agreement.iccInterpretation)))."
        } else {
            out += "Not computed: fewer than two candidates scored by the same two members."
        }
        out += "</p>\n</section>\n"

        out += "<section>\n<h2>8. Audit trail</h2>\n<p>\(e(report.auditText))</p>\n</section>\n"

        if let marks = report.memberMarks {
            out += "<section class=\"members\">\n<h2>9. Individual members' marks</h2>\n"
            out += "<p class=\"notice\">\(e(report.memberMarksText))</p>\n"
            for candidate in marks {
                out += "<h3>\(e(candidate.applicationID.rawValue)) \(e(candidate.name))</h3>\n"
                out += "<table>\n<tr><th>member</th>"
                out += scheme.criteria.map { "<th>\(e($0.id.rawValue))</th>" }.joined() + "</tr>\n"
                for card in candidate.cards {
                    out += "<tr><td>\(e(card.member))</td>"
                    out +=
                        scheme.criteria.map { rule in
                            "<td class=\"n\">\(card.marks[rule.id].map(String.init) ?? "")</td>"
                        }.joined() + "</tr>\n"
                }
                out += "</table>\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Totals in bins of ten, the pass mark a dashed line (see `ReportHistogram`).
    static func histogram(_ report: PanelReport) -> String {
        ReportHistogram(totals: report.totals, passMark: report.scheme.rules.overallPassMark).svg
    }

    /// One row per criterion on the scale: range line, quartile box, median bar, pass mark.
    static func spread(_ report: PanelReport, _ statistics: [PanelReport.CriterionStatistics])
        -> String
    {
        let scale = report.scheme.scale
        let (left, width, rowHeight) = (50.0, 460.0, 26.0)
        let height = Double(statistics.count) * rowHeight + 40
        func x(_ value: Double) -> Double {
            left + (value - Double(scale.minimum)) / Double(scale.maximum - scale.minimum) * width
        }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 560 \(f(height))\" width=\"560\" height=\"\(f(height))\" role=\"img\" aria-label=\"Spread of means per criterion\">"
        for level in scale.levels {
            svg +=
                "<line x1=\"\(f(x(Double(level))))\" y1=\"4\" x2=\"\(f(x(Double(level))))\" y2=\"\(f(height - 24))\" stroke=\"#ccc\"/>"
            svg +=
                "<text x=\"\(f(x(Double(level))))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">\(level)</text>"
        }
        for (i, s) in statistics.enumerated() {
            let y = 14 + Double(i) * rowHeight
            svg += "<text x=\"4\" y=\"\(f(y + 4))\">\(e(s.criterion.rawValue))</text>"
            svg +=
                "<line x1=\"\(f(x(s.minimum)))\" y1=\"\(f(y))\" x2=\"\(f(x(s.maximum)))\" y2=\"\(f(y))\" stroke=\"#000\"/>"
            svg +=
                "<rect x=\"\(f(x(s.lowerQuartile)))\" y=\"\(f(y - 7))\" width=\"\(f(max(1, x(s.upperQuartile) - x(s.lowerQuartile))))\" height=\"14\" fill=\"#fff\" stroke=\"#000\"/>"
            svg +=
                "<line x1=\"\(f(x(s.median)))\" y1=\"\(f(y - 7))\" x2=\"\(f(x(s.median)))\" y2=\"\(f(y + 7))\" stroke=\"#000\" stroke-width=\"3\"/>"
            if let mark = report.scheme.rule(s.criterion)?.passMark {
                svg +=
                    "<line x1=\"\(f(x(mark)))\" y1=\"\(f(y - 11))\" x2=\"\(f(x(mark)))\" y2=\"\(f(y + 11))\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>"
            }
        }
        return svg + "</svg>"
    }

    static func e(_ text: String) -> String { SpreadsheetML.escaped(text) }
    static func d(_ value: Double) -> String { ScoreText.decimal(value) }
    static func f(_ value: Double) -> String { ScoreText.decimal(value) }

    static func text(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let t): e(t)
        case .decimal(let v): d(v)
        case .integer(let n): String(n)
        case .boolean(let b): ExportCell.yesNo(b)
        case .empty: ""
        }
    }
}
