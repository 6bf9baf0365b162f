import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Compiles a filter for `viewer`. Score conditions see only what the sealing rules let
    /// the viewer see: a candidate whose total is sealed to them never matches, exactly like
    /// one that does not meet the condition.
    public func compile(_ expression: FilterExpression, for viewer: Actor) throws
        -> CompiledFilter
    {
        try read { db in try Self.compile(expression, for: viewer, blind: try blinds(db), db) }
    }

    /// Parses and compiles in one step; a syntax error is thrown as `FilterSyntaxError`.
    public func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
        try compile(FilterParser.parse(text), for: viewer)
    }

    /// The same for the interface, where nobody may be acting: then every score is sealed.
    public func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
        try compile(text, for: viewer ?? Actor(name: "", member: nil))
    }

    static func compile(
        _ expression: FilterExpression, for viewer: Actor, blind: Bool, _ db: Database
    ) throws -> CompiledFilter {
        if blind,
            expression.conditions.contains(where: {
                if case .nationality = $0 { return true } else { return false }
            })
        {
            throw FilterSyntaxError(
                position: 0, message: "nationality is withheld in blind mode",
                hint: "filter on other fields, or ask the chair to switch blind mode off")
        }
        var context = FilterContext(criteria: try criteria(db), dialect: SQLiteFilterDialect())
        if expression.conditions.contains(where: \.readsScores), let scheme = try scheme(db) {
            for (rowID, data) in try ScoringData.load(db, for: .viewer(viewer)) {
                guard let result = RankingAssembly.visibleResult(data, scheme).value else {
                    continue
                }
                if let total = result.total { context.totals[rowID] = total }
                var means: [CriterionID: Double] = [:]
                for criterion in result.criteria {
                    if let mean = criterion.mean { means[criterion.criterion] = mean }
                }
                context.means[rowID] = means
            }
        }
        for condition in expression.conditions {
            guard case .text(let query) = condition, let match = TextQuery.match(query),
                context.textMatches[match] == nil
            else { continue }
            context.textMatches[match] = try Int64.fetchAll(
                db, sql: "SELECT rowid FROM text_index WHERE text_index MATCH ? ORDER BY rowid",
                arguments: [match])
        }
        let (sql, arguments) = try FilterSQL.compile(expression, context)
        context.counting = true
        let (countSQL, _) = try FilterSQL.compile(expression, context)
        return CompiledFilter(
            expression: expression, sql: sql, values: arguments, countSQL: countSQL)
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
                sql:
                    "SELECT count(*) FROM candidates\(filter.map { " WHERE \($0.countSQL)" } ?? "")",
                arguments: filter?.statementArguments ?? []) ?? 0
        }
    }

    /// ORDER BY for sort keys, always ending with the application id so that the order is
    /// total and stable. Missing values count as the lowest: first ascending, last
    /// descending.
    static func orderBy(_ keys: [SortKey]) -> String {
        SortTerm.terms(keys).map(\.orderTerm).joined(separator: ", ")
    }
}

/// One term of a sort: the column expression, its direction, and the value a missing entry
/// counts as in comparisons (the lowest), so that "rows after this one" can be asked for.
struct SortTerm {
    var expression: String
    var descending: Bool
    var missing: DatabaseValue

    var orderTerm: String { expression + (descending ? " DESC" : "") }
    var compared: String { "COALESCE(\(expression), ?)" }

    static let eligibilityRank =
        "(SELECT CASE result WHEN 'eligible' THEN 0 WHEN 'needs_check' THEN 1 WHEN 'ineligible' THEN 2 END FROM eligibility WHERE candidate_id = candidates.id)"

    static let slotInstant =
        "(SELECT slot_epoch FROM invitations WHERE candidate_id = candidates.id)"

