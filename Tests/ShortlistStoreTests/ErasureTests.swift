import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Erasure that erases: after a purge neither the tables, the audit trail nor the bytes of
/// the file and its log hold the candidate's identity or anything written about them; the
/// trail commits to free text and marks only through salted digests and still verifies.
@Suite struct ErasureTests {
    let folder = TemporaryDirectory("erasure")

    /// A candidate whose every identifying word, and every word written about them, is found
    /// nowhere else in the database.
    static var target: Candidate {
        var c = FixtureCandidates.make(
            90, "Quillfeather", "Ottoline", nationality: "FR", cv: "Zeugmatic lexicographer.")
        c.email = "ottoline.quillfeather@erasure.example"
        c.castRegistrationID = "CAST77770090"
        c.motivation = "Vortiginous motivation."
        return c
    }

    /// Free texts attached to the target, each with a word of its own and the surname.
    static let texts = [
        "override": "Xanthoderm diploma seen, Quillfeather",
        "conflict": "Brumbleweft: former colleague of Quillfeather",
        "screening": "Glossolalic CV of Ottoline Quillfeather",
        "comment": "Pellucidine answer by Quillfeather",
        "card": "Threnodial overall impression",
        "excuse": "Snarkwhistle absent for Quillfeather",
        "note": "Ombrophile reference checked",
        "tag": "zephyrtag",
        "other": "Wobbegong: cousin of Ottoline Quillfeather",
    ]

    struct Setup {
        let store: Store
        let url: URL
        let id: ApplicationID
    }

    func setUp() throws -> Setup {
        let url = folder.file("e.db")
        let store = try TestDatabase.create(
            at: url, candidates: FixtureCandidates.all + [Self.target], roundOpen: true)
        let id = Self.target.applicationID
        let chair = try store.acting(as: "chair")
        let texts = Self.texts
        try store.overrideEligibility(
            id, rule: .military, to: .pass, reason: texts["override"]!, by: chair)
        try store.declareConflict(
            member: "member3", applicationID: id, reason: texts["conflict"]!, by: chair)
        try store.screen(
            id, marks: [CriterionID("A1"): .met], note: texts["screening"]!,
            by: store.acting(as: "member1"))
        try store.invite([id], by: chair)
        try store.setMarks(
            id, marks: [CriterionID("A1"): 5], comments: [CriterionID("A1"): texts["comment"]!],
            note: texts["card"]!, by: store.acting(as: "member1"))
        try store.excuse(member: "member2", from: id, reason: texts["excuse"]!, by: chair)
        try store.addNote(
            on: id, text: texts["note"]!, tags: [texts["tag"]!], by: store.acting(as: "reviewer"))
        // A text about someone else that names the target too.
        try store.declareConflict(
            member: "member1", applicationID: FixtureCandidates.all[0].applicationID,
            reason: texts["other"]!, by: chair)
        try store.saveFilter(
            name: "watch-quillfeather", expression: "text:quillfeather", by: chair)
        return Setup(store: store, url: url, id: id)
    }

    func fileBytes(_ url: URL) -> Data {
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
        let marks = try s.store.read { db in
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
        let raw = try s.store.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(before, '') || after FROM audit")
                .joined(separator: "\n")
        }
        for (_, text) in Self.texts {
            #expect(!raw.contains(text), "“\(text)” is in the chain word for word")
            #expect(!raw.contains(sha256Hex(text)), "“\(text)” is in the chain as a plain hash")
        }
        #expect(!raw.contains(#""A1":"5""#), "a mark is in the chain as it is")
        // Each digest is HMAC-SHA-256 keyed by the 128-bit salt stored beside the value.
        let rows = try s.store.read { db in
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
                arguments: [Self.texts["conflict"]!])
            #expect(db.changesCount == 1)
        }
        try queue.close()
        let result = try Store.open(at: s.url).verifyAuditTrail()
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
                arguments: [Self.texts["override"]!])
        }
        try queue.close()
        let result = try Store.open(at: s.url).verifyAuditTrail()
        #expect(result.firstProblem?.reason.contains("without an erasure record") == true)
    }

    /// A sealed card's entries show that the card changed, not which criteria were marked
    /// or commented, and none of their digests (whose salts would give a mark away).
    @Test func aSealedCardShowsOnlyThatItChanged() throws {
        let s = try setUp()
        let log = try s.store.auditLog(candidate: s.id, by: s.store.acting(as: "chair"))
        let card = try #require(log.first { $0.action == "score.set" && $0.actor == "member1" })
        #expect(card.before == nil)
        #expect(card.after == #"{"card":"changed (sealed)"}"#)
        #expect(
            !log.contains {
                $0.action.hasPrefix("score.") && $0.actor == "member1"
                    && ($0.after ?? "").contains(AuditValues.prefix)
            })
        // Values that are not sealed read as they were written, until erased.
        let overridden = try #require(log.first { $0.action == "eligibility.override" })
        #expect(
            overridden.after?.contains(Self.texts["override"]!) == true, "readable until erased")
    }
}
