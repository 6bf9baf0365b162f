import Foundation
import GRDB
import ShortlistCore

extension Store {
    public func panelMembers() throws -> [PanelMember] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, display_name, role, login FROM panel WHERE removed_at IS NULL
                    ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END, name
                    """
            ).map(Self.member)
        }
    }

    public func panelMember(named name: String) throws -> PanelMember? {
        try read { db in
            try Row.fetchOne(
                db,
                sql:
                    "SELECT name, display_name, role, login FROM panel WHERE name = ? AND removed_at IS NULL",
                arguments: [name]
            ).map(Self.member)
        }
    }

    static func member(_ row: Row) -> PanelMember {
        PanelMember(
            name: row[0], displayName: row[1], role: Role(rawValue: row[2]) ?? .reviewer,
            login: row[3])
    }

    /// Adds a person to the roster (the secretary's task).
    public func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
        guard Self.isValidName(member.name) else {
            throw StoreError.invalid(
                "“\(member.name)” cannot be a panel name: use letters, digits, dots, hyphens or underscores"
            )
        }
        try audited(actor, .manageRoster, action: "panel.add", object: member.name) { db, _ in
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM panel WHERE name = ? AND removed_at IS NULL",
                arguments: [member.name]) != nil
            {
                throw StoreError.invalid("\(member.name) is already on the roster")
            }
            try Self.insert(member, at: now(), db)
            return ((), nil, Self.auditValues(member))
        }
    }

    /// Takes a person off the roster; the record stays, so the audit trail still names them.
    /// The last secretary cannot be removed: someone must be able to manage the roster.
    public func removePanelMember(named name: String, by actor: Actor) throws {
        try audited(actor, .manageRoster, action: "panel.remove", object: name) { db, _ in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT name, display_name, role, login FROM panel WHERE name = ? AND removed_at IS NULL",
                    arguments: [name])
            else { throw StoreError.invalid("\(name) is not on the roster") }
            let member = Self.member(row)
            if member.role == .secretary {
                let secretaries =
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT count(*) FROM panel WHERE role = 'secretary' AND removed_at IS NULL"
                    ) ?? 0
                if secretaries <= 1 {
                    throw StoreError.invalid(
                        "\(name) is the only secretary; add another before removing them")
                }
            }
            try db.execute(
                sql: "UPDATE panel SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
                arguments: [now(), name])
            return ((), Self.auditValues(member), nil)
        }
    }

    static func insert(_ member: PanelMember, at: String, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT OR REPLACE INTO panel(name, display_name, role, login, added_at, removed_at) VALUES (?, ?, ?, ?, ?, NULL)",
            arguments: [member.name, member.displayName, member.role.rawValue, member.login, at])
    }

    static func auditValues(_ member: PanelMember) -> [String: String] {
        var values = [
            "name": member.name, "display_name": member.displayName, "role": member.role.rawValue,
        ]
        if let login = member.login { values["login"] = login }
        return values
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)
            }
    }
}
