import ShortlistCore

/// The chair's reopening of a final ranking, once for both engines: the words of a refusal
/// and what the trail records.
enum RankingRules {
    static let reopenNeedsReason = "reopening the ranking needs a reason (--reason)"
    static let notFinal = StoreError.invalid("the ranking is not final")

    /// Why the ranking cannot be finalised now, in the words finalising throws; nil when it
    /// can. Each question is asked only when the ones before it found nothing.
    static func finalisationRefusal(
        refuseIfFinal: () throws -> Void, blockers: () throws -> [FinalisationBlocker],
        anyScored: () throws -> Bool
    ) throws -> String? {
        do {
            try refuseIfFinal()
        } catch StoreError.invalid(let reason) {
            return reason
        }
        let blockers = try blockers()
        guard blockers.isEmpty else { return RankingFinalisation.blocked(blockers) }
        guard try anyScored() else { return "nobody has been invited and scored yet" }
        return nil
    }

    /// What a candidate not fully scored waits for; nil when it is complete.
    static func blocker(_ id: ApplicationID, _ state: ScoringState) -> FinalisationBlocker? {
        guard !state.isComplete else { return nil }
        return FinalisationBlocker(
            applicationID: id, waitingFor: state.expected.subtracting(state.submitted).sorted())
    }

    static func reopenTrail(
        finalised: (at: String, by: String), reason: String, _ audit: some AuditDigests
    ) -> (before: [String: String], after: [String: String]) {
        (
            ["finalised_at": finalised.at, "finalised_by": finalised.by],
            ["reason": audit.digest(reason: reason)]
        )
    }
}
