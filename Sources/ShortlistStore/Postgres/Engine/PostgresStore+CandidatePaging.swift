#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// CandidatePaging on PostgreSQL: keyset paging on the same keys as SQLite's (the C
    /// collation makes `name_key` sort byte by byte there too). In blind mode the server
    /// withholds `name_key`, so the name order is the application id's.
    extension PostgresStore: CandidatePaging {
        public func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int {
            var statement = PostgresStatement(filter)
            statement.sql =
                "SELECT count(*) FROM candidates\(Self.where(scope, filter, counting: true))"
            return try withSession { session in
                Int(try session.value(statement.query, as: Int64.self) ?? 0)
            }
        }

        /// " WHERE condition", or nothing for everyone.
        static func `where`(
            _ scope: CandidateScope, _ filter: CompiledFilter?, and more: String? = nil,
            counting: Bool = false
        ) -> String {
            let condition = (counting ? filter?.countSQL : filter?.sql) ?? ""
            let conditions = [scope.condition, condition, more ?? ""].filter { !$0.isEmpty }
            return conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        }

        /// Whether names are withheld: the database's blind mode (the server's grants) or
        /// this session's choice.
        func blinds(_ session: PostgresSession) throws -> Bool {
            try blindViewer || databaseIsBlind(session)
        }

        func databaseIsBlind(_ session: PostgresSession) throws -> Bool {
            try session.value("SELECT value FROM meta WHERE key = 'blind_mode'", as: String.self)
                == "on"
        }

        func criteria(_ session: PostgresSession) throws -> [(CriterionID, CriterionGroup)] {
            try session.rows("SELECT id, grp FROM profile_criteria ORDER BY position").map {
                let (id, group) = try $0.decode((String, String).self)
                return (CriterionID(id), CriterionGroup(rawValue: group) ?? .required)
            }
        }

        public func candidates(
            order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            if case .read(let rows) = try pageInOneTrip(
                order: order, page: page, scope: scope, filter: filter)
            {
                return rows
            }
            return try transaction { session in
                let withheld = try databaseIsBlind(session)
                let blind = withheld || blindViewer
                let key = order == .name && !withheld ? "name_key" : "application_id"
                var statement = PostgresStatement(filter)
                let select = "SELECT id, \(key) FROM candidates"
                let ascending = "ORDER BY \(key), id"
                let descending = "ORDER BY \(key) DESC, id DESC"
                var reverse = false
                switch page {
                case .first(let limit):
                    statement.sql =
                        "\(select)\(Self.where(scope, filter)) \(ascending) LIMIT \(statement.bind(limit))"
                case .last(let limit):
                    statement.sql =
                        "\(select)\(Self.where(scope, filter)) \(descending) LIMIT \(statement.bind(limit))"
                    reverse = true
                case .after(let anchor, let limit), .before(let anchor, let limit):
                    let forward = if case .after = page { true } else { false }
                    let k = statement.bind(anchor.key)
                    let id = statement.bind(anchor.rowID)
                    let beyond = "(\(key), id) \(forward ? ">" : "<") (\(k), \(id))"
                    statement.sql =
                        "\(select)\(Self.where(scope, filter, and: beyond)) \(forward ? ascending : descending) LIMIT \(statement.bind(limit))"
                    reverse = !forward
                case .offset(let offset, let limit):
                    let l = statement.bind(limit)
                    statement.sql =
                        "\(select)\(Self.where(scope, filter)) \(ascending) LIMIT \(l) OFFSET \(statement.bind(max(0, offset)))"
                }
                let picked = try session.rows(statement.query).map {
                    try $0.decode((Int64, String).self)
                }
                guard !picked.isEmpty else { return [CandidateRow]() }
                let summaries = try summaries(of: picked.map(\.0), blind: blind, session)
                let rows = picked.compactMap { id, key in
                    summaries[id].map {
                        CandidateRow(summary: $0, anchor: PageAnchor(key: key, rowID: id))
                    }
                }
                return reverse ? rows.reversed() : rows
            }
        }

        /// The list rows of the given row ids, by id.
        func summaries(of ids: [Int64], blind: Bool, _ session: PostgresSession) throws
            -> [Int64: CandidateSummary]
        {
            let criteria = try criteria(session)
            var summaries: [Int64: CandidateSummary] = [:]
            for row in try session.rows(
                PostgresQuery(
                    unsafeSQL:
                        "\(PostgresCandidateColumns.summarySelect(blind: blind)) WHERE id = ANY($1)",
                    binds: {
                        var binds = PostgresBindings()
                        binds.append(ids)
                        return binds
                    }()))
            {
                let summary = try PostgresCandidateColumns.summary(
                    row, criteria: criteria, blind: blind)
                summaries[summary.id] = summary
            }
            return summaries
        }

        public func candidate(_ id: ApplicationID) throws -> Candidate? {
            if case .read(let candidate) = try candidateInOneTrip(id) { return candidate }
            return try transaction { session in
                let blind = try blinds(session)
                var statement = PostgresStatement()
                statement.sql =
                    "\(PostgresCandidateColumns.candidateSelect(blind: try databaseIsBlind(session))) WHERE c.application_id = \(statement.bind(id.rawValue))"
                return try session.rows(statement.query).first.map {
                    try PostgresCandidateColumns.candidate($0, blind: blind)
                }
            }
        }

        public func position(
            of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> Int? {
            try transaction { session in
                let withheld = try databaseIsBlind(session)
                let key = order == .name && !withheld ? "name_key" : "application_id"
                var find = PostgresStatement(filter)
                find.sql =
                    "SELECT id, \(key) FROM candidates\(Self.where(scope, filter, and: "application_id = \(find.bind(id.rawValue))"))"
                // Not in the list: the scope or the filter leaves it out.
                guard let row = try session.rows(find.query).first else { return nil }
                let (rowID, value) = try row.decode((Int64, String).self)
                var count = PostgresStatement(filter)
                let before = "(\(key), id) < (\(count.bind(value)), \(count.bind(rowID)))"
                count.sql =
                    "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: before))"
                return Int(try session.value(count.query, as: Int64.self) ?? 0)
            }
        }

        /// The next match in the list as ordered, scoped and filtered, wrapping at the ends,
        /// as SQLite's: the matches counted (capped), then the next one found beyond the start
        /// in the list's index order, and its position counted on that index. Nothing ranks
        /// the whole list: a keystroke costs a few index walks.
        public func nextMatch(
            _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
            order: CandidateOrder, sortedBy keys: [SortKey]?, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> SearchHit? {
            if keys == nil,
                case .read(let hit) = try nextMatchInTwoTrips(
                    search, from: start, forward: forward, inclusive: inclusive, order: order,
                    scope: scope, filter: filter)
            {
                return hit
            }
            return try transaction { session in
                let withheld = try databaseIsBlind(session)
                let blind = withheld || blindViewer
                if let keys {
                    return try nextMatch(
                        search, blind: blind, from: start, forward: forward, inclusive: inclusive,
                        orderBy: Self.orderBy(keys, withheld: withheld), scope: scope,
                        filter: filter, session)
                }
                var count = PostgresStatement(filter)
                let matching = Self.searchCondition(search, blind: blind, &count)
                let cap = count.bind(Int64(SearchHit.countLimit + 1))
                count.sql =
                    "SELECT count(*) FROM (SELECT 1 FROM candidates\(Self.where(scope, filter, and: matching)) LIMIT \(cap)) capped"
                let counted = Int(try session.value(count.query, as: Int64.self) ?? 0)
                guard counted > 0 else { return nil }
                let key = order == .name && !withheld ? "name_key" : "application_id"
                var anchor: (key: String, id: Int64)?
                if let start {
                    var find = PostgresStatement()
                    find.sql =
                        "SELECT \(key), id FROM candidates WHERE application_id = \(find.bind(start.rawValue))"
                    if let row = try session.rows(find.query).first {
                        let (value, rowID) = try row.decode((String, Int64).self)
                        anchor = (value, rowID)
                    }
                }
                func find(after anchor: (key: String, id: Int64)?) throws -> (
                    key: String, id: Int64, applicationID: String
                )? {
                    var statement = PostgresStatement(filter)
                    var condition = Self.searchCondition(search, blind: blind, &statement)
                    // Many matches (a first letter): walk the list's index and stop at the
                    // first, the condition hidden from the search index. Few: those few from
                    // the search index, sorted (the planner would walk the list for them too).
                    let walk = counted > Self.walkAbove
                    if walk { condition = "(\(condition)) IS TRUE" }
                    if let anchor {
                        let op = forward ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<")
                        condition +=
                            " AND (\(key), id) \(op) (\(statement.bind(anchor.key)), \(statement.bind(anchor.id)))"
                    }
                    let direction = forward ? "" : " DESC"
                    // Named apart: the key may be the application id itself.
                    let select =
                        "SELECT \(key) AS list_key, id AS row_id, application_id AS hit_id FROM candidates\(Self.where(scope, filter, and: condition))"
                    let orderBy = "ORDER BY list_key\(direction), row_id\(direction) LIMIT 1"
                    statement.sql =
                        walk
                        ? "\(select) \(orderBy)"
                        : "WITH hits AS MATERIALIZED (\(select)) SELECT * FROM hits \(orderBy)"
                    guard let row = try session.rows(statement.query).first else { return nil }
                    let (value, rowID, applicationID) = try row.decode((String, Int64, String).self)
                    return (value, rowID, applicationID)
                }
                var wrapped = false
                var found = try find(after: anchor)
                if found == nil, anchor != nil {
                    found = try find(after: nil)
                    wrapped = found != nil
                }
                guard let found else { return nil }
                var position = PostgresStatement(filter)
                let before =
                    "(\(key), id) < (\(position.bind(found.key)), \(position.bind(found.id)))"
                position.sql =
                    "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: before))"
                return SearchHit(
                    applicationID: ApplicationID(found.applicationID),
                    position: Int(try session.value(position.query, as: Int64.self) ?? 0),
                    matches: min(counted, SearchHit.countLimit),
                    isCountCapped: counted > SearchHit.countLimit, wrapped: wrapped)
            }
        }

        /// Above this many matches, the next one is found by walking the list's order.
        static let walkAbove = 500

        /// The next match in an order of the user's choosing, which no index keeps: one ranked
        /// pass over the list (`row_number()` in its order), from which the start's position,
        /// the next match and the count are all read.
        func nextMatch(
            _ search: CandidateSearch, blind: Bool, from start: ApplicationID?, forward: Bool,
            inclusive: Bool, orderBy: String, scope: CandidateScope, filter: CompiledFilter?,
            _ session: PostgresSession
        ) throws -> SearchHit? {
            var statement = PostgresStatement(filter)
            let matches = Self.searchCondition(search, blind: blind, &statement)
            let from = statement.bind(start?.rawValue ?? "")
            let limit = statement.bind(Int64(SearchHit.countLimit + 1))
            statement.sql = """
                WITH list AS (
                    SELECT application_id, row_number() OVER (ORDER BY \(orderBy)) - 1 AS position,
                        \(matches) AS hit
                    FROM candidates\(Self.where(scope, filter))),
                start AS (SELECT position FROM list WHERE application_id = \(from)),
                counted AS (SELECT count(*) AS n FROM (SELECT 1 FROM list WHERE hit LIMIT \(limit)) capped)
                SELECT l.application_id, l.position, (SELECT position FROM start), (SELECT n FROM counted)
                FROM list l WHERE l.hit
                ORDER BY l.position \(forward ? "" : "DESC")
                """
            let hits = try session.rows(statement.query).map {
                try $0.decode((String, Int64, Int64?, Int64).self)
            }
            guard let first = hits.first else { return nil }
            let counted = Int(first.3)
            var found = first
            var wrapped = false
            if let from = first.2 {
                let beyond = hits.first {
                    forward
                        ? (inclusive ? $0.1 >= from : $0.1 > from)
                        : (inclusive ? $0.1 <= from : $0.1 < from)
                }
                if let beyond { found = beyond } else { wrapped = true }
            }
            return SearchHit(
                applicationID: ApplicationID(found.0), position: Int(found.1),
                matches: min(counted, SearchHit.countLimit),
                isCountCapped: counted > SearchHit.countLimit, wrapped: wrapped)
        }

        /// Whether a candidate matches a search, with the search's query bound: names and
        /// application ids folded as `name_search`, every word a prefix in any of them (as
        /// FTS5 matches), or the CV and motivation. In blind mode application ids only.
        static func searchCondition(
            _ search: CandidateSearch, blind: Bool, _ statement: inout PostgresStatement
        ) -> String {
            switch search.kind {
            case .names:
                if blind { return "(\(idCondition(search.words, &statement)))" }
                let words = search.words.map { Substring($0) }
                return
                    "(name_vector @@ to_tsquery('simple', \(statement.bind(PostgresTextQuery.namePrefixes(words)))))"
            case .text:
                let query = PostgresTextQuery.tsquery(fts5: search.match) ?? "''"
                return
                    "(id IN (SELECT candidate_id FROM candidate_texts WHERE text_vector @@ \(statement.bind(query))::tsquery))"
            }
        }

        public func candidates(
            sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            try transaction { session in
                let withheld = try databaseIsBlind(session)
                let blind = withheld || blindViewer
                var statement = PostgresStatement(filter)
                let l = statement.bind(limit)
                statement.sql =
                    "SELECT id, application_id FROM candidates\(Self.where(scope, filter)) ORDER BY \(Self.orderBy(keys, withheld: withheld)) LIMIT \(l) OFFSET \(statement.bind(max(0, offset)))"
                let picked = try session.rows(statement.query).map {
                    try $0.decode((Int64, String).self)
                }
                let summaries = try summaries(of: picked.map(\.0), blind: blind, session)
                return picked.compactMap { id, key in
                    summaries[id].map {
                        CandidateRow(summary: $0, anchor: PageAnchor(key: key, rowID: id))
                    }
                }
            }
        }

        public func position(
            of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> Int? {
            try transaction { session in
                let withheld = try databaseIsBlind(session)
                var statement = PostgresStatement(filter)
                // The rank over the whole list: one pass, where SQLite counts the rows beyond.
                statement.sql = """
                    SELECT position FROM (
                        SELECT application_id, row_number() OVER (ORDER BY \(Self.orderBy(keys, withheld: withheld))) - 1 AS position
                        FROM candidates\(Self.where(scope, filter))) ranked
                    WHERE application_id = \(statement.bind(id.rawValue))
                    """
                return try session.value(statement.query, as: Int64.self).map { Int($0) }
            }
        }

        public func candidates(
            sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
            after: Int, scope: CandidateScope, filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            let start = max(0, position - before)
            return try candidates(
                sortedBy: keys, offset: start, limit: position - start + after, scope: scope,
                filter: filter)
        }

        /// ORDER BY for sort keys, as SQLite's (`SQLiteStore.orderBy`): missing values count as
        /// the lowest, which PostgreSQL must be told (it sorts NULL last ascending). The name
        /// order is the application id's when the server withholds names.
        static func orderBy(_ keys: [SortKey], withheld: Bool) -> String {
            SortTerm.terms(keys).map { term in
                var expression = term.expression
                if withheld && expression == "name_key" { expression = "application_id" }
                if withheld && expression == "nationalities" { expression = "NULL::text" }
                return expression + (term.descending ? " DESC NULLS LAST" : " NULLS FIRST")
            }.joined(separator: ", ")
        }
    }
#endif
