import Foundation
import GRDB
import ShortlistCore

/// Who is acting, as the store knows them: a person on the roster with a role, or a visitor
/// who is not on it and may only read.
public struct Actor: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let member: PanelMember?
    /// The operating-system login they act from, when known: nobody binds an entry other
    /// than their own to it.
    public let login: String?

    public init(name: String, member: PanelMember?, login: String? = nil) {
        self.name = name
        self.member = member
        self.login = login
    }

    public var role: Role? { member?.role }
    public var isOnRoster: Bool { member != nil }

    public var description: String {
        member.map { "\($0.name) (\($0.role))" } ?? "\(name) (not on the panel roster)"
    }

    public func may(_ action: PanelAction) -> Bool {
        action == .read || role.map { Permissions.allows($0, action) } ?? false
    }
}

/// Why someone may not do something: said so that they know who can.
public struct PermissionDenied: Error, Equatable, CustomStringConvertible {
    public var actor: String
    public var role: Role?
    public var action: PanelAction

    public var description: String {
        let who = Role.allCases.filter { Permissions.allows($0, action) }.map { "the \($0)" }
        let allowed = who.isEmpty ? "nobody" : ListFormat.or(who)
        guard let role else {
            return "\(actor) is not on the panel roster of this database, so may only read; "
                + "to \(action.phrase), ask the secretary to add them (`shortlist panel add`)"
        }
        return "\(actor) is a \(role) and cannot \(action.phrase): only \(allowed) can"
    }
}

/// An identity that may not be used from this login.
public struct IdentityRefused: Error, Equatable, CustomStringConvertible {
    public var name: String
    public var boundLogin: String
    public var login: String

    public var description: String {
        "\(name) is bound to the login “\(boundLogin)”; you are logged in as “\(login)”, so you cannot act as \(name)"
    }
}

enum ListFormat {
    static func or(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " or " + items.last!
        }
    }
}

/// Checks a permission inside the transaction that makes the change, against the roster as it
/// is now (another process may have changed it since the actor was looked up).
enum Authorisation {
    static func require(_ action: PanelAction, _ actor: Actor, _ db: Database) throws {
        let role = try String.fetchOne(
            db, sql: "SELECT role FROM panel WHERE name = ? AND removed_at IS NULL",
            arguments: [actor.name]
        ).flatMap(Role.init(rawValue:))
        if action == .read { return }
        guard let role, Permissions.allows(role, action) else {
            throw PermissionDenied(actor: actor.name, role: role, action: action)
        }
    }
}

extension SQLiteStore {
    /// The person acting under `name` from the operating-system `login`: their roster entry,
    /// or a read-only visitor when they are not on the roster. A roster entry bound to a
    /// login may only be used from that login.
    public func actor(named name: String, login: String) throws -> Actor {
        let member = try panelMember(named: name)
        if let member, let bound = member.login, bound != login {
            throw IdentityRefused(name: name, boundLogin: bound, login: login)
        }
        return Actor(name: name, member: member, login: login)
    }
}
