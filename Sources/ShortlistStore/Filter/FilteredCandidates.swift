import Foundation
import GRDB
import ShortlistCore

extension Store {
    /// Compiles a filter for `viewer`. Score conditions see only what the sealing rules let
    /// the viewer see: a candidate whose total is sealed to them never matches, exactly like
    /// one that does not meet the condition.
    public func compile(_ expression: FilterExpression, for viewer: Actor) throws
        -> CompiledFilter
    {
        try read { db in try Self.compile(expression, for: viewer, db) }
    }

    /// Parses and compiles in one step; a syntax error is thrown as `FilterSyntaxError`.
    public func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
        try compile(FilterParser.parse(text), for: viewer)
    }

    /// The same for the interface, where nobody may be acting: then every score is sealed.
    public func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
        try compile(text, for: viewer ?? Actor(name: "", member: nil))
    }

    static func compile(_ expression: FilterExpression, for viewer: Actor, _ db: Database) throws
        -> CompiledFilter
    {
        var context = FilterContext(criteria: try criteria(db))
        if expression.conditions.contains(where: \.readsScores), let scheme = try scheme(db) {
            for (rowID, data) in try ScoringData.load(db) {
                guard let result = visibleResult(data, scheme, for: viewer).value else { continue }
                if let total = result.total { context.totals[rowID] = total }
                var means: [CriterionID: Double] = [:]
                for criterion in result.criteria {
                    if let mean = criterion.mean { means[criterion.criterion] = mean }
                }
                context.means[rowID] = means
            }
        }
        let (sql, arguments) = try FilterSQL.compile(expression, context)
        return CompiledFilter(expression: expression, sql: sql, arguments: arguments)
    }

    /// The candidates a filter selects, sorted by `sort` (then by application id, so that
    /// equal keys keep one order), at most `limit` of them: for `shortlist list` and exports.
    /// Rows are handed over one at a time and never held all at once.
    public func forEachCandidate(
        filter: CompiledFilter?, sort: [SortKey], limit: Int? = nil,
        _ body: (CandidateSummary) throws -> Void
    ) throws {
        let orderBy = Self.orderBy(sort)
        let condition = filter.map { " WHERE \($0.sql)" } ?? ""
        var sql = "\(CandidateColumns.summarySelect)\(condition) ORDER BY \(orderBy)"
        var arguments = filter?.statementArguments ?? []
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        try read { db in
            let blind = try blinds(db)
            let criteria = try Self.criteria(db)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let summary = CandidateColumns.summary(row, criteria: criteria)
                try body(blind ? summary.blinded() : summary)
            }
        }
    }

    /// How many candidates a filter selects (all of them without one).
    public func candidateCount(filter: CompiledFilter?) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM candidates\(filter.map { " WHERE \($0.sql)" } ?? "")",
                arguments: filter?.statementArguments ?? []) ?? 0
        }
    }

    /// ORDER BY for sort keys, always ending with the row id so that the order is total and
    /// stable; missing values sort last in either direction.
    static func orderBy(_ keys: [SortKey]) -> String {
        var terms: [String] = []
        for key in keys {
            let direction = key.descending ? " DESC" : ""
            switch key.field {
            case .name: terms.append("name_key\(direction)")
            case .id: terms.append("application_id\(direction)")
            case .experience: terms.append("years_experience IS NULL, years_experience\(direction)")
            case .functionGroup: terms.append("function_group IS NULL, function_group\(direction)")
            case .education: terms.append("education_level IS NULL, education_level\(direction)")
            case .nationality: terms.append("nationalities IS NULL, nationalities\(direction)")
            case .submitted: terms.append("submitted_epoch IS NULL, submitted_epoch\(direction)")
            case .eligibility:
                terms.append(
                    "(SELECT CASE result WHEN 'eligible' THEN 0 WHEN 'needs_check' THEN 1 WHEN 'ineligible' THEN 2 END FROM eligibility WHERE candidate_id = candidates.id) IS NULL, (SELECT CASE result WHEN 'eligible' THEN 0 WHEN 'needs_check' THEN 1 WHEN 'ineligible' THEN 2 END FROM eligibility WHERE candidate_id = candidates.id)\(direction)"
                )
            }
        }
        if !keys.contains(where: { $0.field == .id }) { terms.append("application_id") }
        return terms.joined(separator: ", ")
    }
}
