import Foundation
import GRDB
import ShortlistCore

/// A declared conflict of interest: this member neither screens nor scores this candidate,
/// and sees nothing of the candidate's marks.
public struct ConflictOfInterest: Sendable, Equatable {
    public var member: String
    public var applicationID: ApplicationID
    public var reason: String
    public var declaredAt: String
    public var declaredBy: String
}

extension SQLiteStore {
    /// Records a conflict of interest. A member declares their own; the chair and the
    /// secretary may record one for someone else.
    public func declareConflict(
        member: String, applicationID: ApplicationID, reason: String, by actor: Actor
    ) throws {
        let permission: PanelAction =
            member == actor.name ? .declareOwnConflict : .recordConflictForOthers
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a conflict of interest needs a reason (--reason)")
        }
        try audited(actor, permission, action: "conflict.declare", object: applicationID.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "conflicts of interest")
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM panel WHERE name = ? AND removed_at IS NULL",
                    arguments: [member]) != nil
            else { throw StoreError.invalid("\(member) is not on the roster") }
            let candidate = try Self.rowID(of: applicationID, db)
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO conflicts(member, candidate_id, reason, declared_at, declared_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [member, candidate, reason, now(), actor.name])
            return ((), nil, ["member": member, "reason": audit.digest(reason: reason)])
        }
    }

    public func conflicts(of member: String? = nil) throws -> [ConflictOfInterest] {
        try read { db in
            var sql = """
                SELECT k.member, c.application_id, k.reason, k.declared_at, k.declared_by
                FROM conflicts k JOIN candidates c ON c.id = k.candidate_id
                """
            var arguments: StatementArguments = []
            if let member {
                sql += " WHERE k.member = ?"
                arguments += [member]
            }
            sql += " ORDER BY k.member, c.application_id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                ConflictOfInterest(
                    member: row[0], applicationID: ApplicationID(row[1] as String), reason: row[2],
                    declaredAt: row[3], declaredBy: row[4])
            }
        }
    }

    static func rowID(of id: ApplicationID, _ db: Database) throws -> Int64 {
        guard
            let rowID = try Int64.fetchOne(
                db, sql: "SELECT id FROM candidates WHERE application_id = ?",
                arguments: [id.rawValue])
        else { throw StoreError.invalid("no application \(id) in this database") }
        return rowID
    }
}
