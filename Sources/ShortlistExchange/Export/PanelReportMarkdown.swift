import Foundation
import ShortlistCore
import ShortlistStore

/// The panel report as Markdown (CommonMark with GitHub tables): the same sections as the
/// HTML, the charts as text.
enum PanelReportMarkdown {
    static func render(_ report: PanelReport) -> String {
        let scheme = report.scheme
        var out =
            "# Panel report\n\n**\(m(report.profile?.reference ?? ""))** \(m(report.profile?.title ?? ""))\n\n"
        out += "> **\(m(report.finalText))**\n\n"
        if report.memberMarks != nil { out += "> **\(m(report.memberMarksText))**\n\n" }
        out +=
            "Data as of \(report.created). Exported by \(m(report.exportedBy.description)). What the author may not see is shown as “sealed”.\n\n"

        out += "## 1. The call\n\n"
        if let p = report.profile {
            out += table(
                ["", ""],
                [
                    ["Reference", p.reference], ["Title", p.title], ["Unit", p.unit],
                    ["Function group", p.functionGroup.description],
                    ["Contract", p.contractType ?? ""],
                ])
        }
        out += "## 2. The panel\n\n"
        out += table(
            ["name", "role", "declared"],
            report.members.map {
                [$0.displayName, $0.role.rawValue, report.declarationText(of: $0.name)]
            })

        out += "## 3. Criteria, weights, scale and pass marks\n\n"
        out += "**\(m(report.adoptionText))**\n\n\(m(report.sourcesText))\n\n"
        out += table(
            ["criterion", "group", "weight", "pass mark", "text"],
            scheme.criteria.map { rule in
                let criterion = report.profile?.criteria.first { $0.id == rule.id }
                return [
                    rule.id.rawValue, criterion.map { $0.group.title.lowercased() } ?? "",
                    d(rule.weight),
                    rule.passMark.map(d) ?? "—", criterion?.text ?? "",
                ]
            })
        out +=
            "Scale \(scheme.scale.minimum)–\(scheme.scale.maximum) per criterion; overall pass mark \(d(scheme.rules.overallPassMark)) on 0–100; reserve list limit \(scheme.rules.reserveListLimit.map(String.init) ?? "none"). Total = Σ(weight × mean ÷ \(scheme.scale.maximum)) ÷ Σ weight × 100. \(m(report.reserveText))\n\n"
        out += table(
            ["level", "anchor"],
            scheme.scale.levels.map { [String($0), scheme.scale.anchor(for: $0) ?? ""] })

        out += "## 4. Eligibility\n\n"
        out += table(
            ["rule", "pass", "fail", "needs check", "overridden"],
            EligibilityRule.allCases.map { rule in
                let c = report.eligibility.rules[rule] ?? [:]
                return [
                    rule.rawValue, String(c[.pass] ?? 0), String(c[.fail] ?? 0),
                    String(c[.needsCheck] ?? 0), String(report.eligibility.overrides[rule] ?? 0),
                ]
            })
        out +=
            EligibilityResult.allCases.map {
                "\($0.rawValue): \(report.eligibility.results[$0] ?? 0)"
            }
            .joined(separator: "; ") + ".\n\n"

        out += "## 5. Ranking and reserve list\n\n"
        let n = scheme.criteria.count
        out += table(
            ["rank", "application", "name", "total"] + scheme.criteria.map(\.id.rawValue) + [
                "passed", "reserve", "conditions",
            ],
            report.view.ranked.map { row in
                let cells = report.table.cells(row, .ranked).map(\.plainText)
                return [cells[1], cells[2], cells[3]] + Array(cells[5..<(6 + n)]) + [
                    cells[6 + n], cells[7 + n], cells[9 + n],
                ]
            })
        if report.view.ranksSealed {
            out += "Ranks are sealed: the author may not see every ranked candidate's total.\n\n"
        }
        let reserve = report.table.reserveRows
        out += "### Reserve list (\(reserve.count))\n\n\(m(report.reserveText))\n\n"
        for (i, cells) in reserve.enumerated() {
            out +=
                "\(i + 1). \(m(cells[2].plainText)), \(cells[1].plainText): \(cells[3].plainText)\n"
        }
        out += "\n"
        if !report.view.pending.isEmpty {
            out += "### Invited, not fully scored (\(report.view.pending.count)), never ranked\n\n"
            for row in report.view.pending {
                out +=
                    "- \(row.applicationID) \(m(row.name)): \(row.submittedCount) of \(row.expectedCount) cards\n"
            }
            out += "\n"
        }
        out += schedule(report)
        out +=
            "Distribution of totals (one `#` a candidate; pass mark \(d(scheme.rules.overallPassMark))):\n\n```\n"
        var bins = Array(repeating: 0, count: 10)
        for total in report.totals { bins[min(9, max(0, Int(total / 10)))] += 1 }
        for (i, count) in bins.enumerated() {
            let label = "\(i * 10)–\(i == 9 ? 100 : i * 10 + 9)"
            let mark =
                Double(i * 10) <= scheme.rules.overallPassMark
                    && scheme.rules.overallPassMark < Double(i * 10 + 10) ? " ← pass mark" : ""
            out +=
                label.padding(toLength: 7, withPad: " ", startingAt: 0) + "| "
                + String(repeating: "#", count: count) + mark + "\n"
        }
        out += "```\n\n"

        out += "## 6. Per-criterion statistics and divergence\n\n"
        out += table(
            ["criterion", "candidates", "mean", "sd", "min", "median", "max", "below pass mark"],
            report.statistics.map {
                [
                    $0.criterion.rawValue, String($0.count), d($0.mean), d($0.standardDeviation),
                    d($0.minimum), d($0.median), d($0.maximum), String($0.belowPassMark),
                ]
            })
        out += "Over the ranked candidates' means per criterion.\n\n"
        let notes = report.divergenceNotes
        out += "### Divergence notes (\(notes.count))\n\n"
        out +=
            notes.isEmpty
            ? "No candidate's marks spread as far as the divergence threshold (\(d(scheme.rules.divergenceThreshold)) levels).\n\n"
            : notes.map { "- \(m($0))\n" }.joined() + "\n"

        out += "## 7. Panel agreement\n\n"
        if let a = report.view.agreement {
            out +=
                "Over \(a.subjects) candidates and \(a.raters) members: Kendall's W \(d(a.kendallW)), ICC(2,k) \(d(a.icc)) (\(a.iccInterpretation)).\n\n"
        } else {
            out += "Not computed: fewer than two candidates scored by the same two members.\n\n"
        }
        out += "## 8. Audit trail\n\n\(report.auditText)\n"

        if let marks = report.memberMarks {
            out += "\n## 9. Individual members' marks\n\n> **\(m(report.memberMarksText))**\n\n"
            for candidate in marks {
                out += "### \(candidate.applicationID) \(m(candidate.name))\n\n"
                out += table(
                    ["member"] + scheme.criteria.map(\.id.rawValue),
                    candidate.cards.map { card in
                        [card.member]
                            + scheme.criteria.map { card.marks[$0.id].map(String.init) ?? "" }
                    })
            }
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    static func cell(_ text: String) -> String {
        m(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Escapes what Markdown would read as markup in a name or a text.
    static func m(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func d(_ value: Double) -> String { ScoreText.decimal(value) }
}

extension ExportCell {
    /// The cell as it reads in a report: numbers with two decimals, no neutralising (a report
    /// is read, not computed).
    var plainText: String {
        switch self {
        case .text(let t): t
        case .decimal(let v): ScoreText.decimal(v)
        case .integer(let n): String(n)
        case .boolean(let b): ExportCell.yesNo(b)
        case .empty: ""
        }
    }
}
