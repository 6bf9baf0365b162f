import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Erasure in the SQLite file itself: no byte of the file or its log keeps a purged candidate,
/// and the trail's values edited or deleted straight in the file are caught.
@Suite struct SQLiteErasureTests {
    let fixture = ErasureTests()

    /// The shared fixture of `ErasureTests`, on SQLite.
    func setUp() throws -> ErasureTests.Setup { try fixture.setUp(.sqlite) }

    func fileBytes(_ url: URL) -> Data {
        // A missing log reads as empty: the main file is then all there is to search.
        var bytes = (try? Data(contentsOf: url)) ?? Data()
        bytes += (try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))) ?? Data()
        return bytes
    }

    @Test func purgeLeavesNoFreeTextNameEmailOrCastNumberInTheFile() throws {
        let s = try setUp()
        #expect(fileBytes(s.url).range(of: Data("Brumbleweft".utf8)) != nil, "written at first")
        let secretary = try s.store.acting(as: "secretary")
        let erased = try s.store.purge(
            [s.id],
            reason:
                "request by Ottoline Quillfeather (ottoline.quillfeather@erasure.example, CAST77770090)",
            by: secretary)
        #expect(erased == 1)

        // What the reads show: the decisions stand, their words are gone.
        #expect(try s.store.conflicts().first { $0.applicationID == s.id }?.reason == "[erased]")
        #expect(try s.store.screening(of: s.id).notes.isEmpty)
        #expect(try s.store.savedFilters().isEmpty, "a filter naming the candidate goes")
        #expect(
            try s.store.conflicts().first { $0.applicationID != s.id }?.reason
                == "Wobbegong: cousin of [erased]", "another's reason loses the name only")

        // The trail: the purge's own reason without the identity, the rest "erased on".
        let log = try s.store.auditLog(candidate: s.id, by: s.store.acting(as: "chair"))
        let purge = try #require(log.last)
        #expect(purge.action == "candidate.purge")
        #expect(
            purge.after?.contains("request by [erased] ([erased], [erased])") == true,
            "\(purge.after ?? "")")
        let override = try #require(log.first { $0.action == "eligibility.override" })
        #expect(override.after?.contains("erased on ") == true, "\(override.after ?? "")")
        #expect(override.after?.contains("by secretary") == true)

        let verified = try s.store.verifyAuditTrail()
        #expect(verified.isIntact, "\(String(describing: verified.firstProblem))")
        #expect(verified.valuesErased >= 8, "erased values are counted, not checked")
        let marks = try s.file.read { db in
            try String.fetchAll(
                db, sql: "SELECT value FROM audit_values WHERE kind = 'mark' AND object = ?",
                arguments: [s.id.rawValue])
        }
        #expect(marks == ["5"], "marks are pseudonymous: they stay, checked")
        #expect(verified.valuesChecked >= 1)
        try s.store.close()

        let bytes = fileBytes(s.url)
        let needles =
            ["Quillfeather", "quillfeather", "Ottoline", "erasure.example", "CAST77770090"]
            + ["Zeugmatic", "Vortiginous", "Xanthoderm", "Brumbleweft", "Glossolalic"]
            + ["Pellucidine", "Threnodial", "Snarkwhistle", "Ombrophile", "zephyrtag"]
            + ["Ottoline Quillfeather"]
        for needle in needles {
            #expect(bytes.range(of: Data(needle.utf8)) == nil, "“\(needle)” is still in the file")
        }
        #expect(bytes.range(of: Data("Παπαδόπουλος".utf8)) != nil, "others' data stays")
    }

    @Test func theChainHoldsOnlySaltedDigestsOfTextsAndMarks() throws {
        let s = try setUp()
        let raw = try s.file.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(before, '') || after FROM audit")
                .joined(separator: "\n")
        }
        for (_, text) in ErasureTests.texts {
            #expect(!raw.contains(text), "“\(text)” is in the chain word for word")
            #expect(!raw.contains(sha256Hex(text)), "“\(text)” is in the chain as a plain hash")
        }
        #expect(!raw.contains(#""A1":"5""#), "a mark is in the chain as it is")
        // Each digest is HMAC-SHA-256 keyed by the 128-bit salt stored beside the value.
        let rows = try s.file.read { db in
            try Row.fetchAll(
                db, sql: "SELECT seq, side, key, salt, value, sealed FROM audit_values")
        }
        #expect(rows.count >= 9)
        for row in rows {
            let salt: Data = row["salt"]
            #expect(salt.count == 16)
            let value: String = row["value"]
            let digest = AuditValues.prefix + AuditValues.hmac(salt: Array(salt), value: value)
            #expect(raw.contains(digest), "the chain commits to \(value)")
        }
        let marks = rows.filter { ($0["key"] as String) == "A1" }
        #expect(!marks.isEmpty && marks.allSatisfy { ($0["sealed"] as Bool) })
        let comments = rows.filter { ($0["key"] as String) == "A1.comment" }
        #expect(comments.count == 1 && comments.allSatisfy { ($0["sealed"] as Bool) })
    }

    @Test func verifyCatchesAStoredValueEditedAfterTheFact() throws {
        let s = try setUp()
        #expect(try s.store.verifyAuditTrail().valuesChecked >= 9)
        try s.store.close()
        let queue = try DatabaseQueue(path: s.url.path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE audit_values SET value = 'no conflict at all' WHERE value = ?",
                arguments: [ErasureTests.texts["conflict"]!])
            #expect(db.changesCount == 1)
        }
        try queue.close()
        let result = try SQLiteStore.open(at: s.url).verifyAuditTrail()
        let problem = try #require(result.firstProblem, "an edited reason went unnoticed")
        #expect(problem.reason.contains("changed after it was recorded"), "\(problem.reason)")
    }

    @Test func aValueRowDeletedWithoutErasureIsCaught() throws {
        let s = try setUp()
        try s.store.close()
        let queue = try DatabaseQueue(path: s.url.path)
        try queue.write { db in
            try db.execute(
                sql: "DELETE FROM audit_values WHERE value = ?",
                arguments: [ErasureTests.texts["override"]!])
        }
        try queue.close()
        let result = try SQLiteStore.open(at: s.url).verifyAuditTrail()
        #expect(result.firstProblem?.reason.contains("without an erasure record") == true)
    }
}
