import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The trail's verification against edits made under Shortlist, straight in the SQLite file.
@Suite struct SQLiteAuditTamperingTests {
    let folder = TemporaryDirectory()

    func store() throws -> SQLiteStore {
        try TestDatabase.create(at: folder.file("a.db"), candidates: FixtureCandidates.all)
    }

    func entries(_ store: SQLiteStore) throws -> [AuditEntry] {
        try store.auditLog(by: store.acting(as: "chair"))
    }

    /// Tampering with raw SQL, triggers dropped, as someone with the file and the sqlite3 tool
    /// would: verify names the first bad entry.
    @Test(arguments: ["edit", "delete", "insert", "swap"])
    func verifyCatchesTampering(kind: String) throws {
        let s = try store()
        let chair = try s.acting(as: "chair")
        for i in 0..<4 { try s.setBlindMode(i % 2 == 0, reason: "round \(i)", by: chair) }
        let clean = try s.verifyAuditTrail()
        #expect(clean.isIntact && clean.entries == 13)
        try s.close()

        let queue = try DatabaseQueue(path: folder.file("a.db").path)
        try queue.writeWithoutTransaction { db in
            try db.execute(
                sql:
                    "DROP TRIGGER audit_is_append_only_update; DROP TRIGGER audit_is_append_only_delete"
            )
            switch kind {
            case "edit":
                try db.execute(sql: "UPDATE audit SET actor = 'member1' WHERE seq = 10")
            case "delete":
                try db.execute(sql: "DELETE FROM audit WHERE seq = 10")
            case "insert":
                // Make room and forge an entry that copies its neighbour's links.
                try db.execute(sql: "UPDATE audit SET seq = seq + 100 WHERE seq >= 10")
                try db.execute(sql: "UPDATE audit SET seq = seq - 99 WHERE seq >= 110")
                try db.execute(
                    sql:
                        "INSERT INTO audit SELECT 10, at, actor, 'blind.off', object, before, after, prev_hash, hash FROM audit WHERE seq = 9"
                )
            default:
                try db.execute(sql: "UPDATE audit SET seq = -1 WHERE seq = 10")
                try db.execute(sql: "UPDATE audit SET seq = 10 WHERE seq = 11")
                try db.execute(sql: "UPDATE audit SET seq = 11 WHERE seq = -1")
            }
        }
        try queue.close()
        let result = try SQLiteStore.open(at: folder.file("a.db")).verifyAuditTrail()
        let problem = try #require(result.firstProblem, "\(kind) went unnoticed")
        #expect(problem.seq == (kind == "delete" ? 11 : 10), "\(problem)")
    }

    @Test func aCutAtTheEndIsCaughtAgainstARecordedHead() throws {
        let s = try store()
        let chair = try s.acting(as: "chair")
        try s.setBlindMode(true, reason: "a", by: chair)
        let head = try s.verifyAuditTrail().headHash
        try s.setBlindMode(false, reason: "b", by: chair)
        // Growing past the recorded head is fine and said so…
        #expect(
            try s.verifyAuditTrail(expectedHead: head).firstProblem?.reason.contains("goes on past")
                == true)
        let newHead = try s.verifyAuditTrail().headHash
        try s.close()
        let queue = try DatabaseQueue(path: folder.file("a.db").path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_is_append_only_delete")
            try db.execute(sql: "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
        }
        try queue.close()
        let reopened = try SQLiteStore.open(at: folder.file("a.db"))
        // The length recorded beside the trail catches it from inside…
        #expect(
            try reopened.verifyAuditTrail().firstProblem?.reason.contains("entries were deleted")
                == true)
        // …and a head kept outside the file catches it even when that record is rewritten.
        try reopened.close()
        let again = try DatabaseQueue(path: folder.file("a.db").path)
        try again.write { db in
            try db.execute(
                sql:
                    "UPDATE audit_head SET entries = entries - 1, hash = (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1)"
            )
        }
        try again.close()
        let rewritten = try SQLiteStore.open(at: folder.file("a.db"))
        #expect(try rewritten.verifyAuditTrail().isIntact, "a rewritten record cannot be seen")
        let checked = try rewritten.verifyAuditTrail(expectedHead: newHead)
        #expect(checked.firstProblem?.reason.contains("cut from the end") == true)
    }

    @Test func aTrailDeletedWholeDoesNotVerify() throws {
        let s = try store()
        #expect(try s.verifyAuditTrail().isIntact)
        try s.close()
        let queue = try DatabaseQueue(path: folder.file("a.db").path)
        try queue.writeWithoutTransaction { db in
            try db.execute(
                sql:
                    "DROP TRIGGER audit_is_append_only_update; DROP TRIGGER audit_is_append_only_delete; DELETE FROM audit"
            )
        }
        try queue.close()
        let result = try SQLiteStore.open(at: folder.file("a.db")).verifyAuditTrail()
        #expect(result.entries == 0)
        #expect(
            result.firstProblem?.reason.contains("holds 0 entries but 9 were recorded") == true,
            "\(String(describing: result.firstProblem))")
    }

    @Test func triggersRefuseChangesToTheTrail() throws {
        let s = try store()
        #expect(throws: (any Error).self) {
            try s.pool.write { db in
                try db.execute(sql: "UPDATE audit SET actor = 'x' WHERE seq = 1")
            }
        }
        #expect(throws: (any Error).self) {
            try s.pool.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
    }
}
