import ShortlistCore

/// How many applications pass, fail or need a check on each rule, and the verdicts.
public struct EligibilityCounts: Sendable, Equatable {
    public var rules: [EligibilityRule: [RuleResult: Int]] = [:]
    public var overrides: [EligibilityRule: Int] = [:]
    public var results: [EligibilityResult: Int] = [:]
    public var notAssessed = 0

    public init() {}
}

extension EligibilityRecords {
    /// Each rule's results over every assessed application, overrides included, and the
    /// verdicts: what the panel report counts, from the engine's one pass over them.
    public func eligibilityCounts() throws -> EligibilityCounts {
        var counts = EligibilityCounts()
        try forEachEligibility { line in
            guard let assessment = line.assessment else {
                counts.notAssessed += 1
                return
            }
            counts.results[assessment.result, default: 0] += 1
            for outcome in assessment.outcomes {
                counts.rules[outcome.rule, default: [:]][outcome.result, default: 0] += 1
                if outcome.isOverridden { counts.overrides[outcome.rule, default: 0] += 1 }
            }
        }
        return counts
    }
}
