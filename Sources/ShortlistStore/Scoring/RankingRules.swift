import ShortlistCore

/// The chair's reopening of a final ranking, once for both engines: the words of a refusal
/// and what the trail records.
enum RankingRules {
    static let reopenNeedsReason = "reopening the ranking needs a reason (--reason)"
    static let notFinal = StoreError.invalid("the ranking is not final")

    static func reopenTrail(
        finalised: (at: String, by: String), reason: String, _ audit: some AuditDigests
    ) -> (before: [String: String], after: [String: String]) {
        (
            ["finalised_at": finalised.at, "finalised_by": finalised.by],
            ["reason": audit.digest(reason: reason)]
        )
    }
}
