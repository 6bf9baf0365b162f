import Foundation
import GRDB
import ShortlistCore

/// Who adopted the panel's grid, when, and the digest of what they adopted.
public struct GridAdoption: Sendable, Equatable {
    public var by: String
    public var at: String
    /// SHA-256 of the grid's canonical text (`GridDigest`); nil for a profile locked before
    /// the digest was kept.
    public var gridSHA256: String?
}

/// The grid a panel adopts, as one canonical text: the criteria in order with their groups,
/// weights and pass marks, the scale with its anchors, the overall pass mark, the reserve
/// list limit, the divergence threshold and the comment rule. Its SHA-256 goes into the audit
/// trail, so that the grid in force can later be shown to be the one adopted.
enum GridDigest {
    static func canonical(
        _ scheme: ScoringScheme, groups: [(CriterionID, CriterionGroup)]
    ) -> String {
        func number(_ x: Double?) -> String { x.map { String($0) } ?? "none" }
        var lines = ["grid 1"]
        for rule in scheme.criteria {
            let group = groups.first { $0.0 == rule.id }?.1.rawValue ?? "?"
            lines.append(
                "criterion \(rule.id) group=\(group) weight=\(number(rule.weight)) pass_mark=\(number(rule.passMark))"
            )
        }
        let r = scheme.rules
        lines.append("scale \(r.scale.minimum)-\(r.scale.maximum)")
        for level in r.scale.levels {
            lines.append("anchor \(level) \(AuditChain.quoted(r.scale.anchor(for: level) ?? ""))")
        }
        lines.append("overall_pass_mark \(number(r.overallPassMark))")
        lines.append("reserve_list_limit \(r.reserveListLimit.map(String.init) ?? "none")")
        lines.append("divergence_threshold \(number(r.divergenceThreshold))")
        lines.append("comment_required_at_ends \(r.commentRequiredAtScaleEnds)")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SQLiteStore {
    /// The chair adopts the panel's grid: criteria, weights, scale, pass marks and reserve
    /// list size are fixed from now on, and the audit trail records who, when and the grid's
    /// digest. Screening and scoring are refused until this is done, so that the grid is
    /// shown to have been fixed before anyone read an application for assessment.
    /// (`profile lock` is the older name of this step.)
    @discardableResult
    public func adoptGrid(by actor: Actor) throws -> GridAdoption {
        try audited(actor, .lockProfile, action: "profile.adopt") { db, _ in
            guard
                let sha = try String.fetchOne(
                    db, sql: "SELECT sha256 FROM call_profile WHERE locked_at IS NULL")
            else {
                if let adoption = try Self.gridAdoption(db) {
                    throw StoreError.invalid(
                        "the panel's grid was already adopted by \(adoption.by) at \(adoption.at); it can no longer change"
                    )
                }
                throw StoreError.invalid("this database has no call profile to adopt")
            }
            guard let scheme = try Self.scheme(db) else {
                throw StoreError.invalid(
                    "the call profile has no scoring scheme to adopt (`shortlist profile replace FILE`)"
                )
            }
            let grid = sha256Hex(GridDigest.canonical(scheme, groups: try Self.criteria(db)))
            let at = now()
            try db.execute(
                sql: "UPDATE call_profile SET locked_at = ?, locked_by = ?, grid_sha256 = ?",
                arguments: [at, actor.name, grid])
            return (
                GridAdoption(by: actor.name, at: at, gridSHA256: grid), nil,
                ["grid_sha256": grid, "profile_sha256": sha]
            )
        }
    }

    /// The older name of `adoptGrid`.
    public func lockProfile(by actor: Actor) throws {
        try adoptGrid(by: actor)
    }

    /// Who adopted the grid and when; nil while it is a proposal.
    public func gridAdoption() throws -> GridAdoption? {
        try read { db in try Self.gridAdoption(db) }
    }

    static func gridAdoption(_ db: Database) throws -> GridAdoption? {
        try Row.fetchOne(
            db,
            sql:
                "SELECT locked_by, locked_at, grid_sha256 FROM call_profile WHERE locked_at IS NOT NULL"
        ).map { GridAdoption(by: $0[0] ?? "?", at: $0[1], gridSHA256: $0[2]) }
    }

    /// Refuses screening and scoring before the grid is adopted, saying how to adopt it.
    static func requireAdoptedGrid(_ verb: String, _ db: Database) throws {
        guard try gridAdoption(db) == nil else { return }
        throw StoreError.invalid(adoptionRefusal(verb, db))
    }

    static func adoptionRefusal(_ verb: String, _ db: Database) -> String {
        let chair =
            (try? String.fetchOne(
                db, sql: "SELECT name FROM panel WHERE role = 'chair' AND removed_at IS NULL"))
            ?? nil
        // The command early: the interface's status line may cut a long message short.
        return "the chair must adopt the panel's grid before anyone may \(verb):"
            + " `shortlist profile adopt --user \(chair ?? "CHAIR")` (review it first: `shortlist profile show`)"
    }
}
