import Foundation
import GRDB
import ShortlistCore

/// SQLite's sealed reads of the interview scoring, in a few queries.
extension ScoringData {
    /// Who reads: a viewer, or the panel as a whole (the ranking as finalised and checked,
    /// from which only combined results and ranks come out).
    enum Reader {
        case viewer(Actor)
        case panel

        var sealing: SQLiteSealing {
            switch self {
            case .viewer(let actor): SQLiteSealing(actor)
            case .panel: SQLiteSealing(viewer: "", role: nil)
            }
        }

        var combined: SealingCondition {
            switch self {
            case .viewer: .combinedVisible
            case .panel: .candidateComplete
            }
        }

        /// Cards handed out whole: none to the panel as a whole.
        var cards: SealingCondition {
            switch self {
            case .viewer: .cardVisible
            case .panel: .any([])
            }
        }

        var counted: SealingCondition {
            switch self {
            case .viewer: .countsForViewer
            case .panel: .countsForPanel
            }
        }
    }

    /// Invited candidates by row id.
    static func load(_ db: Database, for reader: Reader, only rowID: Int64?) throws -> [Int64:
        Candidate]
    {
        try load(db, for: reader, only: rowID.map { [$0] })
    }

    /// Every invited candidate, or only those of `rowIDs`.
    static func load(_ db: Database, for reader: Reader, only rowIDs: [Int64]? = nil) throws
        -> [Int64: Candidate]
    {
        let sealing = reader.sealing
        let scope = Scope(rowIDs)
        var arguments = sealing.arguments
        arguments += scope.arguments
        let read = Statements.of(reader, scope: scope.invitations, present: try present(db)).read
        func fetch(_ sql: String) throws -> [Row] {
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
        }
        let scorers = Set(
            try String.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT name FROM panel WHERE removed_at IS NULL AND role IN ('chair', 'member')"
                )))
        var assembly = Assembly(scorers: scorers)
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: read), arguments: arguments)
        while let row = try cursor.next() { assembly.add(row) }
        var candidates = assembly.finish()
        guard !candidates.isEmpty else { return [:] }
        for row in try fetch("SELECT candidate_id, member FROM conflicts\(scope.rows)") {
            let id: Int64 = row[0]
            let member: String = row[1]
            candidates[id]?.state.conflicted.insert(member)
            candidates[id]?.state.expected.remove(member)
        }
        for row in try fetch("SELECT candidate_id, member FROM excusals\(scope.rows)") {
            let id: Int64 = row[0]
            let member: String = row[1]
            candidates[id]?.excused.append(member)
            candidates[id]?.state.expected.remove(member)
        }
        return candidates
    }

    /// Which invited candidates a load reads: all of them, one, or a list. The ids are bound,
    /// never written in, so that each kind of scope is one statement text, prepared once per
    /// connection: a refresh of the list's Score column would otherwise parse the sealed
    /// statement anew for every screenful.
    struct Scope {
        /// A condition on `invitations i`.
        var invitations: String
        /// The same as a `WHERE` on a table with a `candidate_id`, or nothing.
        var rows: String
        var arguments: StatementArguments

        static let one = "i.candidate_id = :scope_candidate"
        static let list = "i.candidate_id IN (SELECT value FROM json_each(:scope_candidates))"
        static let all = ["1", one, list]

        init(_ rowIDs: [Int64]?) {
            switch rowIDs {
            case nil:
                (invitations, rows, arguments) = ("1", "", [:])
            case let ids? where ids.count == 1:
                invitations = Self.one
                rows = " WHERE candidate_id = :scope_candidate"
                arguments = ["scope_candidate": ids[0]]
            case let ids?:
                invitations = Self.list
                rows = " WHERE candidate_id IN (SELECT value FROM json_each(:scope_candidates))"
                arguments = [
                    "scope_candidates": "[" + ids.map(String.init).joined(separator: ",") + "]"
                ]
            }
        }
    }

    /// The same text for every viewer (the viewer is bound): the common cases are rendered
    /// once per process rather than once per read.
    private static let common: [String: Statements] = {
        var common: [String: Statements] = [:]
        for reader in [Reader.viewer(Actor(name: "", member: nil)), .panel] {
            for scope in Scope.all {
                common[Statements.key(reader, scope)] = Statements(
                    reader, scope: scope, present: outcomeCondition)
            }
        }
        return common
    }()

    /// The sealed read of a load, one statement with the rule in its columns and joins, in
    /// three arms told apart by their first column (`Kind`): the invited candidates with
    /// whether their combined result is visible; every card with whether it is (its note only
    /// then); the marks of visible cards (comments included) and of cards behind a visible
    /// result (without comments). The rule is decided once per candidate and once per card,
    /// never per mark, and the `sealing` table is worked out once per read: the arms share
    /// it, and one statement reads one snapshot without a temporary table (readers run on
    /// connections of their own).
    struct Statements {
        var read: String

        /// The arm a row comes from, in its first column.
        enum Kind: Int {
            case candidate = 0
            case card = 1
            case mark = 2
        }

        static func of(_ reader: Reader, scope: String, present: String) -> Statements {
            guard present == outcomeCondition, let common = common[key(reader, scope)] else {
                return Statements(reader, scope: scope, present: present)
            }
            return common
        }

        static func key(_ reader: Reader, _ scope: String) -> String {
            if case .panel = reader { return "panel " + scope }
            return "viewer " + scope
        }

        init(_ reader: Reader, scope: String, present: String) {
            let sealing = reader.sealing
            let card = SQLiteSealing.Card.scorecard
            let shown = sealing.render(reader.cards, card: card)
            let counts = sealing.render(reader.counted, card: card)
            // The columns: kind, candidate, then per arm (application id), (member, submitted,
            // note, -, shown) or (member, criterion, mark, comment, shown, counts).
            // Whether a card exists and is submitted is not sealed; its note is.
            read = """
                WITH \(sealing.table(for: [reader.combined, reader.cards, reader.counted], scope: scope)),
                sealed_cards(candidate_id, member, submitted_at, note, shown, counts) AS MATERIALIZED (
                  SELECT s.candidate_id, s.member, s.submitted_at,
                    CASE WHEN \(shown) THEN s.note END, \(shown), \(counts)
                  FROM scorecards s JOIN sealing ON sealing.candidate_id = s.candidate_id)
                SELECT \(Kind.candidate.rawValue), i.candidate_id, c.application_id, NULL, NULL, NULL,
                  \(sealing.render(reader.combined)), NULL
                FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                JOIN sealing ON sealing.candidate_id = i.candidate_id
                WHERE \(scope) AND \(present)
                UNION ALL
                SELECT \(Kind.card.rawValue), candidate_id, member, submitted_at, note, NULL, shown, NULL
                FROM sealed_cards
                UNION ALL
                SELECT \(Kind.mark.rawValue), m.candidate_id, m.member, m.criterion, m.mark,
                  CASE WHEN c.shown THEN m.comment END, c.shown, c.counts
                FROM sealed_cards c JOIN scorecard_marks m
                  ON m.candidate_id = c.candidate_id AND m.member = c.member
                WHERE c.shown OR c.counts
                """
        }
    }

    /// A no-show or withdrawn candidate is expected of nobody and never ranked: a condition
    /// on `invitations i`.
    static func present(_ db: Database) throws -> String {
        try InterviewSchema.hasOutcomes(db) ? outcomeCondition : "1"
    }

    static let outcomeCondition = "i.outcome IS NULL"
}

extension SQLiteStore {
    /// Where every invited candidate's scoring stands, for the panel as a whole: complete or
    /// not, and the marks of complete candidates only.
    static func scoringStates(_ db: Database) throws -> [Int64: ScoringData.Candidate] {
        try ScoringData.load(db, for: .panel)
    }
}
