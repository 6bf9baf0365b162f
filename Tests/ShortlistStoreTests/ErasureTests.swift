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
        let store: any PanelDatabase
        let url: URL
        let id: ApplicationID

        /// The SQLite store itself, for the tests that read the file under the interface.
        var file: SQLiteStore {
            get throws { try #require(store as? SQLiteStore) }
        }
    }

    func setUp(_ engine: StoreEngine) throws -> Setup {
        let url = folder.file("e.db")
        let store = try TestDatabase.create(
            engine, "e.db", in: folder, candidates: FixtureCandidates.all + [Self.target],
            roundOpen: true)
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

    /// A sealed card's entries show that the card changed, not which criteria were marked
    /// or commented, and none of their digests (whose salts would give a mark away).
    @Test(arguments: StoreEngine.all)
    func aSealedCardShowsOnlyThatItChanged(engine: StoreEngine) throws {
        let s = try setUp(engine)
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
