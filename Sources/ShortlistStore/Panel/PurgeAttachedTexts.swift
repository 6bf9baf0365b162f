import Foundation
import GRDB
import ShortlistCore

/// What people wrote about a candidate is personal data as much as the application: a purge
/// erases it with the record. Marks, results and who decided what stay (they are
/// pseudonymous and the ranking rests on them); the words go.
enum PurgeAttachedTexts {
    /// What identifies the candidate in free text, read before the record is blanked.
    struct Identity {
        var applicationID: String
        var surname: String
        var givenNames: String
        var email: String?
        var castNumber: String?

        /// The words a text about someone else would hold if it named the candidate too.
        /// Shorter ones ("Li") would match inside unrelated words: the full name covers them.
        var names: [String] {
            [surname, givenNames, "\(givenNames) \(surname)", email ?? "", castNumber ?? ""]
                .filter { $0.trimmingCharacters(in: .whitespaces).count >= 4 }
        }

        /// `text` with the candidate's surname, given names, e-mail and CAST number replaced
        /// by `[erased]`, whatever their case, as whole words (a surname "Li" leaves "policy").
        func redacted(_ text: String) -> String {
            var text = text
            for name in [email, castNumber, "\(givenNames) \(surname)", surname, givenNames]
                .compactMap({ $0?.trimmingCharacters(in: .whitespaces) })
                .filter({ !$0.isEmpty })
            {
                let pattern =
                    "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name)
                    + "(?![\\p{L}\\p{N}])"
                guard
                    let expression = try? NSRegularExpression(
                        pattern: pattern, options: [.caseInsensitive])
                else { continue }
                text = expression.stringByReplacingMatches(
                    in: text, range: NSRange(text.startIndex..., in: text),
                    withTemplate: NSRegularExpression.escapedTemplate(for: "[erased]"))
            }
            return text
        }
    }

    static let erased = "[erased]"

    static func erase(
        candidate rowID: Int64, _ identity: Identity, at: String, by actor: String,
        _ db: Database
    ) throws {
        // Reasons keep their row (the decision stands), not their words.
        for table in ["overrides", "conflicts", "excusals"] {
            try db.execute(
                sql: "UPDATE \(table) SET reason = ? WHERE candidate_id = ?",
                arguments: [erased, rowID])
        }
        try db.execute(
            sql: "DELETE FROM screening_notes WHERE candidate_id = ?", arguments: [rowID])
        try db.execute(
            sql: "UPDATE scorecard_marks SET comment = '' WHERE candidate_id = ?",
            arguments: [rowID])
        try db.execute(
            sql: "UPDATE scorecards SET note = '' WHERE candidate_id = ?", arguments: [rowID])
        try eraseSavedFilters(naming: identity, db)
        try AuditValues.erase(object: identity.applicationID, at: at, by: actor, db)
        try redactMentions(of: identity, db)
    }

    /// The texts attached to other candidates keep their words, but not this one's name.
    static let mentionColumns = [
        ("overrides", "reason"), ("conflicts", "reason"), ("excusals", "reason"),
        ("screening_notes", "note"), ("scorecard_marks", "comment"), ("scorecards", "note"),
    ]

    private static func redactMentions(of identity: Identity, _ db: Database) throws {
        let redact = DatabaseFunction("shortlist_purge_redact", argumentCount: 1, pure: true) {
            guard let text = String.fromDatabaseValue($0[0]) else { return nil }
            return identity.redacted(text)
        }
        db.add(function: redact)
        defer { db.remove(function: redact) }
        for (table, column) in mentionColumns {
            try db.execute(
                sql: """
                    UPDATE \(table) SET \(column) = shortlist_purge_redact(\(column))
                    WHERE \(column) != shortlist_purge_redact(\(column))
                    """)
        }
    }

    /// Texts recorded about something else that name one of the candidates (a conflict
    /// reason about a relative, the reason of a ranking's reopening): one pass over the
    /// trail's stored texts for the whole purge, however many it erases.
    static func eraseMentions(
        of identities: [Identity], at: String, by actor: String, _ db: Database
    ) throws {
        let names = Set(identities.flatMap(\.names).map { $0.lowercased() })
        try AuditValues.erase(naming: names, at: at, by: actor, db)
    }

    /// A saved filter that names the candidate (`id:APP-…`, `name:müller`) goes: a filter
    /// cannot be redacted and still mean what it meant.
    private static func eraseSavedFilters(naming identity: Identity, _ db: Database) throws {
        let needles = (identity.names + [identity.applicationID]).map { $0.lowercased() }
        for row in try Row.fetchAll(db, sql: "SELECT name, expression FROM saved_filters") {
            let text = "\(row[0] as String) \(row[1] as String)".lowercased()
            guard needles.contains(where: { text.contains($0) }) else { continue }
            try db.execute(
                sql: "DELETE FROM saved_filters WHERE name = ?", arguments: [row[0] as String])
        }
    }
}