    static func terms(_ keys: [SortKey]) -> [SortTerm] {
        var terms: [SortTerm] = []
        let lowestNumber = (-Double.greatestFiniteMagnitude).databaseValue
        for key in keys {
            let d = key.descending
            switch key.field {
            case .name:
                terms.append(
                    SortTerm(expression: "name_key", descending: d, missing: "".databaseValue))
            case .id:
                terms.append(
                    SortTerm(expression: "application_id", descending: d, missing: "".databaseValue)
                )
            case .experience:
                terms.append(
                    SortTerm(expression: "years_experience", descending: d, missing: lowestNumber))
            case .functionGroup:
                terms.append(
                    SortTerm(expression: "function_group", descending: d, missing: lowestNumber))
            case .education:
                terms.append(
                    SortTerm(expression: "education_level", descending: d, missing: lowestNumber))
            case .nationality:
                terms.append(
                    SortTerm(expression: "nationalities", descending: d, missing: "".databaseValue))
            case .submitted:
                terms.append(
                    SortTerm(expression: "submitted_epoch", descending: d, missing: lowestNumber))
            case .eligibility:
                terms.append(
                    SortTerm(expression: eligibilityRank, descending: d, missing: lowestNumber))
            case .slot:
                terms.append(
                    SortTerm(expression: slotInstant, descending: d, missing: lowestNumber))
            }
        }
        if !keys.contains(where: { $0.field == .id }) {
            terms.append(
                SortTerm(expression: "application_id", descending: false, missing: "".databaseValue)
            )
        }
        return terms
    }

    /// The condition "comes after (or before) the row whose term values are `values`" in the
    /// order the terms make: (a > x) or (a = x and b > y) or …, each with its direction.
    static func beyond(
        _ terms: [SortTerm], _ values: [DatabaseValue], forward: Bool, inclusive: Bool
    ) -> (String, [DatabaseValue]) {
        var alternatives: [String] = []
        var arguments: [DatabaseValue] = []
        for (i, term) in terms.enumerated() {
            var parts: [String] = []
            for equal in terms[..<i] {
                parts.append("\(equal.compared) = COALESCE(?, ?)")
            }
            let after = forward != term.descending
            parts.append("\(term.compared) \(after ? ">" : "<") COALESCE(?, ?)")
            alternatives.append("(" + parts.joined(separator: " AND ") + ")")
            for (j, t) in terms[...i].enumerated() {
                arguments += [t.missing, values[j], t.missing]
            }
        }
        if inclusive {
            alternatives.append(
                "(" + terms.map { "\($0.compared) = COALESCE(?, ?)" }.joined(separator: " AND ")
                    + ")")
            for (j, t) in terms.enumerated() { arguments += [t.missing, values[j], t.missing] }
        }
        return ("(" + alternatives.joined(separator: " OR ") + ")", arguments)
    }

    /// The term values of one row.
    static func values(_ terms: [SortTerm], rowID: Int64, _ db: Database) throws -> [DatabaseValue]?
    {
        try Row.fetchOne(
            db,
            sql:
                "SELECT \(terms.map(\.expression).joined(separator: ", ")) FROM candidates WHERE id = ?",
            arguments: [rowID]
        ).map { row in (0..<terms.count).map { row[$0] as DatabaseValue } }
    }
}

extension SQLiteStore {
    /// A page of the list in an order of the user's choosing (any columns, either way):
    /// read by offset, since an arbitrary order has no single index to seek in. Name and
    /// application-id orders page by keyset through `candidates(order:page:)`.
    public func candidates(
        sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> [CandidateRow] {
        // Two steps: the ids in order (a sort over narrow rows), then the summaries of the
        // page alone, so that the per-row subqueries of a summary run for one page, not for
        // every row sorted.
        let idsSQL =
            "SELECT id FROM candidates\(Self.where(scope, filter)) ORDER BY \(Self.orderBy(keys)) LIMIT ? OFFSET ?"
        return try read { db in
            let ids = try Int64.fetchAll(
                db.cachedStatement(sql: idsSQL),
                arguments: Self.arguments(filter, [limit, max(0, offset)]))
            guard !ids.isEmpty else { return [] }
            let blind = try blinds(db)
            let criteria = try Self.criteria(db)
            let json = "[" + ids.map(String.init).joined(separator: ",") + "]"
            var byID: [Int64: CandidateRow] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "\(CandidateColumns.summarySelect) WHERE id IN (SELECT value FROM json_each(?))",
                arguments: [json])
            {
                let summary = CandidateColumns.summary(row, criteria: criteria)
                byID[row[0]] = CandidateRow(
                    summary: blind ? summary.blinded() : summary,
                    anchor: PageAnchor(key: row[1], rowID: row[0]))
            }
            return ids.compactMap { byID[$0] }
        }
    }

