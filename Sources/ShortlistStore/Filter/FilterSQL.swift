import Foundation
import GRDB
import ShortlistCore

/// A filter compiled for one viewer: an SQL condition on `candidates` with its arguments
/// bound, never spliced into the text. Opaque to the interface, which passes it back to the
/// store's paged reads. Scores are resolved when it is compiled, as the viewer may see them:
/// recompile after marks change.
public struct CompiledFilter: Sendable, Hashable {
    public let expression: FilterExpression
    let sql: String
    let arguments: [DatabaseValue]
    /// The same condition shaped for counting every row it selects rather than reading the
    /// first few in order (see `FilterContext.counting`); the same arguments.
    var countSQL: String

    init(
        expression: FilterExpression, sql: String, arguments: [DatabaseValue],
        countSQL: String? = nil
    ) {
        self.expression = expression
        self.sql = sql
        self.arguments = arguments
        self.countSQL = countSQL ?? sql
    }

    var statementArguments: StatementArguments { StatementArguments(arguments) }
}

/// What compiling needs beyond the expression: the profile's criteria (screening groups,
/// evidence) and, when the filter reads marks, what this viewer may see of them.
struct FilterContext {
    var criteria: [(CriterionID, CriterionGroup)]
    /// Row id → visible total; candidates whose total is sealed to the viewer are absent.
    var totals: [Int64: Double] = [:]
    /// Row id → visible mean per criterion.
    var means: [Int64: [CriterionID: Double]] = [:]
    /// Compiling for a count of every row selected: an eligibility result is then a list
    /// read from its index, which SQLite may drive the count from, rather than a look-up
    /// per row, which lets a first page walk the list's order and stop early.
    var counting = false
    /// FTS5 match expression → the row ids it matches, looked up once when compiling: a
    /// phrase is the slowest condition, and a list reads its page, its position and its
    /// count with the same filter. Compiled filters are made again when the data changes.
    var textMatches: [String: [Int64]] = [:]
}

enum FilterSQL {
    static func compile(_ expression: FilterExpression, _ context: FilterContext)
        throws(FilterSyntaxError) -> (String, [DatabaseValue])
    {
        switch expression {
        case .and(let a, let b):
            let (x, xa) = try compile(a, context)
            let (y, ya) = try compile(b, context)
            return ("(\(x) AND \(y))", xa + ya)
        case .or(let a, let b):
            let (x, xa) = try compile(a, context)
            let (y, ya) = try compile(b, context)
            return ("(\(x) OR \(y))", xa + ya)
        case .not(let a):
            let (x, xa) = try compile(a, context)
            return ("(NOT \(x))", xa)
        case .condition(let condition):
            let (x, xa) = try leaf(condition, context)
            // A missing value makes a comparison NULL; every leaf is 0 or 1, so that `not`
            // selects exactly the candidates the condition does not. Membership tests are
            // never NULL and stay bare, so that SQLite may drive the query from them.
            let bare = x.hasPrefix("(candidates.id IN") || x.hasPrefix("(EXISTS") || x == "0"
            return (bare ? x : "COALESCE(\(x), 0)", xa)
        }
    }

