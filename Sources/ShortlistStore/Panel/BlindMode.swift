import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Whether the database is in blind mode (set by the chair for everyone).
    public func isBlind() throws -> Bool {
        try read { db in try Self.databaseIsBlind(db) }
    }

    /// Whether what this store hands out is blinded: the database's setting or the viewer's.
    func blinds(_ db: Database) throws -> Bool {
        try blindViewer || Self.databaseIsBlind(db)
    }

    static func databaseIsBlind(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'blind_mode'") == "on"
    }

    /// The chair switches blind mode for the whole database.
    public func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
        try audited(actor, .setBlindMode, action: on ? "blind.on" : "blind.off") { db, _ in
            let was = try Self.databaseIsBlind(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('blind_mode', ?)",
                arguments: [on ? "on" : "off"])
            return (
                (), ["blind": was ? "on" : "off"], ["blind": on ? "on" : "off", "reason": reason]
            )
        }
    }
}
