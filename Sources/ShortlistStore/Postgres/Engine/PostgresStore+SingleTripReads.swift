#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The reads of a key press in as few round trips as the server allows: a page, a
    /// candidate's detail, a search keystroke. Each round trip costs more than the server's
    /// work on these (a page: six of them, each a fraction of a millisecond of planning and
    /// reading), so each read is one statement, with no transaction around it (one statement
    /// is one snapshot), that reads the names as if blind mode were off and says beside them
    /// whether it is. When it is on, or the server refuses the names (its grants withhold them
    /// from the panel in blind mode), the caller reads again as before; the server's grants
    /// stay what keeps the names, this only saves asking first.
    extension PostgresStore {
        /// What a read in one round trip found: its result, or that blind mode is on and it
        /// must be read the careful way.
        enum SingleTrip<T: Sendable>: Sendable {
            case read(T)
            case blindModeOn
        }

        /// The column that says whether blind mode is on, beside what a statement reads.
        static let blindModeColumn =
            "COALESCE((SELECT value = 'on' FROM meta WHERE key = 'blind_mode'), false)"

        /// The profile's criteria in their order, as one text (`criteria(from:)` reads it):
        /// evaluated once per statement.
        static let criteriaColumn =
            "(SELECT string_agg(id || E'\\x01' || grp, E'\\x02' ORDER BY position) FROM profile_criteria)"

        static func criteria(from text: String?) -> [(CriterionID, CriterionGroup)] {
            (text ?? "").split(separator: "\u{2}").compactMap { item in
                let parts = item.split(separator: "\u{1}", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return nil }
                return (
                    CriterionID(String(parts[0])),
                    CriterionGroup(rawValue: String(parts[1])) ?? .required
                )
            }
        }

        /// One candidate in one round trip, unless blind mode is on.
        func candidateInOneTrip(_ id: ApplicationID) throws -> SingleTrip<Candidate?> {
            try withSession { session in
                let query: PostgresQuery = """
                    SELECT \(unescaped: PostgresCandidateColumns.candidateColumns(blind: false)),
                        \(unescaped: Self.blindModeColumn)
                    \(unescaped: PostgresCandidateColumns.candidateFrom)
                    WHERE c.application_id = \(id.rawValue)
                    """
                guard let rows = try session.rowsUnlessWithheld(query) else { return .blindModeOn }
                // The application id is never withheld: nobody by it, whether blind or not.
                guard let row = rows.first else { return .read(nil) }
                // The columns after the candidate's: blind mode.
                let blindMode = PostgresCandidateColumns.candidateColumnCount
                if try row.makeRandomAccess()[blindMode].decode(Bool.self) { return .blindModeOn }
                return .read(try PostgresCandidateColumns.candidate(row, blind: blindViewer))
            }
        }

        /// A page of the list in one round trip, unless blind mode is on or the page is empty
        /// (an empty page does not say whether it is, and the keys of a blind list are others).
        func pageInOneTrip(
            order: CandidateOrder, page: PageRequest, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> SingleTrip<[CandidateRow]> {
            let keyset = ListKeyset(order)
            var statement = PostgresStatement(filter)
            let ascending = "ORDER BY \(keyset.order(descending: false))"
            let descending = "ORDER BY \(keyset.order(descending: true))"
            var reverse = false
            var picked: String
            let select =
                "SELECT \(keyset.key) AS page_key\(keyset.unique ? "" : ", id AS page_id") FROM candidates"
            switch page {
            case .first(let limit):
                picked =
                    "\(select)\(Self.where(scope, filter)) \(ascending) LIMIT \(statement.bind(limit))"
            case .last(let limit):
                picked =
                    "\(select)\(Self.where(scope, filter)) \(descending) LIMIT \(statement.bind(limit))"
                reverse = true
            case .after(let anchor, let limit), .before(let anchor, let limit):
                let forward = if case .after = page { true } else { false }
                let k = statement.bind(anchor.key)
                let id = keyset.unique ? "" : statement.bind(anchor.rowID)
                let beyond = keyset.beyond(forward ? ">" : "<", key: k, id: id)
                picked =
                    "\(select)\(Self.where(scope, filter, and: beyond)) \(forward ? ascending : descending) LIMIT \(statement.bind(limit))"
                reverse = !forward
            case .offset(let offset, let limit):
                let l = statement.bind(limit)
                picked =
                    "\(select)\(Self.where(scope, filter)) \(ascending) LIMIT \(l) OFFSET \(statement.bind(max(0, offset)))"
            }
            let join =
                keyset.unique
                ? "candidates.application_id = page.page_key" : "candidates.id = page.page_id"
            let direction = reverse ? " DESC" : ""
            // The summaries (with their subqueries) of the page's rows only, not of the rows an
            // offset skips.
            statement.sql = """
                SELECT \(PostgresCandidateColumns.summaryColumns(blind: blindViewer)),
                    \(Self.blindModeColumn), \(Self.criteriaColumn), page.page_key
                FROM (\(picked)) page JOIN candidates ON \(join)
                ORDER BY page.page_key\(direction)\(keyset.unique ? "" : ", page.page_id\(direction)")
                """
            return try withSession { session in
                guard let rows = try session.rowsUnlessWithheld(statement.query),
                    let first = rows.first
                else { return .blindModeOn }
                // The columns after the summary's: blind mode, the criteria, the page's key.
                let blindMode = PostgresCandidateColumns.summaryColumnCount
                let (criteriaAt, keyAt) = (blindMode + 1, blindMode + 2)
                let columns = first.makeRandomAccess()
                if try columns[blindMode].decode(Bool.self) { return .blindModeOn }
                let criteria = Self.criteria(from: try columns[criteriaAt].decode(String?.self))
                let page = try rows.map { row in
                    let summary = try PostgresCandidateColumns.summary(
                        row, criteria: criteria, blind: blindViewer)
                    return CandidateRow(
                        summary: summary,
                        anchor: PageAnchor(
                            key: try row.makeRandomAccess()[keyAt].decode(String.self),
                            rowID: summary.id))
                }
                return .read(reverse ? page.reversed() : page)
            }
        }

        /// The next match in the list's own order (name or application id) in two round
        /// trips, unless blind mode is on: the capped count (which chooses how to look), then
        /// the start's key, the next match beyond it or else from the other end, and its
        /// position, in one statement. The same steps as `nextMatch`'s careful way.
        func nextMatchInTwoTrips(
            _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
            order: CandidateOrder, scope: CandidateScope, filter: CompiledFilter?
        ) throws -> SingleTrip<SearchHit?> {
            let blind = blindViewer
            let keyset = ListKeyset(order)
            let key = keyset.key
            var count = PostgresStatement(filter)
            let matching = Self.searchCondition(search, blind: blind, &count)
            let cap = count.bind(Int64(SearchHit.countLimit + 1))
            count.sql = """
                SELECT \(Self.blindModeColumn), (SELECT count(*) FROM (SELECT 1 FROM candidates\(Self.where(scope, filter, and: matching)) LIMIT \(cap)) capped)
                """
            return try withSession { session -> SingleTrip<SearchHit?> in
                guard let counts = try session.rowsUnlessWithheld(count.query)?.first else {
                    return .blindModeOn
                }
                let (blindModeOn, counted) = try counts.decode((Bool, Int64).self)
                if blindModeOn { return .blindModeOn }
                guard counted > 0 else { return .read(nil) }

                var statement = PostgresStatement(filter)
                var condition = Self.searchCondition(search, blind: blind, &statement)
                // As `nextMatch`: many matches are found by walking the list's index (the
                // condition hidden from the search index), few are read from the search index
                // and sorted.
                let walk = counted > Self.walkAbove
                if walk { condition = "(\(condition)) IS TRUE" }
                let direction = forward ? "" : " DESC"
                let op = forward ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<")
                let orderBy = "ORDER BY list_key\(direction), row_id\(direction) LIMIT 1"
                let walkOrder = "ORDER BY \(keyset.order(descending: !forward)) LIMIT 1"
                let columns = "\(key) AS list_key, id AS row_id, application_id AS hit_id"
                let hits: String
                let beyond: String
                let fromEnd: (_ wrapped: String) -> String
                if walk {
                    hits = ""
                    // The start's key reaches the walk as a parameter of the lateral subquery,
                    // so that the index is walked from it.
                    beyond = """
                        SELECT h.*, false AS wrapped FROM start s CROSS JOIN LATERAL (
                            SELECT \(columns) FROM candidates\(Self.where(scope, filter, and: "\(condition) AND \(keyset.beyond(op, key: "s.k", id: "s.i"))"))
                            \(walkOrder)) h
                        """
                    let all = Self.where(scope, filter, and: condition)
                    fromEnd = {
                        "SELECT \(columns), \($0) AS wrapped FROM candidates\(all) \(walkOrder)"
                    }
                } else {
                    hits =
                        "hits AS MATERIALIZED (SELECT \(columns) FROM candidates\(Self.where(scope, filter, and: condition))),"
                    beyond =
                        "SELECT h.*, false AS wrapped FROM hits h, start s WHERE (h.list_key, h.row_id) \(op) (s.k, s.i) \(orderBy)"
                    fromEnd = { "SELECT *, \($0) AS wrapped FROM hits \(orderBy)" }
                }
                let pick: String
                let startCTE: String
                if let start {
                    startCTE =
                        "start AS (SELECT \(key) AS k, id AS i FROM candidates WHERE application_id = \(statement.bind(start.rawValue))),"
                    // The first branch's row if it has one, else the other end's: wrapped, if
                    // the start was in the list at all.
                    pick =
                        "(\(beyond)) UNION ALL (\(fromEnd("EXISTS (SELECT FROM start)"))) LIMIT 1"
                } else {
                    startCTE = ""
                    pick = fromEnd("false")
                }
                let before = keyset.beyond("<", key: "pick.list_key", id: "pick.row_id")
                statement.sql = """
                    WITH \(hits)\(startCTE) pick AS (\(pick))
                    SELECT pick.hit_id, pick.wrapped,
                        (SELECT count(*) FROM candidates\(Self.where(scope, filter, and: before)))
                    FROM pick
                    """
                // Refused now though not a moment ago: blind mode came on in between.
                guard let found = try session.rowsUnlessWithheld(statement.query) else {
                    return .blindModeOn
                }
                guard let row = found.first else { return .read(nil) }
                let (hitID, wrapped, position) = try row.decode((String, Bool, Int64).self)
                return .read(
                    SearchHit(
                        applicationID: ApplicationID(hitID), position: Int(position),
                        matches: min(Int(counted), SearchHit.countLimit),
                        isCountCapped: counted > SearchHit.countLimit, wrapped: wrapped))
            }
        }
    }

    /// The keyset of a list in its own order: its key, then the row id, unless the key is the
    /// application id, which is unique, so that it alone orders the list and its own index
    /// answers alone (an index-only count of the rows before a position, no heap).
    struct ListKeyset {
        let key: String

        init(_ order: CandidateOrder) {
            key = order == .name ? "name_key" : "application_id"
        }

        var unique: Bool { key == "application_id" }

        func order(descending: Bool) -> String {
            let direction = descending ? " DESC" : ""
            return unique ? "\(key)\(direction)" : "\(key)\(direction), id\(direction)"
        }

        /// The rows beyond a key (and row id) in the direction of `op` (`<`, `<=`, `>`, `>=`).
        func beyond(_ op: String, key k: String, id i: String) -> String {
            unique ? "\(key) \(op) \(k)" : "(\(key), id) \(op) (\(k), \(i))"
        }
    }

    extension PostgresSession {
        /// The rows of a statement, or nil when the server refused it for want of privilege
        /// (insufficient_privilege: in blind mode, the names' columns).
        func rowsUnlessWithheld(_ query: PostgresQuery) throws -> [PostgresRow]? {
            // A closed connection is said as `rows` says it.
            guard !connection.isClosed else { return try rows(query) }
            do {
                return Array(try connection.query(query, logger: PostgresStore.logger).wait().rows)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42501" {
                return nil
            } catch {
                throw PostgresStore.failure(error, at: location)
            }
        }
    }
#endif
