import Foundation

/// The eligibility rules, in the order they are checked and shown. The raw values are the
/// rule ids used in the CLI (`override ID RULE`), exports and the database.
public enum EligibilityRule: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    case nationality
    case military
    case education
    case languages
    case cast
    case deadline

    public var description: String { rawValue }
}

/// What one rule says about one candidate.
public enum RuleResult: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    case pass
    case fail
    /// The data cannot decide (missing or unreadable): a person must look.
    case needsCheck = "needs_check"

    public var description: String { rawValue }
}

/// What the rules together say about a candidate.
public enum EligibilityResult: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Every rule passes.
    case eligible
    /// At least one rule fails.
    case ineligible
    /// No rule fails, but at least one needs a check.
    case needsCheck = "needs_check"

    public var description: String { rawValue }

    /// A fail outweighs a needs-check: a candidate who fails one rule is ineligible whatever
    /// the check of another would find.
    public init(combining results: some Sequence<RuleResult>) {
        var unclear = false
        for result in results {
            switch result {
            case .fail: self = .ineligible; return
            case .needsCheck: unclear = true
            case .pass: break
            }
        }
        self = unclear ? .needsCheck : .eligible
    }
}
