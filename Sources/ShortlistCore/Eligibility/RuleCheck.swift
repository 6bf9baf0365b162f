import Foundation

/// One rule's result for one candidate as the data give it, with a reason that quotes the
/// data, e.g. `languages: C1 in an EU language (FR C2) but no second EU language at B2 or
/// better (EN B1; RU C1 is not an EU language)`.
public struct RuleCheck: Hashable, Codable, Sendable, CustomStringConvertible {
    public var rule: EligibilityRule
    public var result: RuleResult
    /// Without the rule id in front; `description` adds it.
    public var reason: String

    public init(_ rule: EligibilityRule, _ result: RuleResult, _ reason: String) {
        self.rule = rule
        self.result = result
        self.reason = reason
    }

    public var description: String { "\(rule): \(reason)" }
}
