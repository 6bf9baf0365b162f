/// What a call's profile says about marks: the criteria with their weights and pass marks,
/// the scale, the overall pass mark, the reserve-list limit and the divergence threshold.
/// Fixed before scoring starts (the profile is locked).
public struct ScoringScheme: Sendable, Hashable {
    public struct CriterionRule: Sendable, Hashable {
        public var id: CriterionID
        public var weight: Double
        /// On the scale: the mean a candidate must reach, if any.
        public var passMark: Double?

        public init(id: CriterionID, weight: Double, passMark: Double? = nil) {
            self.id = id
            self.weight = weight
            self.passMark = passMark
        }
    }

    public var criteria: [CriterionRule]
    public var rules: ScoringRules

    public init(criteria: [CriterionRule], rules: ScoringRules) {
        self.criteria = criteria
        self.rules = rules
    }

    public init(profile: CallProfile) {
        self.init(
            criteria: profile.criteria.map {
                CriterionRule(id: $0.id, weight: $0.weight, passMark: $0.passMark)
            },
            rules: profile.scoring)
    }

    public var scale: RatingScale { rules.scale }

    public func rule(_ id: CriterionID) -> CriterionRule? { criteria.first { $0.id == id } }
}
