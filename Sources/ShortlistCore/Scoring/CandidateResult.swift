import Foundation

/// One criterion's marks for one candidate, combined.
public struct CriterionResult: Sendable, Hashable {
    public var criterion: CriterionID
    /// The submitted marks, one per member who submitted (never a draft).
    public var marks: [Int]
    public var mean: Double?
    public var median: Double?
    /// Highest minus lowest mark.
    public var spread: Int
    /// The spread reached the profile's divergence threshold: a prompt for a calibration
    /// discussion, never a correction.
    public var isDivergent: Bool
    /// Nil when the criterion has no pass mark or no marks yet.
    public var passed: Bool?
}

/// A candidate's combined result: per criterion, the total on 0–100, and pass or fail.
public struct CandidateResult: Sendable, Hashable {
    public var criteria: [CriterionResult]
    /// Σ(weight × mean ÷ scale maximum) ÷ Σ weight × 100, rounded to two decimals; nil until
    /// every criterion has at least one mark.
    public var total: Double?
    /// Every criterion's pass mark and the overall pass mark reached.
    public var passed: Bool
    public var isDivergent: Bool { criteria.contains(where: \.isDivergent) }

    /// Combines the submitted cards (each member's marks per criterion) under a scheme.
    public init(cards: [[CriterionID: Int]], scheme: ScoringScheme) {
        var results: [CriterionResult] = []
        for rule in scheme.criteria {
            let marks = cards.compactMap { $0[rule.id] }
            let mean = marks.isEmpty ? nil : Double(marks.reduce(0, +)) / Double(marks.count)
            let spread = (marks.max() ?? 0) - (marks.min() ?? 0)
            results.append(
                CriterionResult(
                    criterion: rule.id, marks: marks, mean: mean, median: Self.median(marks),
                    spread: spread,
                    isDivergent: marks.count > 1
                        && Double(spread) >= scheme.rules.divergenceThreshold,
                    passed: rule.passMark.flatMap { passMark in
                        mean.map { Self.reaches($0, passMark) }
                    }))
        }
        self.init(results, scheme: scheme)
    }

    /// The total and pass or fail of per-criterion results, however they were combined.
    init(_ results: [CriterionResult], scheme: ScoringScheme) {
        criteria = results
        let weights = scheme.criteria.map(\.weight).reduce(0, +)
        if !results.isEmpty, results.allSatisfy({ $0.mean != nil }), weights > 0 {
            var sum = 0.0
            for (rule, result) in zip(scheme.criteria, results) {
                sum += rule.weight * result.mean! / Double(scheme.scale.maximum)
            }
            total = Self.roundedToHundredths(sum / weights * 100)
        } else {
            total = nil
        }
        passed =
            total.map { Self.reaches($0, scheme.rules.overallPassMark) } ?? false
            && results.allSatisfy { $0.passed != false }
    }

    /// Rounded half away from zero, as people round marks by hand.
    public static func roundedToHundredths(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    /// `value >= mark`, forgiving the last bits of floating-point arithmetic (a mean of 3
    /// computed as 2.9999999 reaches a pass mark of 3).
    static func reaches(_ value: Double, _ mark: Double) -> Bool {
        value + 1e-9 >= mark
    }

    static func median(_ marks: [Int]) -> Double? {
        guard !marks.isEmpty else { return nil }
        let sorted = marks.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1
            ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