    static func leaf(_ condition: FilterCondition, _ context: FilterContext)
        throws(FilterSyntaxError) -> (String, [DatabaseValue])
    {
        switch condition {
        case .experience(let op, let v):
            return ("(years_experience \(op.rawValue) ?)", [v.databaseValue])
        case .functionGroup(let op, let v):
            return ("(function_group \(op.rawValue) ?)", [v.rawValue.databaseValue])
        case .education(let op, let v):
            return ("(education_level \(op.rawValue) ?)", [v.rawValue.databaseValue])
        case .submitted(let op, let epoch):
            return ("(submitted_epoch \(op.rawValue) ?)", [epoch.databaseValue])
        case .nationality(let codes, let negated):
            // Codes are two letters between semicolons: a code found is a whole code.
            let any = codes.map { _ in "instr(nationalities, ?) > 0" }.joined(separator: " OR ")
            let args = codes.map { $0.rawValue.databaseValue }
            return (
                negated ? "(nationalities IS NOT NULL AND NOT (\(any)))" : "(\(any))", args
            )
        case .language(let code, let op, let level):
            let levels = CEFRLevel.allCases.filter { compare($0, op, level) }
            guard !levels.isEmpty else { return ("0", []) }
            // "FR:C1" can only be French at C1 in "ES:C2;FR:C1".
            let any = levels.map { _ in "instr(languages, ?) > 0" }.joined(separator: " OR ")
            let args = levels.map { "\(code.rawValue.uppercased()):\($0)".databaseValue }
            return ("(\(any))", args)
        case .military(let v, let negated):
            return ("(military_service \(negated ? "!=" : "=") ?)", [v.rawValue.databaseValue])
        case .castStatus(let v, let negated):
            return ("(cast_status \(negated ? "!=" : "=") ?)", [v.rawValue.databaseValue])
        case .applicationID(let ids, let negated):
            let marks = ids.map { _ in "?" }.joined(separator: ", ")
            return (
                "(application_id \(negated ? "NOT IN" : "IN") (\(marks)))",
                ids.map(\.databaseValue)
            )
        case .eligibility(let result, let negated) where context.counting:
            return (
                "(candidates.id IN (SELECT candidate_id FROM eligibility WHERE result \(negated ? "!=" : "=") ?))",
                [result.rawValue.databaseValue]
            )
        case .eligibility(let result, let negated):
            // A look-up per row, not a list: eligibility results hold a third of the
            // candidates or more, and a list that large makes SQLite drive the query from it
            // and sort the whole of it for a first page; a look-up lets it walk the list's
            // order and stop at the page (or be driven by a narrower condition).
            return (
                "(EXISTS (SELECT 1 FROM eligibility WHERE candidate_id = candidates.id AND result \(negated ? "!=" : "=") ?))",
                [result.rawValue.databaseValue]
            )
        case .rule(let rule, let result, let negated):
            // The column name comes from the closed list of rules, never from the text. A
            // look-up per row: no index serves a rule's result, so a list would be a scan of
            // every assessment before the first row.
            return (
                """
                (EXISTS (SELECT 1 FROM eligibility e
                    LEFT JOIN overrides o ON o.candidate_id = e.candidate_id AND o.rule = ?
                    WHERE e.candidate_id = candidates.id
                    AND COALESCE(o.result, e."\(rule.rawValue)") \(negated ? "!=" : "=") ?))
                """, [rule.rawValue.databaseValue, result.rawValue.databaseValue]
            )
        case .screening(let group, let op, let count, let position):
            let ids = try groupCriteria(group, context, at: position)
            let marks = ids.map { _ in "?" }.joined(separator: ", ")
            let met = """
                (SELECT count(*) FROM (SELECT criterion FROM screening
                    WHERE candidate_id = candidates.id AND criterion IN (\(marks))
                    GROUP BY criterion HAVING min(mark = 'met') = 1))
                """
            let args = ids.map(\.rawValue.databaseValue)
            switch count {
            case .count(let n): return ("(\(met) \(op.rawValue) ?)", args + [n.databaseValue])
            case .allMet:
                return ("(\(met) \(op.rawValue) ?)", args + [ids.count.databaseValue])
            case .noneMet: return ("(\(met) \(op.rawValue) 0)", args)
            }
        case .evidence(let criterion, let op, let n, let position):
            guard context.criteria.contains(where: { $0.0 == criterion }) else {
                throw unknownCriterion(criterion, context, at: position)
            }
            return (
                "(COALESCE((SELECT hits FROM evidence WHERE candidate_id = candidates.id AND criterion = ?), 0) \(op.rawValue) ?)",
                [criterion.rawValue.databaseValue, n.databaseValue]
            )
        case .text(let query):
            guard let match = TextQuery.match(query) else { return ("0", []) }
            if let ids = context.textMatches[match] { return rowSet(ids) }
            return (
                "(candidates.id IN (SELECT rowid FROM text_index WHERE text_index MATCH ?))",
                [match.databaseValue]
            )
        case .invited:
            return ("(candidates.id IN (SELECT candidate_id FROM invitations))", [])
        case .recruitment(let complete):
            // Only invited candidates have a checklist; "missing" means one of theirs.
            return (
                "(candidates.id IN (SELECT candidate_id FROM invitations) AND \(complete ? "" : "NOT ")\(RecruitmentChecklists.complete))",
                []
            )
        case .tag(let tag):
            return (
                "(candidates.application_id IN (SELECT application_id FROM note_tags WHERE tag = ?))",
                [tag.databaseValue]
            )
        case .total(let op, let v):
            let ids = context.totals.filter { compare($0.value, op, v) }.keys.sorted()
            return rowSet(ids)
        case .criterionScore(let criterion, let op, let v, let position):
            guard context.criteria.contains(where: { $0.0 == criterion }) else {
                throw unknownCriterion(criterion, context, at: position)
            }
            let ids = context.means.compactMap { id, means in
                means[criterion].map { compare($0, op, v) } == true ? id : nil
            }.sorted()
            return rowSet(ids)
        }
    }

