/// An invited candidate that keeps the ranking from being finalised, and the members whose
/// cards it still waits for.
public struct FinalisationBlocker: Sendable, Equatable {
    public var applicationID: ApplicationID
    /// Expected members who have not submitted, by name.
    public var waitingFor: [String]

    public init(applicationID: ApplicationID, waitingFor: [String]) {
        self.applicationID = applicationID
        self.waitingFor = waitingFor
    }

    /// "APP-0000001 (chair, member2)".
    public var text: String {
        waitingFor.isEmpty
            ? applicationID.rawValue
            : "\(applicationID) (\(waitingFor.joined(separator: ", ")))"
    }
}

/// The words of finalising, said alike by `shortlist rank finalise` and the interface.
public enum RankingFinalisation {
    /// What finalising freezes and what stays possible.
    public static let freezes =
        "Scorecards, eligibility overrides, conflicts of interest, invitations, the roster's chair and member entries and imports that would change an application freeze; notes, exports and erasure stay possible. The chair may reopen it, with a reason."

    /// The refusal while candidates are not fully scored: how many, which, and whose cards.
    public static func blocked(_ blockers: [FinalisationBlocker]) -> String {
        let count = blockers.count
        return "\(count) invited candidate\(count == 1 ? " is" : "s are") not fully scored yet ("
            + blockers.prefix(5).map(\.text).joined(separator: "; ")
            + (count > 5 ? "; …" : "")
            + "): every member must submit, or be excused, first"
    }
}
