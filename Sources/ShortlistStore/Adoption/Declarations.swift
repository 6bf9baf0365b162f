import Foundation
import GRDB
import ShortlistCore

/// What a person on the roster declares before reading applications for assessment.
public enum DeclarationKind: String, CaseIterable, Sendable {
    /// They will keep the procedure, and what they read in it, confidential.
    case confidentiality
    /// They have no conflict of interest beyond those they declared (`panel conflict`).
    case noUndeclaredConflict = "no_undeclared_conflict"

    /// The declaration as the person makes it, for the audit trail's readers and the report.
    public var text: String {
        switch self {
        case .confidentiality:
            "I will keep the selection procedure and everything I read in it confidential."
        case .noUndeclaredConflict:
            "I have no conflict of interest with any candidate beyond those I have declared."
        }
    }
}

/// One person's declaration, once per database: it covers candidates imported later.
public struct Declaration: Sendable, Equatable {
    public var name: String
    public var kind: DeclarationKind
    public var declaredAt: String
}

extension SQLiteStore {
    /// `Role.declaring`, the rule every engine keeps.
    public static let declaringRoles: Set<Role> = Role.declaring

    /// The acting person makes both declarations. Declaring again changes nothing and writes
    /// nothing: the first declaration stands, with its time.
    /// - Returns: the declarations newly made (empty when both were made before).
    @discardableResult
    public func declare(by actor: Actor) throws -> [DeclarationKind] {
        try write { db in
            guard try Self.activeMember(actor.name, db) != nil else {
                throw StoreError.invalid(
                    "\(actor.name) is not on the panel roster of this database, so has nothing to declare;"
                        + " ask the secretary to add them (`shortlist panel add`)")
            }
            let made = Set(try Self.declarationKinds(of: actor.name, db))
            let new = DeclarationKind.allCases.filter { !made.contains($0) }
            guard !new.isEmpty else { return [] }
            let audit = try AuditWriter(db)
            let at = now()
            for kind in new {
                try db.execute(
                    sql: "INSERT INTO declarations(name, kind, declared_at) VALUES (?, ?, ?)",
                    arguments: [actor.name, kind.rawValue, at])
                try audit.append(
                    at: at, actor: actor.name, action: "panel.declare", object: nil, before: nil,
                    after: ["declaration": kind.rawValue, "text": kind.text])
            }
            return new
        }
    }

    /// Whether the person made both declarations.
    public func hasDeclared(_ actor: Actor) throws -> Bool {
        try read { db in
            try Self.declarationKinds(of: actor.name, db).count == DeclarationKind.allCases.count
        }
    }

    /// Why this person may not yet open a candidate's detail, screen or score: nil when they
    /// may (they declared, or their role need not declare). For the interface, which shows it.
    public func declarationRefusal(for actor: Actor) throws -> String? {
        try read { db in try Self.declarationRefusal(actor, "open a candidate's record", db) }
    }

    /// Every declaration made in this database, by name, then kind.
    public func declarations() throws -> [Declaration] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT name, kind, declared_at FROM declarations ORDER BY name, kind"
            ).compactMap { row in
                DeclarationKind(rawValue: row[1]).map {
                    Declaration(name: row[0], kind: $0, declaredAt: row[2])
                }
            }
        }
    }

    static func declarationKinds(of name: String, _ db: Database) throws -> [DeclarationKind] {
        try String.fetchAll(
            db, sql: "SELECT kind FROM declarations WHERE name = ?", arguments: [name]
        ).compactMap(DeclarationKind.init(rawValue:))
    }

    static func declarationRefusal(_ actor: Actor, _ verb: String, _ db: Database) throws
        -> String?
    {
        guard
            let role = try activeMember(actor.name, db)?.role, declaringRoles.contains(role),
            try declarationKinds(of: actor.name, db).count < DeclarationKind.allCases.count
        else { return nil }
        return
            "\(actor.name) must declare before they \(verb): `shortlist panel declare --user \(actor.name)`"
            + " (confidentiality, and no conflict of interest beyond those declared)"
    }

    /// The gate before screening and scoring: the grid adopted, the actor declared.
    static func requireOpenRound(_ actor: Actor, _ verb: String, _ db: Database) throws {
        try requireAdoptedGrid(verb, db)
        if let refusal = try declarationRefusal(actor, verb, db) {
            throw StoreError.invalid(refusal)
        }
    }
}

extension SQLiteStore {
    /// Why this person may not screen or score yet (the grid not adopted, or their
    /// declarations not made), in words that say how to proceed; nil when they may. The
    /// interface asks before opening a form, so that nobody fills one in to be refused.
    public func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
        try read { db in
            if try Self.gridAdoption(db) == nil { return Self.adoptionRefusal(verb, db) }
            return try Self.declarationRefusal(actor, verb, db)
        }
    }
}
