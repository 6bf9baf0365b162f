import ShortlistCore

/// The sealing rule of DESIGN.md as data, so that each engine renders the same rule in its
/// own words: SQLite as the `WHERE` of the scoring reads (`SQLiteSealing`), a server engine as
/// row-level security policies. Core's `Sealing` stays the reference; a property test checks
/// that the rendered condition answers as it does.
///
/// A condition speaks of one scorecard (its author and candidate) and of the viewer. The terms
/// about the candidate alone are named apart, so that an engine may work them out once per
/// candidate instead of once per mark.
indirect enum SealingCondition: Sendable, Hashable {
    /// The viewer is on the roster with one of these roles.
    case viewerRole(Set<Role>)
    /// The viewer declared a conflict of interest with the candidate.
    case viewerConflicted
    /// The viewer's own card for the candidate is submitted.
    case viewerSubmitted
    /// Every member expected to score the candidate has submitted, and at least one is
    /// expected (the chair and the members on the roster, less the conflicted and excused).
    case candidateComplete
    /// The card is the viewer's own.
    case ownCard
    /// The card is submitted.
    case cardSubmitted
    case all([SealingCondition])
    case any([SealingCondition])
    case not(SealingCondition)

    /// A term about the candidate (and the viewer) only, one engines may compute per candidate.
    enum CandidateTerm: String, CaseIterable, Sendable {
        case viewerConflicted = "viewer_conflicted"
        case viewerSubmitted = "viewer_submitted"
        case candidateComplete = "complete"
    }

    /// The candidate terms this condition uses.
    var candidateTerms: Set<CandidateTerm> {
        switch self {
        case .viewerConflicted: [.viewerConflicted]
        case .viewerSubmitted: [.viewerSubmitted]
        case .candidateComplete: [.candidateComplete]
        case .viewerRole, .ownCard, .cardSubmitted: []
        case .all(let parts), .any(let parts):
            parts.reduce(into: []) { $0.formUnion($1.candidateTerms) }
        case .not(let part): part.candidateTerms
        }
    }
}

extension SealingCondition {
    private static let scorers: Set<Role> = [.chair, .member]

    /// The viewer may see other members' submitted marks and the combined result for the
    /// candidate: a scorer after submitting their own card, never with a conflict; the
    /// secretary and reviewers once the candidate is complete (`Sealing.combinedVisible`).
    static let combinedVisible: SealingCondition = .any([
        .all([.viewerRole(scorers), .not(.viewerConflicted), .viewerSubmitted]),
        .all([.viewerRole([.secretary, .reviewer]), .candidateComplete]),
    ])

    /// The viewer may see another member's submitted card for the candidate: the combined
    /// result is visible to them and they score.
    static let othersSubmittedCardsVisible: SealingCondition = .all([
        .viewerRole(scorers), combinedVisible,
    ])

    /// The viewer may see the card: always their own; another's only when it is submitted and
    /// the combined result is visible to them (`Sealing.cardVisible`). Never another's draft.
    static let cardVisible: SealingCondition = .any([
        .ownCard, .all([.cardSubmitted, othersSubmittedCardsVisible]),
    ])

    /// A card that enters the combined result the viewer may see: submitted, for a candidate
    /// whose result is visible to them. The secretary reads these rows without ever being
    /// handed the card (a server engine reads them through a function).
    static let countsForViewer: SealingCondition = .all([.cardSubmitted, combinedVisible])

    /// A card that enters the panel's ranking as finalised and checked, whoever looks:
    /// submitted, for a complete candidate. Only combined results and ranks come out of it.
    static let countsForPanel: SealingCondition = .all([.cardSubmitted, .candidateComplete])
}
