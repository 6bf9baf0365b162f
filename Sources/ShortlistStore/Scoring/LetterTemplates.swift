import Foundation
import GRDB
import ShortlistCore

/// The stored invitation letter template (docs/exports.md "Invitation letters").
enum LetterTemplates {
    static let migration = "v13-letter-template"
}

extension SQLiteStore {
    /// The secretary's letter text, or nil for the built-in one.
    public func letterTemplate() throws -> String? {
        try read { db in
            guard try db.tableExists("letter_template") else { return nil }
            return try String.fetchOne(db, sql: "SELECT text FROM letter_template WHERE id = 1")
        }
    }

    /// Replaces the letter text (chair, secretary: those who invite); nil goes back to the
    /// built-in text. Allowed after adoption and after finalising: it is no part of the grid.
    public func setLetterTemplate(_ text: String?, by actor: Actor) throws {
        try audited(actor, .invite, action: "invitation.template") { db, audit in
            let was = try String.fetchOne(db, sql: "SELECT text FROM letter_template WHERE id = 1")
            if let text {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO letter_template(id, text, changed_by, changed_at)
                        VALUES (1, ?, ?, ?)
                        """, arguments: [text, actor.name, now()])
            } else {
                try db.execute(sql: "DELETE FROM letter_template")
            }
            return (
                (), was.map { ["text": audit.digest($0)] },
                ["text": text.map { audit.digest($0) } ?? "built-in"]
            )
        }
    }
}
