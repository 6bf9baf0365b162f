import Foundation
import ShortlistCore

// Engine-neutral: no GRDB here. An engine brings its `FilterDialect`.

/// A filter compiled for one viewer: an SQL condition on `candidates` with its arguments
/// bound, never spliced into the text. Opaque to the interface, which passes it back to the
/// store's paged reads. Scores are resolved when it is compiled, as the viewer may see them:
/// recompile after marks change.
public struct CompiledFilter: Sendable, Hashable {
    public let expression: FilterExpression
    let sql: String
    /// The bound arguments, in the order of their placeholders.
    let values: [FilterValue]
    /// The same condition shaped for counting every row it selects rather than reading the
    /// first few in order (see `FilterContext.counting`); the same arguments.
    var countSQL: String

    init(
        expression: FilterExpression, sql: String, values: [FilterValue],
        countSQL: String? = nil
    ) {
        self.expression = expression
        self.sql = sql
        self.values = values
        self.countSQL = countSQL ?? sql
    }
}

/// An argument bound to a compiled filter, in no engine's types.
enum FilterValue: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// What differs between engines in the SQL of a filter: how an argument is written, what true
/// and false are, how a list column is searched, full-text matching, and a list of row ids
/// bound as one argument. The compiler (`FilterSQL`) is the same for every engine.
protocol FilterDialect: Sendable {
    /// The `n`th argument (from 1) of a statement: `?` in SQLite, `$n` in PostgreSQL.
    func placeholder(_ n: Int) -> String
    /// A condition no row meets.
    var never: String { get }
    /// A condition that is NULL on a missing value made false instead.
    func orFalse(_ condition: String) -> String
    /// A boolean column that holds true.
    func isTrue(_ column: String) -> String
    /// A list column (codes between semicolons) holds the text of the next argument.
    func holds(_ column: String) -> String
    /// The text-index query for a text condition, or nil when nothing can match.
    func textQuery(_ query: String) -> String?
    /// `candidates.id` is among the rows whose texts match the next argument (a `textQuery`).
    var textMatch: String { get }
    /// `candidates.id` is in the JSON array of row ids of the next argument.
    var inRowList: String { get }
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
    var dialect: any FilterDialect
}

enum FilterSQL {
    /// The condition with its placeholders written as the dialect writes them, from 1.
    static func compile(_ expression: FilterExpression, _ context: FilterContext)
        throws(FilterSyntaxError) -> (String, [FilterValue])
    {
        let (sql, values) = try condition(expression, context)
        return (numbered(sql, context.dialect), values)
    }

