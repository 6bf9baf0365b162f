#if Postgres
    import Foundation
    import GRDB

    /// The SQLite panel a migration moves, opened read-only and checked before anything is
    /// written on the server: its schema is this version's, it is a panel (not an offline
    /// copy), and its audit trail verifies.
    struct MigrationSource {
        let store: SQLiteStore
        let blindMode: Bool

        init(file: URL) throws {
            let store = try SQLiteStore.open(at: file, readOnly: true)
            do {
                let (complete, copyKeys, blind) = try store.read { db in
                    (
                        try Schema.migrator.hasCompletedMigrations(db),
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM note_copy_key") ?? 0,
                        try String.fetchOne(
                            db, sql: "SELECT value FROM meta WHERE key = 'blind_mode'") == "on"
                    )
                }
                guard complete else {
                    throw StoreError.invalid(
                        "\(file.path) was last opened by an older shortlist: open it once with this one (e.g. `shortlist audit verify --db \(file.path)`), which brings its schema up to date, then migrate"
                    )
                }
                guard copyKeys == 0 else {
                    throw StoreError.invalid(
                        "\(file.path) is an offline notes copy, not a panel: merge it into its panel (`shortlist notes merge`) and move the panel"
                    )
                }
                let verification = try store.verifyAuditTrail()
                if let problem = verification.firstProblem {
                    throw StoreError.invalid(
                        "the audit trail of \(file.path) does not verify (entry \(problem.seq): \(problem.reason)); nothing was moved: a panel moves with a trail that holds"
                    )
                }
                self.store = store
                blindMode = blind
            } catch {
                // The refusal matters more than a failed goodbye to a read-only file.
                try? store.close()
                throw error
            }
        }

        func roster() throws -> [MigrationLogins.Entry] {
            try store.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT name, role, login, removed_at FROM panel ORDER BY added_at, name"
                ).map {
                    MigrationLogins.Entry(
                        name: $0[0], role: $0[1], login: $0[2],
                        removed: ($0[3] as String?) != nil)
                }
            }
        }

        /// Reads in one snapshot: a write during the move is either all in it or not at all.
        func read<T>(_ body: (Database) throws -> T) throws -> T {
            try store.read(body)
        }

        func close() {
            try? store.close()  // read-only: nothing to checkpoint, nothing lost
        }
    }
#endif
