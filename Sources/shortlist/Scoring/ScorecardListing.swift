import Foundation
import ShortlistCore
import ShortlistStore

/// `score show`: one row per criterion with the viewer's mark, the others' marks they may
/// see, and the combined mean; sealed values say so.
struct ScorecardListing {
    var scoring: CandidateScoring
    var scheme: ScoringScheme
    var viewer: String

    func print(as format: OutputFormat) {
        let result = scoring.result.value
        let others = scoring.others
        var header = ["criterion", "weight", "pass_mark", "yours"] + others.map(\.member)
        header += ["mean", "median", "divergent"]
        let rows = scheme.criteria.map { rule -> [String] in
            let combined = result?.criteria.first { $0.criterion == rule.id }
            var cells = [
                rule.id.rawValue, ScoreText.decimal(rule.weight), ScoreText.decimal(rule.passMark),
                scoring.own?.marks[rule.id].map(String.init) ?? "",
            ]
            cells += others.map { $0.marks[rule.id].map(String.init) ?? "" }
            cells += [
                combined.map { ScoreText.decimal($0.mean) } ?? ScoreText.sealed,
                combined.map { ScoreText.decimal($0.median) } ?? ScoreText.sealed,
                combined.map { $0.isDivergent ? "yes" : "" } ?? ScoreText.sealed,
            ]
            return cells
        }
        let listing = Listing(header: header, rows: rows)
        guard format == .table else { return listing.print(as: format) }
        var out = "\(scoring.applicationID)"
        if !scoring.invited {
            Console.output(out + ": not invited to interview")
            return
        }
        if scoring.viewerIsConflicted {
            Console.output(
                out
                    + ": you declared a conflict of interest with this candidate; its marks are sealed to you"
            )
            return
        }
        let scores = scoring.expected.contains(viewer)
        let state = scoring.own.map { $0.isSubmitted ? "submitted" : "draft" } ?? "not started"
        out +=
            scores
            ? ": your card is \(state); "
            : ": "
        out += "\(scoring.submitted.count) of \(scoring.expected.count) expected cards submitted"
        if !scoring.excused.isEmpty {
            out += " (excused: \(scoring.excused.joined(separator: ", ")))"
        }
        Console.output(out + "\n")
        Console.output(listing.table(), terminator: "")
        if let comments = scoring.own?.comments, !comments.isEmpty {
            Console.output("\nYour comments:")
            for (criterion, text) in comments.sorted(by: { $0.key < $1.key }) {
                Console.output("  \(criterion): \(text)")
            }
        }
        if let note = scoring.own?.note, !note.isEmpty { Console.output("\nYour note: \(note)") }
        let complete = scoring.submitted.count >= scoring.expected.count
        let total: String
        if let result {
            total =
                ScoreText.decimal(result.total)
                + (result.passed ? " (passes every pass mark)" : " (below a pass mark)")
                + (complete
                    ? ""
                    : ", so far: \(scoring.submitted.count) of \(scoring.expected.count) cards in")
        } else if scores {
            total = "sealed until you submit your own card"
        } else {
            total = "sealed until every member expected to score has submitted"
        }
        Console.output("\ntotal: " + total)
    }
}
