import ShortlistCore

/// The secretary's overrides of eligibility, once for both engines: the words of a refusal
/// and what the trail records.
enum OverrideRules {
    static let needsReason = "an override needs a written justification (--reason)"

    static func noOverride(_ id: ApplicationID, _ rule: EligibilityRule) -> StoreError {
        .invalid("\(id) has no override of the \(rule) rule")
    }

    /// `previous`: the override replaced, if any; else the rule's computed result.
    static func overrideTrail(
        _ rule: EligibilityRule, previous: String?, computed: RuleResult?,
        to decision: EligibilityOverride.Decision, reason: String, _ audit: some AuditDigests
    ) -> (before: [String: String], after: [String: String]) {
        (
            ["rule": rule.rawValue, "result": previous ?? computed?.rawValue ?? "not checked"],
            [
                "rule": rule.rawValue, "result": decision.rawValue,
                "reason": audit.digest(reason: reason),
            ]
        )
    }

    static func withdrawalTrail(
        _ rule: EligibilityRule, previous: String, reason: String, _ audit: some AuditDigests
    ) -> (before: [String: String], after: [String: String]) {
        (
            ["rule": rule.rawValue, "result": previous],
            ["rule": rule.rawValue, "withdrawn": "yes", "reason": audit.digest(reason: reason)]
        )
    }
}
