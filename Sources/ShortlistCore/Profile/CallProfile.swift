import Foundation

/// Everything specific to one call for interest: what it is, who is eligible, the criteria the
/// panel assesses and how marks are combined. A new call needs a new profile, not new code.
///
/// A plain value: it is read from a TOML file by `ShortlistExchange` and, once the panel adopts
/// it, never changes for the database that holds it.
public struct CallProfile: Hashable, Sendable {
    /// The call's reference, e.g. `EC/2025/CNECT/441297`.
    public var reference: String
    public var title: String
    public var unit: String
    /// The function group of the post (contract agents: I to IV).
    public var functionGroup: FunctionGroup
    /// The contract type, e.g. `3b` (Article 3b of the Conditions of Employment).
    public var contractType: String?
    public var eligibility: EligibilityParameters
    /// In the order the profile lists them.
    public var criteria: [Criterion]
    public var scoring: ScoringRules
    /// Which values the call states and which the panel chose.
    public var sources: ValueSources
    /// Whether the call text announces a reserve list. When it does not, no output a candidate
    /// reads mentions one: the panel's reserve list is its own working tool, not a promise.
    public var reserveListAnnounced: Bool

    public init(
        reference: String, title: String, unit: String, functionGroup: FunctionGroup,
        contractType: String? = nil, eligibility: EligibilityParameters, criteria: [Criterion],
        scoring: ScoringRules, sources: ValueSources = ValueSources(),
        reserveListAnnounced: Bool = false
    ) {
        self.reference = reference
        self.title = title
        self.unit = unit
        self.functionGroup = functionGroup
        self.contractType = contractType
        self.eligibility = eligibility
        self.criteria = criteria
        self.scoring = scoring
        self.sources = sources
        self.reserveListAnnounced = reserveListAnnounced
    }

    /// When applications had to be received by.
    public var deadline: Deadline { eligibility.deadline }

    public func criterion(_ id: CriterionID) -> Criterion? {
        criteria.first { $0.id == id }
    }

    public func criteria(in group: CriterionGroup) -> [Criterion] {
        criteria.filter { $0.group == group }
    }
}
