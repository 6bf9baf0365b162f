import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

/// `shortlist rank` as a table for people and as one JSON document for programs.
enum RankingReport {
    static func table(_ view: RankingView, viewer: String) -> String {
        let scheme = view.scheme
        var out = ""
        if let final = view.finalised {
            out += "Ranking: final (finalised by \(final.by) at \(final.at))\n\n"
        } else {
            out += "Ranking: not final\n\n"
        }
        let header = RankingCells.header(scheme) + ["divergent"]
        var rows: [[String]] = []
        var cutOffAfter: Int?
        for (i, row) in view.ranked.enumerated() {
            rows.append(RankingCells.cells(row, scheme) + [divergent(row)])
            if row.reserve?.value == true { cutOffAfter = i }
        }
        let lines = Listing(header: header, rows: rows).table().split(
            separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where !line.isEmpty {
            out += line + "\n"
            if let cutOffAfter, i == cutOffAfter + 1, !view.ranksSealed {
                let limit = scheme.rules.reserveListLimit.map { ", limit \($0)" } ?? ""
                let count = view.ranked.filter { $0.reserve?.value == true }.count
                out +=
                    "──── reserve list cut-off (\(count) candidate\(count == 1 ? "" : "s")\(limit); the panel's choice) ────\n"
            }
        }
        if view.ranked.isEmpty { out += "(nobody is fully scored yet)\n" }
        if view.ranksSealed {
            out +=
                "ranks sealed: you may not see every ranked candidate's total (a conflict of interest)\n"
        }
        if !view.pending.isEmpty {
            out += "\nNot fully scored (\(view.pending.count)), never ranked:\n"
            let pending = view.pending.map { row in
                [
                    row.applicationID.rawValue, row.name,
                    "\(row.submittedCount)/\(row.expectedCount) cards",
                    "yours: \(row.own.rawValue)",
                    row.result.value.map { "so far \(ScoreText.decimal($0.total))" }
                        ?? ScoreText.sealed,
                ]
            }
            out += Listing(
                header: ["application_id", "name", "cards", "your card", "total"], rows: pending
            ).table()
        }
        if !view.progress.isEmpty {
            out += "\nProgress (cards submitted of those expected):\n"
            out += Listing(
                header: ["member", "role", "submitted", "drafts"],
                rows: view.progress.map {
                    [
                        $0.member, $0.role.rawValue, "\($0.submitted)/\($0.expected)",
                        String($0.drafts),
                    ]
                }
            ).table()
        }
        if let agreement = view.agreement {
            out +=
                "\nPanel agreement over \(agreement.subjects) candidates and \(agreement.raters) members: "
            out += "Kendall's W \(ScoreText.decimal(agreement.kendallW)), "
            out += "ICC(2,k) \(ScoreText.decimal(agreement.icc)) (\(agreement.iccInterpretation))\n"
        }
        return out
    }

    /// The same as the table, one sentence a line, for a screen reader: no columns to
    /// follow, every value named.
    static func plain(_ view: RankingView) -> String {
        var out = ""
        if let final = view.finalised {
            out += "Ranking final, finalised by \(final.by) at \(final.at).\n"
        } else {
            out += "Ranking not final.\n"
        }
        if view.ranked.isEmpty { out += "Nobody is fully scored yet.\n" }
        let reserveCount = view.ranked.filter { $0.reserve?.value == true }.count
        var reserveSaid = false
        for row in view.ranked {
            if !reserveSaid, !view.ranksSealed, reserveCount > 0, row.reserve?.value != true {
                out += "End of the reserve list: \(reserveCount) candidates"
                out += view.scheme.rules.reserveListLimit.map { ", limit \($0)" } ?? ""
                // The call states no reserve list: whose list it is must be clear.
                out += " (the panel's choice).\n"
                reserveSaid = true
            }
            let rank = row.rank.map { $0.value.map { "Rank \($0)" } ?? "Rank sealed" } ?? "Unranked"
            var sentence = "\(rank): \(row.name), \(row.applicationID)"
            if let result = row.result.value {
                sentence += "; total \(result.total.map { ScoreText.decimal($0) } ?? "none")"
                sentence += result.passed ? "; passed" : "; did not pass"
                var below = result.criteria.filter { $0.passed == false }.map(\.criterion.rawValue)
                if let total = result.total, total < view.scheme.rules.overallPassMark {
                    below.append("the total")
                }
                if !below.isEmpty {
                    sentence += " (below the pass mark on \(below.joined(separator: ", ")))"
                }
                if row.reserve?.value == true { sentence += "; on the reserve list" }
                let divergent = result.criteria.filter(\.isDivergent).map(\.criterion.rawValue)
                if !divergent.isEmpty {
                    sentence += "; marks diverge on \(divergent.joined(separator: ", "))"
                }
            } else {
                sentence += "; total sealed"
            }
            out += sentence + ".\n"
        }
        if view.ranksSealed {
            out += "Ranks are sealed: you may not see every ranked candidate's total.\n"
        }
        for row in view.pending {
            out += "Not fully scored: \(row.name), \(row.applicationID); "
            out +=
                "\(row.submittedCount) of \(row.expectedCount) cards; your card \(row.own.rawValue); "
            out +=
                row.result.value.map { "total so far \(ScoreText.decimal($0.total))" }
                ?? "total sealed"
            out += ".\n"
        }
        for member in view.progress {
            out += "Progress of \(member.member), \(member.role.rawValue): \(member.submitted) of "
            out += "\(member.expected) cards submitted, \(member.drafts) drafts.\n"
        }
        if let agreement = view.agreement {
            out +=
                "Panel agreement over \(agreement.subjects) candidates and \(agreement.raters) members: "
            out += "Kendall's W \(ScoreText.decimal(agreement.kendallW)), "
            out += "ICC(2,k) \(ScoreText.decimal(agreement.icc)), \(agreement.iccInterpretation).\n"
        }
        return out
    }

    static func divergent(_ row: RankingRow) -> String {
        guard let result = row.result.value else { return ScoreText.sealed }
        return result.criteria.filter(\.isDivergent).map(\.criterion.rawValue).joined(
            separator: ",")
    }

    static func json(_ view: RankingView) -> String {
        let scheme = view.scheme
        var document: [String: Any] = [
            "final": view.finalised != nil,
            "ranks_sealed": view.ranksSealed,
            "ranked": view.ranked.map { RankingCells.object($0, scheme) },
            "not_fully_scored": view.pending.map { RankingCells.object($0, scheme) },
            "progress": view.progress.map {
                [
                    "member": $0.member, "role": $0.role.rawValue, "submitted": $0.submitted,
                    "expected": $0.expected,
                    "drafts": $0.drafts,
                ] as [String: Any]
            },
        ]
        if let final = view.finalised { document["finalised"] = ["at": final.at, "by": final.by] }
        if let agreement = view.agreement {
            document["agreement"] =
                [
                    "kendall_w": agreement.kendallW, "icc_2k": agreement.icc,
                    "icc_interpretation": agreement.iccInterpretation,
                    "candidates": agreement.subjects,
                    "members": agreement.raters,
                ] as [String: Any]
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: document,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
