/// One entry of the audit trail: who did what, when, to which object, with the values before
/// and after (JSON objects; free text and marks only as salted digests, see `AuditValues`).
public struct AuditEntry: Sendable, Equatable, Codable {
    public var seq: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var object: String?
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, actor, action, object, before, after
        case prevHash = "prev_hash"
        case hash
    }
}

/// What `audit verify` found.
public struct AuditVerification: Sendable, Equatable {
    public var entries: Int
    /// The hash of the last entry: record it elsewhere to detect a cut at the end later.
    public var headHash: String
    /// The first entry that does not hold, and why; nil when the whole chain holds.
    public var firstProblem: (seq: Int64, reason: String)?
    /// Values committed to through salted digests, recomputed and found as recorded.
    public var valuesChecked: Int = 0
    /// Values erased (a purge): their digests stay in the chain, unchecked.
    public var valuesErased: Int = 0
    /// Values sealed from the one who verifies (a server's row-level security): their
    /// digests are in the chain, their rows exist, but this role cannot read them to check.
    public var valuesUnreadable: Int = 0

    public var isIntact: Bool { firstProblem == nil }

    /// The values this role could not read to check, said only when there are some.
    public var unreadableSummary: String {
        valuesUnreadable > 0
            ? ", \(valuesUnreadable) sealed from your role (not checked: it cannot read them)" : ""
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.entries == b.entries && a.headHash == b.headHash
            && a.firstProblem?.seq == b.firstProblem?.seq
            && a.firstProblem?.reason == b.firstProblem?.reason
            && a.valuesChecked == b.valuesChecked && a.valuesErased == b.valuesErased
            && a.valuesUnreadable == b.valuesUnreadable
    }
}
