import Foundation
import ShortlistCore
import ShortlistStore

/// The ranking as rows of cells, the same for `rank`, its CSV and JSON, and the exports: a
/// value the viewer may not see is "sealed", a value that does not exist yet is empty.
public enum RankingCells {
    public static func header(_ scheme: ScoringScheme) -> [String] {
        ["rank", "application_id", "name", "total"] + scheme.criteria.map { "\($0.id)_mean" } + [
            "passed", "reserve", "conditions",
        ]
    }

    /// The conditions column: what must still be met before recruitment, "; " between.
    public static func conditions(_ row: RankingRow) -> String {
        row.conditions.map(\.text).joined(separator: "; ")
    }

    public static func cells(_ row: RankingRow, _ scheme: ScoringScheme) -> [String] {
        let result = row.result.value
        let means = scheme.criteria.map { rule -> String in
            guard let result else { return ScoreText.sealed }
            return ScoreText.decimal(result.criteria.first { $0.criterion == rule.id }?.mean)
        }
        return [
            text(row.rank) { String($0) }, row.applicationID.rawValue, row.name,
            result.map { ScoreText.decimal($0.total) } ?? ScoreText.sealed,
        ] + means + [
            row.isComplete ? (result.map { String($0.passed) } ?? ScoreText.sealed) : "",
            text(row.reserve) { String($0) }, conditions(row),
        ]
    }

    /// The row as a JSON object: numbers as numbers, "sealed" as a string, null for nothing yet.
    public static func object(_ row: RankingRow, _ scheme: ScoringScheme) -> [String: Any] {
        let result = row.result.value
        var means: [String: Any] = [:]
        var medians: [String: Any] = [:]
        var divergent: [String] = []
        for rule in scheme.criteria {
            let criterion = result?.criteria.first { $0.criterion == rule.id }
            means[rule.id.rawValue] = result == nil ? ScoreText.sealed : json(criterion?.mean)
            medians[rule.id.rawValue] = result == nil ? ScoreText.sealed : json(criterion?.median)
            if criterion?.isDivergent == true { divergent.append(rule.id.rawValue) }
        }
        return [
            "rank": row.rank.map { $0.value.map { $0 as Any } ?? ScoreText.sealed } ?? NSNull(),
            "application_id": row.applicationID.rawValue,
            "name": row.name,
            "fully_scored": row.isComplete,
            "total": result.map { json($0.total) } ?? ScoreText.sealed,
            "means": means,
            "medians": medians,
            "divergent": result == nil ? ScoreText.sealed : divergent,
            "passed": row.isComplete
                ? (result.map { $0.passed as Any } ?? ScoreText.sealed) : NSNull(),
            "reserve": row.reserve.map { $0.value.map { $0 as Any } ?? ScoreText.sealed }
                ?? NSNull(),
            "cards_submitted": row.submittedCount,
            "cards_expected": row.expectedCount,
            "conditions": row.conditions.map(\.text),
        ]
    }

    private static func text<T>(_ value: Sealed<T>?, _ format: (T) -> String) -> String {
        guard let value else { return "" }
        return value.value.map(format) ?? ScoreText.sealed
    }

    private static func json(_ value: Double?) -> Any {
        value.map { Double(ScoreText.decimal($0))! as Any } ?? NSNull()
    }
}
