import ShortlistCore

/// Whether the ranking shown as final is still the one that was finalised.
public enum FinalRankingCheck: Sendable, Equatable {
    case notFinal
    case matches
    /// What no longer matches, as a sentence to show.
    case mismatch(String)

    public var mismatch: String? {
        if case .mismatch(let reason) = self { return reason }
        return nil
    }
}

extension FinalRankingCheck {
    /// Judges a finalisation record, the same on both engines. `digest` and `canonical`: as
    /// stored (nil in a record from before Shortlist kept them); `finaliseEntry`: the `after`
    /// of the trail's newest `ranking.finalise` entry; `now`: the canonical text of the
    /// ranking as it stands, nil when it cannot be computed (then only the record and the
    /// trail are checked). Each is read only when the checks before it passed.
    static func judging(
        digest: String?, canonical: String?, finaliseEntry: () throws -> String?,
        now: () throws -> String?
    ) throws -> FinalRankingCheck {
        let lead = "the final ranking no longer matches what was finalised: "
        let reopen =
            "; the chair may reopen it (`shortlist rank reopen --reason …`) and finalise it again"
        guard let digest, let canonical else {
            return .mismatch(
                lead
                    + "it was finalised before Shortlist kept a digest of it, so it cannot be checked"
                    + reopen)
        }
        guard sha256Hex(canonical) == digest else {
            return .mismatch(lead + "the stored record of it was altered" + reopen)
        }
        // The chain recorded the digest at finalise: a record rewritten whole (text and
        // digest) to fit changed marks is caught there.
        if let after = try finaliseEntry(), let recorded = AuditValues.decode(after)?["digest"],
            recorded != digest
        {
            return .mismatch(
                lead + "its stored record is not the one the audit trail recorded at finalise"
                    + reopen)
        }
        guard let now = try now(), sha256Hex(now) != digest else { return .matches }
        let differences = RankingDigest.differences(finalised: canonical, now: now)
        return .mismatch(
            lead
                + (differences.isEmpty ? "its digest differs" : differences.joined(separator: "; "))
                + reopen)
    }
}
