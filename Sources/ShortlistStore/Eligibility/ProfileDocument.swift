import ShortlistCore

/// A call profile as the store keeps it: the TOML text it was read from (parsed again when
/// needed, by whoever can read TOML), with what the store itself must know of it.
public struct ProfileDocument: Sendable {
    public var toml: String
    public var reference: String
    /// The criteria in the profile's order, with their groups: screening is checked against them.
    public var criteria: [(CriterionID, CriterionGroup)]
    /// Weights, pass marks, scale: how marks are combined.
    public var scheme: ScoringScheme?

    public init(
        toml: String, reference: String, criteria: [(CriterionID, CriterionGroup)],
        scheme: ScoringScheme? = nil
    ) {
        self.toml = toml
        self.reference = reference
        self.criteria = criteria
        self.scheme = scheme
    }

    public init(toml: String, profile: CallProfile) {
        self.init(
            toml: toml, reference: profile.reference,
            criteria: profile.criteria.map { ($0.id, $0.group) },
            scheme: ScoringScheme(profile: profile))
    }
}

/// The profile in force and whether it is locked.
public struct StoredProfile: Sendable, Equatable {
    public var toml: String
    public var sha256: String
    public var reference: String
    public var lockedAt: String?
    public var lockedBy: String?

    public var isLocked: Bool { lockedAt != nil }
}