    /// The rows around a candidate in an order of the user's choosing: up to `before` rows
    /// before it, then it and up to `after - 1` rows after it. Read from the candidate's
    /// sort values (keyset), each side a scan that keeps only the rows it returns, rather
    /// than a sort of every row up to an offset. Empty when the list does not hold it.
    public func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, before: Int, after: Int,
        scope: CandidateScope = .all, filter: CompiledFilter? = nil
    ) throws -> [CandidateRow] {
        let terms = SortTerm.terms(keys)
        let forwardOrder = terms.map(\.orderTerm).joined(separator: ", ")
        let backwardOrder = terms.map { $0.expression + ($0.descending ? "" : " DESC") }
            .joined(separator: ", ")
        return try read { db in
            guard
                let rowID = try Int64.fetchOne(
                    db, sql: "SELECT id FROM candidates WHERE application_id = ?",
                    arguments: [id.rawValue]),
                let values = try SortTerm.values(terms, rowID: rowID, db)
            else { return [] }
            func ids(forward: Bool, limit: Int) throws -> [Int64] {
                guard limit > 0 else { return [] }
                let (beyond, arguments) = SortTerm.beyond(
                    terms, values, forward: forward, inclusive: forward)
                return try Int64.fetchAll(
                    db,
                    sql:
                        "SELECT id FROM candidates\(Self.where(scope, filter, and: beyond)) ORDER BY \(forward ? forwardOrder : backwardOrder) LIMIT ?",
                    arguments: StatementArguments(
                        (filter?.arguments ?? []) + arguments + [limit.databaseValue]))
            }
            let picked =
                try ids(forward: false, limit: before).reversed()
                + ids(forward: true, limit: after)
            guard !picked.isEmpty else { return [] }
            let blind = try blinds(db)
            let criteria = try Self.criteria(db)
            var byID: [Int64: CandidateRow] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql:
                        "\(CandidateColumns.summarySelect) WHERE id IN (SELECT value FROM json_each(?))"
                ), arguments: ["[" + picked.map(String.init).joined(separator: ",") + "]"])
            {
                let summary = CandidateColumns.summary(row, criteria: criteria)
                byID[row[0]] = CandidateRow(
                    summary: blind ? summary.blinded() : summary,
                    anchor: PageAnchor(key: row[1], rowID: row[0]))
            }
            return picked.compactMap { byID[$0] }
        }
    }

    /// Where a candidate stands in an order of the user's choosing (0-based).
    public func position(
        of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> Int? {
        try read { db in
            guard
                let rowID = try Int64.fetchOne(
                    db,
                    sql:
                        "SELECT id FROM candidates\(Self.where(scope, filter, and: "application_id = ?"))",
                    arguments: Self.arguments(filter, [id.rawValue]))
            else { return nil }  // not in the list
            return try Self.position(rowID: rowID, sortedBy: keys, scope: scope, filter: filter, db)
        }
    }

    static func position(
        rowID: Int64, sortedBy keys: [SortKey], scope: CandidateScope, filter: CompiledFilter?,
        _ db: Database
    ) throws -> Int {
        let terms = SortTerm.terms(keys)
        guard let values = try SortTerm.values(terms, rowID: rowID, db) else { return 0 }
        let (before, arguments) = SortTerm.beyond(terms, values, forward: false, inclusive: false)
        return try Int.fetchOne(
            db, sql: "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: before))",
            arguments: StatementArguments((filter?.arguments ?? []) + arguments)) ?? 0
    }
}
