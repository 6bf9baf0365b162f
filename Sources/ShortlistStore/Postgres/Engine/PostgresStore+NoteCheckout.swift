#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO
    import ShortlistCore

    extension PostgresStore {
        /// A reviewer's offline copy of a server panel (`NoteCopyFile`, shared with SQLite): one
        /// REPEATABLE READ transaction reads what the actor's own connection may (row policies
        /// and column grants decide, so in blind mode the names never reach the file), fills the
        /// new SQLite file from it, then records the copy's public key through the server's
        /// `record_note_copy`, which takes the owner from the connected role and audits. The
        /// copy's roster keeps no logins: a server role is not a login on the reviewer's machine,
        /// and the merge accepts only the owner's own versions whoever acted in the copy.
        @discardableResult
        public func checkoutCopy(to url: URL, by actor: Actor) throws -> NoteCheckout {
            var made = false
            do {
                return try transaction { session in
                    made = false
                    try session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    try authorise(.annotate, actor, in: session)
                    let family =
                        try session.value(
                            "SELECT value FROM meta WHERE key = 'database_id'", as: String.self)
                        ?? ""
                    let roster = try session.rows(
                        "SELECT name, display_name, role, NULL::text FROM panel WHERE removed_at IS NULL ORDER BY name COLLATE \"C\""
                    ).map(Self.member)
                    let result = try NoteCopyFile.make(
                        at: url, roster: roster, family: family, by: actor, clock: clock,
                        fill: { db in try ServerCopyReader(session: session).fill(db) },
                        record: { result in
                            _ = try session.value(
                                "SELECT record_note_copy(\(result.copyDatabaseID), \(result.publicKey))",
                                as: String.self)
                        })
                    made = true
                    return result
                }
            } catch {
                // Recorded but not committed: the file names a copy the server does not know.
                if made { NoteCopyFile.remove(url) }
                throw error
            }
        }
    }

    /// The copy's tables read on the actor's own connection: each column the copy has that the
    /// connection may read, as text, converted back to SQLite's values by the server column's
    /// type. A column the connection may not read (the names in blind mode) stays empty in the
    /// copy, and the copy's meta `copy_withheld` names it.
    struct ServerCopyReader {
        let session: PostgresSession

        static let batch = 1_000

        func fill(_ db: Database) throws {
            var withheld: [String] = []
            for table in NoteCopyFile.tables {
                withheld += try copy(table, into: db)
            }
            for row in try session.rows(
                "SELECT key, value FROM meta WHERE key = ANY(\(NoteCopyFile.metaKeys))")
            {
                let (key, value) = try row.decode((String, String).self)
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    arguments: [key, value])
            }
            if !withheld.isEmpty {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('copy_withheld', ?)",
                    arguments: [withheld.joined(separator: ",")])
            }
        }

        /// Copies one table; returns the `table.column` names it had to leave empty.
        private func copy(_ table: String, into db: Database) throws -> [String] {
            let readable = try readableColumns(of: table)
            var columns: [(name: String, type: String)] = []
            var withheld: [String] = []
            var fillers: [(name: String, value: DatabaseValue)] = []
            for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))") {
                let name: String = row["name"]
                if let type = readable[name] {
                    columns.append((name, type))
                    continue
                }
                withheld.append("\(table).\(name)")
                // A column that must hold something gets an empty value of its kind.
                let required: Bool = row["notnull"]
                if required, row["dflt_value"] as DatabaseValue == .null {
                    let declared = (row["type"] as String).uppercased()
                    fillers.append(
                        (
                            name,
                            declared.contains("INT") || declared.contains("REAL")
                                ? 0.databaseValue : "".databaseValue
                        ))
                }
            }
            guard !columns.isEmpty else { return withheld }
            let names = columns.map(\.name) + fillers.map(\.name)
            let insert = try db.makeStatement(
                sql:
                    "INSERT INTO main.\(table) (\(names.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES ("
                    + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")")
            let select = columns.map { "\"\($0.name)\"::text" }.joined(separator: ", ")
            try session.execute(
                PostgresQuery(
                    unsafeSQL:
                        "DECLARE copy_rows NO SCROLL CURSOR FOR SELECT \(select) FROM shortlist.\"\(table)\""
                ))
            while true {
                let rows = try session.rows(
                    PostgresQuery(unsafeSQL: "FETCH FORWARD \(Self.batch) FROM copy_rows"))
                for row in rows {
                    var values: [DatabaseValue] = []
                    for (index, cell) in row.enumerated() {
                        values.append(
                            try Self.value(
                                cell.decode(String?.self), type: columns[index].type,
                                at: "\(table).\(columns[index].name)"))
                    }
                    try insert.execute(arguments: StatementArguments(values + fillers.map(\.value)))
                }
                if rows.count < Self.batch { break }
            }
            try session.execute("CLOSE copy_rows")
            return withheld
        }

        /// The columns of `table` this connection may read, with their server types.
        private func readableColumns(of table: String) throws -> [String: String] {
            var types: [String: String] = [:]
            for row in try session.rows(
                """
                SELECT column_name::text, data_type::text FROM information_schema.columns
                WHERE table_schema = 'shortlist' AND table_name = \(table)
                  AND has_column_privilege('shortlist.' || quote_ident(table_name), column_name::text, 'SELECT')
                """)
            {
                let (name, type) = try row.decode((String, String).self)
                types[name] = type
            }
            return types
        }

        /// A server value, read as text, as SQLite holds it (no copied table has a binary
        /// column).
        static func value(_ text: String?, type: String, at place: String) throws
            -> DatabaseValue
        {
            guard let text else { return .null }
            func mismatch() -> StoreError {
                .invalid("the server's \(place) holds “\(text)”, which is not a \(type)")
            }
            switch type {
            case "boolean":
                return (text == "true" ? 1 : 0).databaseValue
            case "bigint", "integer", "smallint":
                guard let number = Int64(text) else { throw mismatch() }
                return number.databaseValue
            case "double precision", "real", "numeric":
                guard let number = Double(text) else { throw mismatch() }
                return number.databaseValue
            default:
                return text.databaseValue
            }
        }
    }

#endif
