import GRDB

/// Keeps the external-content FTS5 indexes in step with their tables. There are no
/// triggers: a bulk load rebuilds the indexes once; a small change adds and removes the
/// entries of the rows it touched.
enum SearchIndexes {
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO name_index(name_index) VALUES('rebuild')")
        try db.execute(sql: "INSERT INTO text_index(text_index) VALUES('rebuild')")
    }

    /// Removes a row's entries while the row still holds the values they were made from.
    static func removeEntries(of rowID: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO name_index(name_index, rowid, application_id, surname, given_names, name_search, name_latin)
                SELECT 'delete', id, application_id, surname, given_names, name_search, name_latin
                FROM candidates WHERE id = ?
                """, arguments: [rowID])
        try db.execute(
            sql: """
                INSERT INTO text_index(text_index, rowid, cv_text, motivation)
                SELECT 'delete', candidate_id, cv_text, motivation
                FROM candidate_texts WHERE candidate_id = ?
                """, arguments: [rowID])
    }

    /// Adds the entries of rows inserted or changed; when they are many, one rebuild is
    /// faster than adding them one by one.
    static func catchUp(changed rowIDs: [Int64], rowsBefore: Int, in db: Database) throws {
        guard !rowIDs.isEmpty else { return }
        if rowIDs.count > 2_000 && rowIDs.count * 5 > rowsBefore {
            try rebuild(db)
            return
        }
        let addName = try db.makeStatement(
            sql: """
                INSERT INTO name_index(rowid, application_id, surname, given_names, name_search, name_latin)
                SELECT id, application_id, surname, given_names, name_search, name_latin FROM candidates WHERE id = ?
                """)
        let addText = try db.makeStatement(
            sql: """
                INSERT INTO text_index(rowid, cv_text, motivation)
                SELECT candidate_id, cv_text, motivation FROM candidate_texts WHERE candidate_id = ?
                """)
        for rowID in rowIDs {
            try addName.execute(arguments: [rowID])
            try addText.execute(arguments: [rowID])
        }
    }
}
