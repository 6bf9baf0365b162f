import Foundation

/// The chair's decision on one rule for one candidate, against or in place of what the data
/// give, with a written justification. Who decided and when is the audit trail's business.
public struct EligibilityOverride: Hashable, Codable, Sendable, CustomStringConvertible {
    /// An override decides: it cannot leave a rule unclear.
    public enum Decision: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
        case pass
        case fail

        public var description: String { rawValue }

        public var ruleResult: RuleResult {
            switch self {
            case .pass: .pass
            case .fail: .fail
            }
        }
    }

    public var rule: EligibilityRule
    public var result: Decision
    /// The written justification; never empty (the store refuses an empty one).
    public var reason: String

    public init(_ rule: EligibilityRule, _ result: Decision, reason: String) {
        self.rule = rule
        self.result = result
        self.reason = reason
    }

    public var description: String { "\(rule) overridden to \(result): \(reason)" }
}
