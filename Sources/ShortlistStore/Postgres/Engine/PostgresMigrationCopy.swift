#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO

    /// The panel's tables copied row by row as they are, each value converted to its server
    /// column's type (SQLite's 0/1 flags to booleans, blobs to bytea); the names' full-text
    /// vector is the server's to compute, the texts' the store's. Written by the administrator, so neither row-level security
    /// nor the roster's trigger stands in the way of a verbatim copy.
    struct MigrationCopy {
        let session: PostgresSession

        /// The order keeps every reference satisfied as rows arrive.
        static let order = [
            "meta", "panel", "candidates", "candidate_texts", "imports", "conflicts",
            "call_profile", "profile_criteria", "profile_scoring", "eligibility", "overrides",
            "evidence", "screening", "screening_notes", "invitations", "scorecards",
            "scorecard_marks", "excusals", "note_versions", "note_supersedes", "note_tags",
            "saved_filters", "ranking_finalisation", "note_copies", "declarations",
            "letter_template", "recruitment_checks",
        ]
        /// Moved by `MigrationTrail`, or never: the schema's bookkeeping, and an offline
        /// copy's private key (a server never holds one; `MigrationSource` refuses a copy).
        static let notCopied: Set<String> = [
            "audit", "audit_values", "audit_head", "note_copy_key", "grdb_migrations",
        ]

        /// The largest statement's bound values: the protocol allows 65,535.
        static let valuesPerStatement = 20_000

        /// Copies every table; returns the rows moved per table.
        func tables(
            from db: Database, logins: [MigrationLogins.Binding], shouldStop: () -> Bool,
            progress: (String) -> Void
        ) throws -> [PostgresMigration.Summary.Moved] {
            let present = try Self.sourceTables(db)
            if let stray = present.subtracting(Self.order).subtracting(Self.notCopied).sorted()
                .first
            {
                throw StoreError.invalid(
                    "the panel has a table “\(stray)” this version of migrate does not know how to move"
                )
            }
            let login = Dictionary(uniqueKeysWithValues: logins.map { ($0.entry, $0.role) })
            var moved: [PostgresMigration.Summary.Moved] = []
            for table in Self.order where present.contains(table) {
                let rows = try copy(
                    table, from: db, login: login, shouldStop: shouldStop, progress: progress)
                moved.append(.init(table: table, rows: rows))
            }
            return moved
        }

        /// Ordinary tables, without SQLite's own and the full-text indexes' shadow tables.
        static func sourceTables(_ db: Database) throws -> Set<String> {
            let virtual = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
            let all = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
            return Set(
                all.filter { name in
                    !virtual.contains(name) && !virtual.contains { name.hasPrefix($0 + "_") }
                })
        }

        private func copy(
            _ table: String, from db: Database, login: [String: String],
            shouldStop: () -> Bool, progress: (String) -> Void
        ) throws -> Int {
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map {
                $0["name"] as String
            }
            let types = try serverTypes(of: table)
            for column in columns where types[column] == nil {
                throw StoreError.invalid(
                    "the server's table \(table) has no column \(column): was it set up by an older shortlist?"
                )
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
            let perStatement = max(1, min(1_000, Self.valuesPerStatement / max(1, columns.count)))
            let loginColumn = table == "panel" ? columns.firstIndex(of: "login") : nil
            let nameColumn = table == "panel" ? columns.firstIndex(of: "name") : nil
            let quoted = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(quoted) FROM \"\(table)\"")
            // The texts' search vector is the store's to build (PostgresTextVector), not SQLite's.
            let texts =
                table == "candidate_texts"
                ? columns.firstIndex(of: "cv_text").flatMap { cv in
                    columns.firstIndex(of: "motivation").map { (cv: cv, motivation: $0) }
                } : nil
            let target = texts == nil ? quoted : quoted + ", \"text_vector\""
            var batch: [[DatabaseValue]] = []
            var done = 0
            func flush() throws {
                guard !batch.isEmpty else { return }
                if shouldStop() { throw PostgresMigration.Stopped() }
                var binds = PostgresBindings()
                var tuples: [String] = []
                for row in batch {
                    var places: [String] = []
                    for (index, value) in row.enumerated() {
                        try Self.bind(
                            value, as: types[columns[index]] ?? "text", into: &binds,
                            at: "\(table).\(columns[index])")
                        places.append("$\(binds.count)")
                    }
                    if let texts {
                        binds.append(
                            PostgresTextVector.text(
                                cv: String.fromDatabaseValue(row[texts.cv]) ?? "",
                                motivation: String.fromDatabaseValue(row[texts.motivation]) ?? ""))
                        places.append("$\(binds.count)::tsvector")
                    }
                    tuples.append("(" + places.joined(separator: ", ") + ")")
                }
                try session.execute(
                    PostgresQuery(
                        unsafeSQL:
                            "INSERT INTO shortlist.\"\(table)\" (\(target)) VALUES "
                            + tuples.joined(separator: ", "), binds: binds))
                done += batch.count
                batch.removeAll(keepingCapacity: true)
                progress("moving \(table): \(done)/\(total)")
            }
            while let row = try cursor.next() {
                var values = columns.indices.map { row[$0] as DatabaseValue }
                // On the server a login is a role: the one the migration bound, none when removed.
                if let loginColumn, let nameColumn,
                    let name = String.fromDatabaseValue(
                        values[nameColumn])
                {
                    values[loginColumn] = login[name]?.databaseValue ?? .null
                }
                batch.append(values)
                if batch.count == perStatement { try flush() }
            }
            try flush()
            return done
        }

        /// The server's columns a value can be written to (the generated vectors are not).
        private func serverTypes(of table: String) throws -> [String: String] {
            var types: [String: String] = [:]
            for row in try session.rows(
                """
                SELECT column_name::text, data_type::text FROM information_schema.columns
                WHERE table_schema = 'shortlist' AND table_name = \(table) AND is_generated = 'NEVER'
                """)
            {
                let (name, type) = try row.decode((String, String).self)
                types[name] = type
            }
            guard !types.isEmpty else {
                throw StoreError.invalid(
                    "the server has no table shortlist.\(table): was it set up by an older shortlist?"
                )
            }
            return types
        }

        /// One SQLite value as the server column's type; SQLite's loose typing is held to it.
        static func bind(
            _ value: DatabaseValue, as type: String, into binds: inout PostgresBindings,
            at place: String
        ) throws {
            func mismatch() -> StoreError {
                .invalid("\(place) holds \(value), which is not a \(type): nothing was moved")
            }
            switch value.storage {
            case .null:
                binds.appendNull()
            case .int64(let number):
                switch type {
                case "boolean": binds.append(number != 0)
                case "bigint", "integer": binds.append(number)
                case "double precision": binds.append(Double(number))
                case "text": binds.append(String(number))
                default: throw mismatch()
                }
            case .double(let number):
                switch type {
                case "double precision": binds.append(number)
                case "bigint", "integer":
                    guard let exact = Int64(exactly: number) else { throw mismatch() }
                    binds.append(exact)
                case "text": binds.append(String(number))
                default: throw mismatch()
                }
            case .string(let text):
                switch type {
                case "text": binds.append(text)
                case "boolean":
                    guard text == "0" || text == "1" else { throw mismatch() }
                    binds.append(text == "1")
                case "bigint", "integer":
                    guard let number = Int64(text) else { throw mismatch() }
                    binds.append(number)
                case "double precision":
                    guard let number = Double(text) else { throw mismatch() }
                    binds.append(number)
                case "bytea": binds.append(ByteBuffer(string: text))
                default: throw mismatch()
                }
            case .blob(let data):
                switch type {
                case "bytea": binds.append(ByteBuffer(bytes: data))
                case "text":
                    guard let text = String(data: data, encoding: .utf8) else { throw mismatch() }
                    binds.append(text)
                default: throw mismatch()
                }
            }
        }

        /// Every table holds on the server exactly the rows that were moved into it.
        static func compareCounts(
            _ moved: [PostgresMigration.Summary.Moved], _ session: PostgresSession
        ) throws {
            for item in moved {
                // The server's own row (its schema version) is not the panel's.
                let filter = item.table == "meta" ? " WHERE key <> 'server_schema'" : ""
                let count =
                    try session.value(
                        PostgresQuery(
                            unsafeSQL: "SELECT count(*) FROM shortlist.\"\(item.table)\"" + filter),
                        as: Int64.self) ?? -1
                guard count == Int64(item.rows) else {
                    throw StoreError.invalid(
                        "the server holds \(count) rows of \(item.table) where \(item.rows) were moved; nothing was changed"
                    )
                }
            }
        }
    }
#endif
