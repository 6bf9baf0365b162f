@testable import ShortlistCore

/// The built-in call's scoring scheme written out by hand (docs/scoring.md uses it).
enum ScoringFixture {
    static let ids: [CriterionID] = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"]

    static let scheme = ScoringScheme(
        criteria: [
            .init(id: "A1", weight: 20, passMark: 3), .init(id: "A2", weight: 20, passMark: 3),
            .init(id: "A3", weight: 20, passMark: 3), .init(id: "B1", weight: 10),
            .init(id: "B2", weight: 15), .init(id: "C1", weight: 10, passMark: 2),
            .init(id: "C2", weight: 5, passMark: 3),
        ],
        rules: ScoringRules(
            scale: RatingScale(minimum: 0, maximum: 5, anchors: (0...5).map { "level \($0)" })!,
            overallPassMark: 60, reserveListLimit: 5, divergenceThreshold: 2,
            commentRequiredAtScaleEnds: true))

    static func card(_ marks: [Int]) -> [CriterionID: Int] {
        Dictionary(uniqueKeysWithValues: zip(ids, marks))
    }
}

extension CriterionID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
