#if Postgres
    import Foundation
    import GRDB
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// The server's tables (Postgres/ServerSchemaTables.swift) mirror Schema.swift by hand:
    /// a column added to one and not the other is a panel that cannot move between engines.
    /// Every table and column of a fresh SQLite file must stand on a fresh server panel, and
    /// the other way round, but for the differences spelled out here.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerSchemaAgreementTests {
        let folder = TemporaryDirectory()

        /// SQLite's own: GRDB's record of migrations (a server is set up whole by `shortlist
        /// server setup`), and the FTS5 indexes with their shadow tables (PostgreSQL keeps a
        /// tsvector column on the indexed table instead).
        static let sqliteOnlyTables: Set<String> = [
            "grdb_migrations",
            "name_index", "name_index_config", "name_index_data", "name_index_docsize",
            "name_index_idx",
            // The texts' index keeps no document sizes (`columnsize=0`): no docsize table.
            "text_index", "text_index_config", "text_index_data", "text_index_idx",
        ]

        /// The server's own: the stored search vectors that stand for SQLite's FTS5 indexes,
        /// and what a first load into an empty panel dropped (SQLite builds its indexes after a
        /// load without a table for it).
        static let serverOnlyColumns: Set<String> = [
            "candidates.name_vector", "candidate_texts.text_vector",
            "load_deferred.name", "load_deferred.table_name", "load_deferred.kind",
            "load_deferred.definition",
        ]

        /// `table.column` of every table in a fresh SQLite file.
        func sqliteColumns() throws -> Set<String> {
            let url = folder.file("fresh.db")
            _ = try SQLiteStore.create(at: url, .createdBy("secretary", login: nil))
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            return try queue.read { db in
                Set(
                    try String.fetchAll(
                        db,
                        sql: """
                            SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p
                            WHERE m.type = 'table'
                            """))
            }
        }

        /// `table.column` of every table (not view) in schema `shortlist` of a fresh panel.
        func serverColumns() throws -> Set<String> {
            let panel = try ServerPanel()
            let rows = try panel.admin(
                """
                SELECT c.table_name || '.' || c.column_name
                FROM information_schema.columns c JOIN information_schema.tables t
                  USING (table_schema, table_name)
                WHERE c.table_schema = 'shortlist' AND t.table_type = 'BASE TABLE'
                """
            ).rows
            return Set(rows.compactMap(\.first))
        }

        static func table(_ column: String) -> String {
            String(column.prefix { $0 != "." })
        }

        @Test func everyTableAndColumnStandsOnBothEngines() throws {
            let sqlite = try sqliteColumns().filter {
                !Self.sqliteOnlyTables.contains(Self.table($0))
            }
            let server = try serverColumns().subtracting(Self.serverOnlyColumns)
            #expect(sqlite.count > 150, "the SQLite schema was not read: \(sqlite.count) columns")
            let missingOnServer = sqlite.subtracting(server).sorted()
            let missingInSQLite = server.subtracting(sqlite).sorted()
            #expect(
                missingOnServer.isEmpty,
                "in Schema.swift, not on the server (ServerSchemaTables.swift): \(missingOnServer)")
            #expect(
                missingInSQLite.isEmpty,
                "on the server, not in Schema.swift: \(missingInSQLite)")
        }

        /// The differences allowed are real ones: an entry that no longer differs (an index
        /// dropped, a vector column renamed) must leave the list, not hide a new difference.
        @Test func everyDeliberateDifferenceStillDiffers() throws {
            let sqlite = try sqliteColumns()
            let sqliteTables = Set(sqlite.map(Self.table))
            let server = try serverColumns()
            let serverTables = Set(server.map(Self.table))
            for table in Self.sqliteOnlyTables.sorted() {
                #expect(sqliteTables.contains(table), "\(table) is not in a fresh SQLite file")
                #expect(!serverTables.contains(table), "\(table) is on the server too")
            }
            for column in Self.serverOnlyColumns.sorted() {
                #expect(server.contains(column), "\(column) is not on the server")
                #expect(!sqlite.contains(column), "\(column) is in a fresh SQLite file too")
            }
        }
    }
#endif
