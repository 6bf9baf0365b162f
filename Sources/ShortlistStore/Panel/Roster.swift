import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
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
        try read { db in try Self.activeMember(name, db) }
    }

    static func member(_ row: Row) -> PanelMember {
        PanelMember(
            name: row[0], displayName: row[1], role: Role(rawValue: row[2]) ?? .reviewer,
            login: row[3])
    }

    /// Adds a person to the roster (the secretary's task; chair entries the chair's).
    public func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
        guard RosterWriteRules.isValidName(member.name) else {
            throw StoreError.invalid(
                "“\(member.name)” cannot be a panel name: use letters, digits, dots, hyphens or underscores"
            )
        }
        try audited(actor, nil, action: "panel.add", object: member.name) { db, _ in
            if try Self.activeMember(member.name, db) != nil {
                throw StoreError.invalid("\(member.name) is already on the roster")
            }
            try Self.requireRosterChange(.add(member), by: actor, db)
            try Self.insert(member, at: now(), db)
            return ((), nil, RosterWriteRules.auditValues(member))
        }
    }

    /// Changes an entry's role, display name or login binding (nil leaves it as it is;
    /// `unbind` removes the login).
    public func changePanelMember(
        named name: String, role: Role? = nil, displayName: String? = nil, login: String? = nil,
        unbind: Bool = false, by actor: Actor
    ) throws {
        try audited(actor, nil, action: "panel.change", object: name) { db, _ in
            guard let before = try Self.activeMember(name, db) else {
                throw StoreError.invalid("\(name) is not on the roster")
            }
            var after = before
            if let role { after.role = role }
            if let displayName { after.displayName = displayName }
            if let login { after.login = login }
            if unbind { after.login = nil }
            guard after != before else {
                throw StoreError.invalid("nothing to change: \(name) is already as asked")
            }
            try Self.requireRosterChange(.init(before: before, after: after), by: actor, db)
            try db.execute(
                sql: "UPDATE panel SET display_name = ?, role = ?, login = ? WHERE name = ?",
                arguments: [after.displayName, after.role.rawValue, after.login, name])
            return ((), RosterWriteRules.auditValues(before), RosterWriteRules.auditValues(after))
        }
    }

    /// Takes a person off the roster; the record stays, so the audit trail still names them.
    /// The last secretary cannot be removed: someone must be able to manage the roster.
    public func removePanelMember(named name: String, by actor: Actor) throws {
        try audited(actor, nil, action: "panel.remove", object: name) { db, _ in
            guard let member = try Self.activeMember(name, db) else {
                throw StoreError.invalid("\(name) is not on the roster")
            }
            try Self.requireRosterChange(.remove(member), by: actor, db)
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
            return ((), RosterWriteRules.auditValues(member), nil)
        }
    }

    static func activeMember(_ name: String, _ db: Database) throws -> PanelMember? {
        try Row.fetchOne(
            db,
            sql:
                "SELECT name, display_name, role, login FROM panel WHERE name = ? AND removed_at IS NULL",
            arguments: [name]
        ).map(Self.member)
    }

    /// The roster rules (RosterRules, docs/roles.md) against the database as it is now, inside
    /// the transaction that makes the change.
    static func requireRosterChange(_ change: RosterChange, by actor: Actor, _ db: Database)
        throws
    {
        let roster = try Row.fetchAll(
            db, sql: "SELECT name, display_name, role, login FROM panel WHERE removed_at IS NULL"
        ).map(Self.member)
        let role = roster.first { $0.name == actor.name }?.role
        func meta(_ key: String) throws -> String? {
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
        let lock = try Row.fetchOne(
            db,
            sql: "SELECT locked_by, locked_at FROM call_profile WHERE locked_at IS NOT NULL")
        let context = RosterContext(
            actor: actor.name, actorRole: role, actorLogin: actor.login, roster: roster,
            creator: try meta("created_by"), sharedGroup: try meta("group"),
            gridLocked: lock.map { "by \($0[0] as String) at \($0[1] as String)" },
            rankingFinal: try finalisation(db).map { "by \($0.by) at \($0.at)" })
        switch RosterRules.refusal(change, in: context) {
        case nil: return
        case .permissionDenied?:
            throw PermissionDenied(actor: actor.name, role: role, action: .manageRoster)
        case .rule(let reason)?: throw StoreError.invalid(reason)
        }
    }

    static func insert(_ member: PanelMember, at: String, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT OR REPLACE INTO panel(name, display_name, role, login, added_at, removed_at) VALUES (?, ?, ?, ?, ?, NULL)",
            arguments: [member.name, member.displayName, member.role.rawValue, member.login, at])
    }
}
