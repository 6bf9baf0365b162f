import GRDB
import ShortlistCore

/// The sealing rule rendered as SQLite conditions for one viewer. The candidate terms are
/// worked out once per invited candidate, in a materialised common table `sealing`, so that
/// a read of thousands of marks looks each candidate up once instead of re-running the
/// subqueries per mark; the card terms read the card's own row.
struct SQLiteSealing {
    /// Where a card's author and its submission are in the statement that reads it.
    struct Card {
        var author: String
        var submitted: String

        static let scorecard = Card(author: "s.member", submitted: "s.submitted_at IS NOT NULL")
    }

    let viewer: String
    let role: Role?

    init(viewer: String, role: Role?) {
        self.viewer = viewer
        self.role = role
    }

    init(_ actor: Actor) {
        self.init(viewer: actor.name, role: actor.role)
    }

    /// Named, so that one statement may use the viewer as often as the rule does. A viewer
    /// with no role is bound as '' rather than NULL: every term stays true or false, and
    /// `NOT` never meets an unknown.
    var arguments: StatementArguments {
        ["sealing_viewer": viewer, "sealing_role": role?.rawValue ?? ""]
    }

    /// The common table `sealing(candidate_id, …)`: one row per invitation that `scope` (a
    /// condition on `invitations i`) selects, with a column per candidate term the conditions
    /// use. For a statement's `WITH`.
    func table(for conditions: [SealingCondition], scope: String) -> String {
        let terms = conditions.reduce(into: Set<SealingCondition.CandidateTerm>()) {
            $0.formUnion($1.candidateTerms)
        }
        let columns = SealingCondition.CandidateTerm.allCases.filter(terms.contains)
        let names = (["candidate_id"] + columns.map(\.rawValue)).joined(separator: ", ")
        let values = (["i.candidate_id"] + columns.map { Self.term($0, "i.candidate_id") })
            .joined(separator: ",\n    ")
        // MATERIALIZED: flattened into the outer join, the subqueries would run per mark.
        return """
            sealing(\(names)) AS MATERIALIZED (
              SELECT \(values)
              FROM invitations i WHERE \(scope))
            """
    }

    /// The condition as an SQL boolean. Candidate terms read the `sealing` table joined on
    /// the card's candidate; card terms read `card`, which a condition about candidates alone
    /// does without.
    func render(_ condition: SealingCondition, card: Card? = nil) -> String {
        switch condition {
        case .viewerRole(let roles):
            return
                "(:sealing_role IN (\(roles.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", "))))"
        case .viewerConflicted:
            return "sealing.\(SealingCondition.CandidateTerm.viewerConflicted.rawValue)"
        case .viewerSubmitted:
            return "sealing.\(SealingCondition.CandidateTerm.viewerSubmitted.rawValue)"
        case .candidateComplete:
            return "sealing.\(SealingCondition.CandidateTerm.candidateComplete.rawValue)"
        case .ownCard:
            guard let card else {
                preconditionFailure("a card term in a condition about candidates")
            }
            return "(\(card.author) = :sealing_viewer)"
        case .cardSubmitted:
            guard let card else {
                preconditionFailure("a card term in a condition about candidates")
            }
            return "(\(card.submitted))"
        case .all(let parts):
            return parts.isEmpty
                ? "1" : "(" + parts.map { render($0, card: card) }.joined(separator: " AND ") + ")"
        case .any(let parts):
            return parts.isEmpty
                ? "0" : "(" + parts.map { render($0, card: card) }.joined(separator: " OR ") + ")"
        case .not(let part):
            return "(NOT \(render(part, card: card)))"
        }
    }

    /// A candidate term for the candidate whose row id is `candidate`. Each subquery looks up
    /// a primary key: (member, candidate_id) of `conflicts`, (candidate_id, member) of
    /// `scorecards` and `excusals`, the roster by name.
    static func term(_ term: SealingCondition.CandidateTerm, _ candidate: String) -> String {
        switch term {
        case .viewerConflicted:
            return
                "EXISTS (SELECT 1 FROM conflicts k WHERE k.member = :sealing_viewer AND k.candidate_id = \(candidate))"
        case .viewerSubmitted:
            return """
                EXISTS (SELECT 1 FROM scorecards v WHERE v.candidate_id = \(candidate) \
                AND v.member = :sealing_viewer AND v.submitted_at IS NOT NULL)
                """
        case .candidateComplete:
            // One pass over the roster: some member is expected, and every expected member's
            // card is submitted.
            return """
                (SELECT count(*) > 0 AND count(*) = count(d.member) FROM panel p \
                LEFT JOIN scorecards d ON d.candidate_id = \(candidate) AND d.member = p.name \
                AND d.submitted_at IS NOT NULL \
                WHERE p.removed_at IS NULL AND p.role IN ('chair', 'member') \
                AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.member = p.name AND k.candidate_id = \(candidate)) \
                AND NOT EXISTS (SELECT 1 FROM excusals e WHERE e.candidate_id = \(candidate) AND e.member = p.name))
                """
        }
    }
}
