import Foundation

/// One rule's standing for a candidate: the check from the data and, if the chair decided
/// otherwise, the override that takes its place.
public struct RuleOutcome: Hashable, Sendable, CustomStringConvertible {
    public var check: RuleCheck
    public var override: EligibilityOverride?

    public init(check: RuleCheck, override: EligibilityOverride? = nil) {
        self.check = check
        self.override = override
    }

    public var rule: EligibilityRule { check.rule }
    public var isOverridden: Bool { override != nil }

    /// The result that counts: the override's if there is one.
    public var result: RuleResult { override?.result.ruleResult ?? check.result }

    /// The reason to show. An override always says so, and keeps what the data said, so that
    /// nobody mistakes a decision for a fact.
    public var reason: String {
        guard let override else { return check.reason }
        return
            "overridden to \(override.result): \(override.reason) (the data gave \(check.result): \(check.reason))"
    }

    public var description: String { "\(rule): \(reason)" }
}

/// A candidate's eligibility: every rule's outcome, in rule order, and the verdict.
public struct EligibilityAssessment: Hashable, Sendable {
    /// One per rule, in `EligibilityRule.allCases` order.
    public let outcomes: [RuleOutcome]
    public let result: EligibilityResult

    /// Combines stored checks with the chair's overrides. A rule without a check (not yet
    /// computed) needs a check; if several overrides name one rule, the last counts (the store
    /// keeps them in the order they were decided).
    public init(checks: [RuleCheck], overrides: [EligibilityOverride] = []) {
        var byRule: [EligibilityRule: RuleCheck] = [:]
        for check in checks { byRule[check.rule] = check }
        var overrideByRule: [EligibilityRule: EligibilityOverride] = [:]
        for override in overrides { overrideByRule[override.rule] = override }
        outcomes = EligibilityRule.allCases.map { rule in
            RuleOutcome(
                check: byRule[rule] ?? RuleCheck(rule, .needsCheck, "not checked yet"),
                override: overrideByRule[rule])
        }
        result = EligibilityResult(combining: outcomes.map(\.result))
    }

    public func outcome(_ rule: EligibilityRule) -> RuleOutcome {
        outcomes.first { $0.rule == rule }!
    }

    /// The rules that keep the candidate from being eligible: failed or unclear.
    public var unresolved: [RuleOutcome] { outcomes.filter { $0.result != .pass } }

    public var hasOverrides: Bool { outcomes.contains { $0.isOverridden } }
}