    /// Every `?` the compiler wrote, as the dialect's placeholders. The compiler's own SQL
    /// holds no other question mark, and arguments are never spliced into it.
    static func numbered(_ sql: String, _ dialect: any FilterDialect) -> String {
        guard dialect.placeholder(1) != "?" else { return sql }
        var out = ""
        var n = 0
        for character in sql {
            if character == "?" {
                n += 1
                out += dialect.placeholder(n)
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func condition(_ expression: FilterExpression, _ context: FilterContext)
        throws(FilterSyntaxError) -> (String, [FilterValue])
    {
        switch expression {
        case .and(let a, let b):
            let (x, xa) = try condition(a, context)
            let (y, ya) = try condition(b, context)
            return ("(\(x) AND \(y))", xa + ya)
        case .or(let a, let b):
            let (x, xa) = try condition(a, context)
            let (y, ya) = try condition(b, context)
            return ("(\(x) OR \(y))", xa + ya)
        case .not(let a):
            let (x, xa) = try condition(a, context)
            return ("(NOT \(x))", xa)
        case .condition(let condition):
            let (x, xa) = try leaf(condition, context)
            // A missing value makes a comparison NULL; every leaf is 0 or 1, so that `not`
            // selects exactly the candidates the condition does not. Membership tests are
            // never NULL and stay bare, so that SQLite may drive the query from them.
            let bare =
                x.hasPrefix("(candidates.id IN") || x.hasPrefix("(EXISTS")
                || x == context.dialect.never
            return (bare ? x : context.dialect.orFalse(x), xa)
        }
    }

    static func leaf(_ condition: FilterCondition, _ context: FilterContext)
        throws(FilterSyntaxError) -> (String, [FilterValue])
    {
        let dialect = context.dialect
        switch condition {
        case .experience(let op, let v):
            return ("(years_experience \(op.rawValue) ?)", [.real(v)])
        case .functionGroup(let op, let v):
            return ("(function_group \(op.rawValue) ?)", [.integer(Int64(v.rawValue))])
        case .education(let op, let v):
            return ("(education_level \(op.rawValue) ?)", [.integer(Int64(v.rawValue))])
        case .submitted(let op, let epoch):
            return ("(submitted_epoch \(op.rawValue) ?)", [.integer(epoch)])
        case .nationality(let codes, let negated):
            // Codes are two letters between semicolons: a code found is a whole code.
            let any = codes.map { _ in dialect.holds("nationalities") }.joined(separator: " OR ")
            let args = codes.map { FilterValue.text($0.rawValue) }
            return (
                negated ? "(nationalities IS NOT NULL AND NOT (\(any)))" : "(\(any))", args
            )
        case .language(let code, let op, let level):
            let levels = CEFRLevel.allCases.filter { compare($0, op, level) }
            guard !levels.isEmpty else { return (dialect.never, []) }
            // "FR:C1" can only be French at C1 in "ES:C2;FR:C1".
            let any = levels.map { _ in dialect.holds("languages") }.joined(separator: " OR ")
            let args = levels.map { FilterValue.text("\(code.rawValue.uppercased()):\($0)") }
            return ("(\(any))", args)
        case .military(let v, let negated):
            return ("(military_service \(negated ? "!=" : "=") ?)", [.text(v.rawValue)])
        case .castStatus(let v, let negated):
            return ("(cast_status \(negated ? "!=" : "=") ?)", [.text(v.rawValue)])
        case .applicationID(let ids, let negated):
            let marks = ids.map { _ in "?" }.joined(separator: ", ")
            return (
                "(application_id \(negated ? "NOT IN" : "IN") (\(marks)))",
                ids.map { .text($0) }
            )
        case .eligibility(let result, let negated) where context.counting:
            return (
                "(candidates.id IN (SELECT candidate_id FROM eligibility WHERE result \(negated ? "!=" : "=") ?))",
                [.text(result.rawValue)]
            )
        case .eligibility(let result, let negated):
            // A look-up per row, not a list: eligibility results hold a third of the
            // candidates or more, and a list that large makes SQLite drive the query from it
            // and sort the whole of it for a first page; a look-up lets it walk the list's
            // order and stop at the page (or be driven by a narrower condition).
            return (
                "(EXISTS (SELECT 1 FROM eligibility WHERE candidate_id = candidates.id AND result \(negated ? "!=" : "=") ?))",
                [.text(result.rawValue)]
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
                """, [.text(rule.rawValue), .text(result.rawValue)]
            )
        case .screening(let group, let op, let count, let position):
            let ids = try groupCriteria(group, context, at: position)
            // The derived table is named: PostgreSQL before 16 requires it.
            let marks = ids.map { _ in "?" }.joined(separator: ", ")
            let met = """
                (SELECT count(*) FROM (SELECT criterion FROM screening
                    WHERE candidate_id = candidates.id AND criterion IN (\(marks))
                    GROUP BY criterion HAVING min(CASE WHEN mark = 'met' THEN 1 ELSE 0 END) = 1) AS met_criteria)
                """
            let args = ids.map { FilterValue.text($0.rawValue) }
            switch count {
            case .count(let n): return ("(\(met) \(op.rawValue) ?)", args + [.integer(Int64(n))])
            case .allMet:
                return ("(\(met) \(op.rawValue) ?)", args + [.integer(Int64(ids.count))])
            case .noneMet: return ("(\(met) \(op.rawValue) 0)", args)
            }
        case .evidence(let criterion, let op, let n, let position):
            guard context.criteria.contains(where: { $0.0 == criterion }) else {
                throw unknownCriterion(criterion, context, at: position)
            }
            return (
                "(COALESCE((SELECT hits FROM evidence WHERE candidate_id = candidates.id AND criterion = ?), 0) \(op.rawValue) ?)",
                [.text(criterion.rawValue), .integer(Int64(n))]
            )
        case .text(let query):
            guard let match = dialect.textQuery(query) else { return (dialect.never, []) }
            if let ids = context.textMatches[match] { return rowSet(ids, dialect) }
            return (dialect.textMatch, [.text(match)])
        case .invited:
            return ("(candidates.id IN (SELECT candidate_id FROM invitations))", [])
        case .recruitment(let complete):
            // Only invited candidates have a checklist; "missing" means one of theirs.
            return (
                "(candidates.id IN (SELECT candidate_id FROM invitations) AND \(complete ? "" : "NOT ")\(RecruitmentChecklists.complete(dialect)))",
                []
            )
        case .tag(let tag):
            return (
                "(candidates.application_id IN (SELECT application_id FROM note_tags WHERE tag = ?))",
                [.text(tag)]
            )
        case .total(let op, let v):
            let ids = context.totals.filter { compare($0.value, op, v) }.keys.sorted()
            return rowSet(ids, dialect)
        case .criterionScore(let criterion, let op, let v, let position):
            guard context.criteria.contains(where: { $0.0 == criterion }) else {
                throw unknownCriterion(criterion, context, at: position)
            }
            let ids = context.means.compactMap { id, means in
                means[criterion].map { compare($0, op, v) } == true ? id : nil
            }.sorted()
            return rowSet(ids, dialect)
        }
    }

    /// Membership in a set of row ids computed outside SQL, bound as one JSON argument.
    static func rowSet(_ ids: [Int64], _ dialect: any FilterDialect) -> (String, [FilterValue]) {
        guard !ids.isEmpty else { return (dialect.never, []) }
        let json = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return (dialect.inRowList, [.text(json)])
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
