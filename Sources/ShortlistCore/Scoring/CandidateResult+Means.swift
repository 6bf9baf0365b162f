import Foundation

extension CandidateResult {
    /// The result from the mean mark of each criterion alone, for a reader who may see the
    /// combined result but no individual mark (a PostgreSQL server hands the secretary and
    /// reviewers only means): no marks, median, spread or divergence, the same total and
    /// pass or fail as `init(cards:scheme:)` computes from the cards.
    public init(means: [CriterionID: Double], scheme: ScoringScheme) {
        let results = scheme.criteria.map { rule in
            let mean = means[rule.id]
            return CriterionResult(
                criterion: rule.id, marks: [], mean: mean, median: nil, spread: 0,
                isDivergent: false,
                passed: rule.passMark.flatMap { passMark in mean.map { Self.reaches($0, passMark) }
                })
        }
        self.init(results, scheme: scheme)
    }
}