    /// Membership in a set of row ids computed outside SQL, bound as one JSON argument.
    static func rowSet(_ ids: [Int64]) -> (String, [DatabaseValue]) {
        guard !ids.isEmpty else { return ("0", []) }
        let json = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return ("(candidates.id IN (SELECT value FROM json_each(?)))", [json.databaseValue])
    }

    static func compare<T: Comparable>(_ a: T, _ op: FilterComparison, _ b: T) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }

    /// The criteria of a screening group named by its letter (A for A1–A3) or, failing that,
    /// by the initial of its title (R for required).
    static func groupCriteria(_ letter: String, _ context: FilterContext, at position: Int)
        throws(FilterSyntaxError) -> [CriterionID]
    {
        let byID = context.criteria.filter { $0.0.rawValue.uppercased().hasPrefix(letter) }
        if !byID.isEmpty { return byID.map(\.0) }
        let byTitle = context.criteria.filter { $0.1.title.uppercased().hasPrefix(letter) }
        if !byTitle.isEmpty { return byTitle.map(\.0) }
        let letters = Set(context.criteria.compactMap { $0.0.rawValue.first.map(String.init) })
        throw FilterSyntaxError(
            position: position, message: "no screening group '\(letter)' in the call profile",
            hint: letters.isEmpty
                ? "the call profile has no criteria"
                : "groups: \(letters.sorted().joined(separator: ", "))"
        )
    }

    static func unknownCriterion(
        _ criterion: CriterionID, _ context: FilterContext, at position: Int
    ) -> FilterSyntaxError {
        FilterSyntaxError(
            position: position, message: "no criterion '\(criterion)' in the call profile",
            hint: "criteria: \(context.criteria.map(\.0.rawValue).joined(separator: ", "))")
    }
}

/// The FTS5 query for a text condition: a quoted phrase matches as a phrase whose last word
/// may be a prefix (`"digital twin"` finds "digital twins" but not "digital … twinning");
/// bare words must all occur, `twin*` as a prefix. Case and diacritics are folded by the
/// index's tokenizer.
enum TextQuery {
    static func match(_ query: String) -> String? {
        if query.hasPrefix("\""), query.hasSuffix("\""), query.count >= 2 {
            let words = tokens(String(query.dropFirst().dropLast()))
            guard !words.isEmpty else { return nil }
            return "\"\(words.joined(separator: " "))\"*"
        }
        var parts: [String] = []
        for raw in query.split(whereSeparator: { $0 == " " }) {
            let prefix = raw.hasSuffix("*")
            let words = tokens(String(raw))
            guard !words.isEmpty else { continue }
            parts.append("\"\(words.joined(separator: " "))\"\(prefix ? "*" : "")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// Words as the index's tokenizer would cut them; quotes and operators dropped.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
