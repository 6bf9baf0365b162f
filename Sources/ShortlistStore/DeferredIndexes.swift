import GRDB

/// The secondary indexes of the tables a load fills, set aside while the load writes into
/// empty tables and built again at its end: one `CREATE INDEX` over the finished table sorts
/// once, where keeping them row by row searches and splits pages for every record.
///
/// Both halves run inside the load's transaction, so a load that fails or is stopped rolls
/// the indexes back with the rows and leaves the schema as it was.
struct DeferredIndexes {
    /// The tables a load of candidates writes.
    static let tables = ["candidates", "eligibility", "evidence"]
    /// The import's own lookups use these while it writes: they stay.
    static let kept: Set<String> = ["candidates_by_id_nocase"]

    /// The statements that build the dropped indexes again, exactly as the schema wrote them.
    private var creations: [String]

    /// Drops the secondary indexes when every table is empty; otherwise keeps them (keeping
    /// an index over rows already stored is cheaper than building it again from all of them).
    static func setAside(_ db: Database) throws -> DeferredIndexes {
        for table in tables {
            let filled = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))")
            if filled ?? false { return DeferredIndexes(creations: []) }
        }
        // Indexes without `sql` back a UNIQUE or PRIMARY KEY constraint and cannot be dropped.
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables.map { "'\($0)'" }.joined(separator: ", ")))
                ORDER BY name
                """)
        var creations: [String] = []
        for row in rows {
            let name: String = row[0]
            guard !kept.contains(name) else { continue }
            creations.append(row[1])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return DeferredIndexes(creations: creations)
    }

    /// Whether nothing was set aside (the tables held rows).
    var isEmpty: Bool { creations.isEmpty }

    /// Builds the indexes set aside again. Calling it twice builds nothing more.
    mutating func restore(_ db: Database) throws {
        for sql in creations { try db.execute(sql: sql) }
        creations = []
    }
}
