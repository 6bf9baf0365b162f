#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// New candidates for a server, written a few hundred rows to a statement with every value
    /// bound: one round trip per batch rather than per row. Row ids are the store's (the
    /// server's table has no sequence), taken after locking the table against other writers.
    final class PostgresCandidateWriter {
        /// 29 bound values a row: well under the protocol's 65,535 a statement.
        static let batchSize = 500

        private let session: PostgresSession
        private var nextID: Int64
        private var pending:
            [(id: Int64, prepared: PreparedCandidate, importNumber: Int?, line: Int?)] = []

        init(_ session: PostgresSession) throws {
            self.session = session
            // Another writer's rows would take the same ids: readers go on, writers wait.
            try session.execute("LOCK TABLE candidates IN SHARE ROW EXCLUSIVE MODE")
            nextID =
                (try session.value("SELECT COALESCE(max(id), 0) FROM candidates", as: Int64.self)
                    ?? 0) + 1
        }

        /// Queues a candidate and returns the id its row will have.
        @discardableResult
        func add(_ prepared: PreparedCandidate, line: Int? = nil, importNumber: Int? = nil)
            throws -> Int64
        {
            let id = nextID
            nextID += 1
            pending.append((id, prepared, importNumber, line))
            if pending.count >= Self.batchSize { try flush() }
            return id
        }

        /// One row's 29 placeholders, each cast to its column's type: a column that is NULL
        /// in every row of a batch would otherwise be typed as text.
        static func castPlaceholders(from first: Int) -> String {
            let types =
                [PostgresCandidateColumns.ColumnType.bigint]
                + PostgresCandidateColumns.valueTypes + [.integer, .integer]
            return types.enumerated().map { "$\(first + $0)::\($1.name)" }
                .joined(separator: ", ")
        }

        func flush() throws {
            guard !pending.isEmpty else { return }
            defer { pending.removeAll(keepingCapacity: true) }
            var bindings = PostgresBindings(capacity: pending.count * 29)
            var rows: [String] = []
            var next = 1
            func placeholders(_ count: Int) -> String {
                defer { next += count }
                return (next..<(next + count)).map { "$\($0)" }.joined(separator: ", ")
            }
            for row in pending {
                bindings.append(row.id)
                PostgresCandidateColumns.bind(row.prepared, into: &bindings)
                if let importNumber = row.importNumber {
                    bindings.append(Int32(clamping: importNumber))
                } else {
                    bindings.appendNull()
                }
                if let line = row.line {
                    bindings.append(Int32(clamping: line))
                } else {
                    bindings.appendNull()
                }
                rows.append("(" + Self.castPlaceholders(from: next) + ")")
                next += 29
            }
            try session.execute(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO candidates (id, \(PostgresCandidateColumns.valueColumns), import_number, import_line)
                        VALUES \(rows.joined(separator: ", "))
                        """, binds: bindings))
            var texts = PostgresBindings(capacity: pending.count * 3)
            var textRows: [String] = []
            next = 1
            for row in pending {
                texts.append(row.id)
                texts.append(row.prepared.cvText)
                texts.append(row.prepared.motivation)
                textRows.append("(" + placeholders(3) + ")")
            }
            try session.execute(
                PostgresQuery(
                    unsafeSQL:
                        "INSERT INTO candidate_texts (candidate_id, cv_text, motivation) VALUES \(textRows.joined(separator: ", "))",
                    binds: texts))
            for row in pending {
                if let rows = row.prepared.assessmentRows {
                    try PostgresAssessmentRows.write(rows, for: row.id, isNew: true, session)
                }
            }
        }
    }
#endif
