#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// CandidateFiltering on PostgreSQL: the shared `FilterCompiler` in PostgreSQL's dialect,
    /// name search through the `name_vector` tsvector, saved filters audited through
    /// `audit_append`.
    extension PostgresStore: CandidateFiltering {
        /// Words folded as `name_search` is and matched as prefixes ("παπαδ" finds
        /// "Παπαδόπουλος", "muller" finds "Müller", "papad" its transliteration). In blind mode
        /// only application ids are searched: the server withholds the names' vector.
        public func searchNames(_ query: String, limit: Int) throws -> [ApplicationID] {
            let words = SearchFolding.fold(query).split(whereSeparator: {
                !$0.isLetter && !$0.isNumber
            })
            guard !words.isEmpty else { return [] }
            let tsquery = PostgresTextQuery.namePrefixes(words)
            return try transaction { session in
                let withheld = try databaseIsBlind(session)
                var statement = PostgresStatement()
                let condition =
                    withheld || blindViewer
                    ? Self.idCondition(words.map(String.init), &statement)
                    : "name_vector @@ to_tsquery('simple', \(statement.bind(tsquery)))"
                statement.sql = """
                    SELECT application_id FROM candidates WHERE \(condition)
                    ORDER BY \(withheld ? "application_id" : "name_key"), id LIMIT \(statement.bind(limit))
                    """
                return try session.rows(statement.query).map {
                    ApplicationID(try $0.decode(String.self))
                }
            }
        }

        /// Every word a prefix of a word of the application id, as FTS5 tokenises it: when
        /// blind mode withholds the names' vector, the id is all there is to search.
        static func idCondition(_ words: [String], _ statement: inout PostgresStatement)
            -> String
        {
            words.map {
                "lower(application_id) ~ \(statement.bind("(^|[^[:alnum:]])" + $0))"
            }.joined(separator: " AND ")
        }

        public func compile(_ expression: FilterExpression, for viewer: Actor) throws
            -> CompiledFilter
        {
            try transaction { session in
                try compile(expression, for: viewer, blind: try blinds(session), session)
            }
        }

        func compile(
            _ expression: FilterExpression, for viewer: Actor, blind: Bool,
            _ session: PostgresSession
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
            var context = FilterContext(
                criteria: try criteria(session), dialect: PostgresFilterDialect())
            if expression.conditions.contains(where: \.readsScores) {
                try resolveScores(&context, for: viewer, session)
            }
            for condition in expression.conditions {
                guard case .text(let query) = condition,
                    let match = PostgresTextQuery.tsquery(query), context.textMatches[match] == nil
                else { continue }
                // Looked up once, as SQLite's compiler does: a page, its position and its
                // count all read the same filter.
                context.textMatches[match] = try session.rows(
                    "SELECT candidate_id FROM candidate_texts WHERE text_vector @@ \(match)::tsquery ORDER BY 1"
                ).map { try $0.decode(Int64.self) }
            }
            let (sql, values) = try FilterSQL.compile(expression, context)
            context.counting = true
            let (countSQL, _) = try FilterSQL.compile(expression, context)
            return CompiledFilter(
                expression: expression, sql: sql, values: values, countSQL: countSQL)
        }

        /// Totals and means as the viewer may see them, read as `ranking(for:)` reads them:
        /// what the server's row policies let this connection SELECT, and for the secretary and
        /// reviewers the means of `combined_results()`. A sealed candidate is absent, so it
        /// never matches, as on SQLite. Only the connected person's view can be read: for
        /// anyone else (nobody acting, a visitor) every score is sealed.
        func resolveScores(
            _ context: inout FilterContext, for viewer: Actor, _ session: PostgresSession
        ) throws {
            guard let acting, viewer.name == acting.name, let scheme = try Self.scheme(session)
            else { return }
            for data in try PostgresScoringData.load(session, viewer: viewer).values {
                guard
                    let result = PostgresScoringData.result(
                        data, scheme, role: viewer.role ?? acting.role
                    ).value
                else { continue }
                if let total = result.total { context.totals[data.rowID] = total }
                var means: [CriterionID: Double] = [:]
                for criterion in result.criteria {
                    if let mean = criterion.mean { means[criterion.criterion] = mean }
                }
                context.means[data.rowID] = means
            }
        }

        public func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
            try compile(FilterParser.parse(text), for: viewer)
        }

        public func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
            try compile(text, for: viewer ?? Actor(name: "", member: nil))
        }

        /// Read a thousand rows at a time in one snapshot, never the whole list at once.
        public func forEachCandidate(
            filter: CompiledFilter?, sort: [SortKey], limit: Int?,
            _ body: (CandidateSummary) throws -> Void
        ) throws {
            try withSession { session in
                try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                do {
                    let withheld = try databaseIsBlind(session)
                    let blind = withheld || blindViewer
                    let criteria = try criteria(session)
                    var offset = 0
                    let chunk = 1000
                    reading: while true {
                        let take = limit.map { min(chunk, $0 - offset) } ?? chunk
                        guard take > 0 else { break }
                        var statement = PostgresStatement(filter)
                        let l = statement.bind(take)
                        statement.sql =
                            "\(PostgresCandidateColumns.summarySelect(blind: withheld))\(filter.map { " WHERE \($0.sql)" } ?? "") ORDER BY \(Self.orderBy(sort, withheld: withheld)) LIMIT \(l) OFFSET \(statement.bind(offset))"
                        let rows = try session.rows(statement.query)
                        for row in rows {
                            try body(
                                try PostgresCandidateColumns.summary(
                                    row, criteria: criteria, blind: blind))
                        }
                        offset += rows.count
                        if rows.count < take { break reading }
                    }
                    try session.execute("COMMIT")
                } catch {
                    // The error that stopped the reading is the one to tell.
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }

        public func candidateCount(filter: CompiledFilter?) throws -> Int {
            try candidateCount(scope: .all, filter: filter)
        }

        public func savedFilters() throws -> [SavedFilter] {
            try withSession { session in
                try session.rows(
                    "SELECT name, expression, saved_by, saved_at FROM saved_filters ORDER BY name"
                ).map {
                    let (name, expression, savedBy, savedAt) = try $0.decode(
                        (String, String, String, String).self)
                    return SavedFilter(
                        name: name, expression: expression, savedBy: savedBy, savedAt: savedAt)
                }
            }
        }

        public func savedFilter(named name: String) throws -> SavedFilter? {
            try savedFilters().first { $0.name == name }
        }

        /// As SQLite's: the name and the expression must be valid and fit the profile; the
        /// trail holds their salted digests.
        public func saveFilter(name: String, expression: String, by actor: Actor) throws {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard FilterNames.isValid(name) else {
                throw StoreError.invalid(
                    "a filter name is letters, digits, - and _ (at most 40), not “\(name)”")
            }
            guard !FilterNames.reserved.contains(name.lowercased()) else {
                throw StoreError.invalid(
                    "“\(name)” is a word of :filter itself (save, list, delete, clear): choose another name"
                )
            }
            let parsed = try FilterParser.parse(expression)
            try requireActing(actor)
            let at = Timestamp(
                secondsSinceEpoch: Int64(clock().timeIntervalSince1970.rounded(.down))
            ).description
            try transaction { session in
                _ = try compile(parsed, for: actor, blind: try blinds(session), session)
                let before = try session.value(
                    "SELECT expression FROM saved_filters WHERE name = \(name)", as: String.self)
                try session.execute(
                    """
                    INSERT INTO saved_filters (name, expression, saved_by, saved_at)
                    VALUES (\(name), \(expression), \(actor.name), \(at))
                    ON CONFLICT (name) DO UPDATE SET expression = excluded.expression,
                        saved_by = excluded.saved_by, saved_at = excluded.saved_at
                    """)
                let audit = PostgresAuditAppend(session)
                let replaced = before.map {
                    ["name": audit.digest(reason: name), "expression": audit.digest($0)]
                }
                try audit.append(
                    action: "filter.save", before: replaced,
                    after: [
                        "name": audit.digest(reason: name), "expression": audit.digest(expression),
                    ])
            }
        }

        public func deleteFilter(name: String, by actor: Actor) throws {
            try requireActing(actor)
            try transaction { session in
                guard
                    let before = try session.value(
                        "SELECT expression FROM saved_filters WHERE name = \(name)", as: String.self
                    )
                else { throw StoreError.invalid("no saved filter named “\(name)”") }
                try session.execute("DELETE FROM saved_filters WHERE name = \(name)")
                let audit = PostgresAuditAppend(session)
                try audit.append(
                    action: "filter.delete",
                    before: [
                        "name": audit.digest(reason: name), "expression": audit.digest(before),
                    ])
            }
        }
    }
#endif
