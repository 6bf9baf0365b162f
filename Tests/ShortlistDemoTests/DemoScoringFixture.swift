import ShortlistCore

/// The grid the demo round is scored on: the built-in proposal's weights and pass marks.
enum ScoringFixture {
    static let ids: [CriterionID] = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map {
        CriterionID($0)
    }

    static let scheme = ScoringScheme(
        criteria: [
            .init(id: ids[0], weight: 20, passMark: 3), .init(id: ids[1], weight: 20, passMark: 3),
            .init(id: ids[2], weight: 20, passMark: 3), .init(id: ids[3], weight: 10),
            .init(id: ids[4], weight: 15), .init(id: ids[5], weight: 10, passMark: 2),
            .init(id: ids[6], weight: 5, passMark: 3),
        ],
        rules: ScoringRules(
            scale: RatingScale(minimum: 0, maximum: 5, anchors: (0...5).map { "level \($0)" })!,
            overallPassMark: 60, reserveListLimit: 5, divergenceThreshold: 2,
            commentRequiredAtScaleEnds: true))
}
