import Crypto
import Foundation
import GRDB
import ShortlistCore

/// A filter the panel named: shared by everyone who opens the database.
public struct SavedFilter: Sendable, Hashable {
    public var name: String
    public var expression: String
    public var savedBy: String
    public var savedAt: String
}

extension SQLiteStore {
    /// Names a filter for the whole panel, replacing one of the same name. The expression must
    /// parse and fit the call profile (its screening groups and criteria). Anyone on the
    /// roster may; the audit trail records salted digests of the name and the expression (they
    /// may quote words of a CV or name a candidate: a purge erases them).
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
        try audited(actor, .read, action: "filter.save", object: nil) { db, audit in
            _ = try Self.compile(parsed, for: actor, blind: try blinds(db), db)
            let before = try String.fetchOne(
                db, sql: "SELECT expression FROM saved_filters WHERE name = ?", arguments: [name])
            try db.execute(
                sql: """
                    INSERT INTO saved_filters(name, expression, saved_by, saved_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET expression = excluded.expression,
                        saved_by = excluded.saved_by, saved_at = excluded.saved_at
                    """, arguments: [name, expression, actor.name, now()])
            return (
                (),
                before.map {
                    ["name": audit.digest(reason: name), "expression": audit.digest($0)]
                },
                ["name": audit.digest(reason: name), "expression": audit.digest(expression)]
            )
        }
    }

    /// Forgets a saved filter; audited like saving.
    public func deleteFilter(name: String, by actor: Actor) throws {
        try audited(actor, .read, action: "filter.delete", object: nil) { db, audit in
            guard
                let before = try String.fetchOne(
                    db, sql: "SELECT expression FROM saved_filters WHERE name = ?",
                    arguments: [name])
            else { throw StoreError.invalid("no saved filter named “\(name)”") }
            try db.execute(sql: "DELETE FROM saved_filters WHERE name = ?", arguments: [name])
            return (
                (), ["name": audit.digest(reason: name), "expression": audit.digest(before)], nil
            )
        }
    }

    /// The panel's saved filters, by name.
    public func savedFilters() throws -> [SavedFilter] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT name, expression, saved_by, saved_at FROM saved_filters ORDER BY name"
            ).map { SavedFilter(name: $0[0], expression: $0[1], savedBy: $0[2], savedAt: $0[3]) }
        }
    }

    public func savedFilter(named name: String) throws -> SavedFilter? {
        try savedFilters().first { $0.name == name }
    }

}
