/// What `shortlist audit verify` and the interface's `v` check, in one place: the hash chain
/// recomputed (with the head recorded elsewhere, when given), then a ranking marked final
/// checked against what was finalised, since a mark changed behind the store's back leaves
/// the chain intact but not the ranking it finalised.
public struct AuditCheck: Sendable, Equatable {
    public var verification: AuditVerification
    /// Why the final ranking no longer matches what was finalised; nil when it does or when
    /// the ranking is not final.
    public var finalRankingMismatch: String?

    public init(verification: AuditVerification, finalRankingMismatch: String?) {
        self.verification = verification
        self.finalRankingMismatch = finalRankingMismatch
    }

    /// The chain holds and so does the final ranking.
    public var holds: Bool { verification.isIntact && finalRankingMismatch == nil }

    public static func run(
        _ store: some AuditRecords & RankingRecords, expectedHead: String? = nil
    ) throws -> AuditCheck {
        let verification = try store.verifyAuditTrail(expectedHead: expectedHead)
        return AuditCheck(
            verification: verification,
            finalRankingMismatch: try store.checkFinalRanking().mismatch)
    }
}
