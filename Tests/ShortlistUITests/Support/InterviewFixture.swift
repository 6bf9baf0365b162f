import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport

/// An interview round on the fixture candidates, done through the store as the command line
/// would: four eligible candidates invited; the first awaits the chair's card (member1 to
/// member3 submitted), the second and third are fully scored, and member3 declared a
/// conflict of interest with the fourth.
enum InterviewFixture {
    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }
    /// Not eligible (a Chinese national): inviting is refused.
    static let ineligible = ApplicationID("APP-0000010")

    /// The invited candidates, in application-id order.
    static func invited(_ store: SQLiteStore) throws -> [ApplicationID] {
        Array(try store.eligibleApplicationIDs(limit: 4))
    }

    static func prepare(_ store: SQLiteStore) throws {
        let invited = try invited(store)
        try store.invite(invited, by: store.acting(as: "chair"))
        // The chair's candidate: the others' cards are in.
        try card(store, invited[0], "member1", [4, 3, 4, 3, 2, 4, 5])
        try card(store, invited[0], "member2", [3, 3, 5, 4, 2, 3, 4])
        try card(store, invited[0], "member3", [4, 1, 4, 3, 3, 3, 4])
        // Fully scored: one above the pass marks, one below.
        for (member, marks) in [
            ("chair", [4, 4, 4, 3, 4, 3, 4]), ("member1", [4, 4, 3, 4, 4, 3, 4]),
            ("member2", [5, 4, 4, 3, 3, 4, 4]), ("member3", [4, 3, 4, 3, 4, 3, 3]),
        ] {
            try card(store, invited[1], member, marks)
        }
        for (member, marks) in [
            ("chair", [2, 2, 3, 2, 2, 3, 2]), ("member1", [2, 3, 2, 2, 1, 2, 2]),
            ("member2", [3, 2, 2, 3, 2, 2, 3]), ("member3", [2, 2, 2, 2, 2, 2, 2]),
        ] {
            try card(store, invited[2], member, marks)
        }
        let member3 = try store.acting(as: "member3")
        try store.declareConflict(
            member: "member3", applicationID: invited[3], reason: "former colleague at JRC",
            by: member3)
    }

    /// Sets and submits a card, with a comment beside each mark at an end of the scale.
    static func card(
        _ store: SQLiteStore, _ id: ApplicationID, _ member: String, _ marks: [Int],
        submit: Bool = true
    ) throws {
        var byCriterion: [CriterionID: Int] = [:]
        var comments: [CriterionID: String] = [:]
        for (criterion, mark) in zip(criteria, marks) {
            byCriterion[criterion] = mark
            if mark == 0 || mark == 5 { comments[criterion] = "See the interview notes." }
        }
        let actor = try store.acting(as: member)
        try store.setMarks(id, marks: byCriterion, comments: comments, by: actor)
        if submit { try store.submitScorecard(id, by: actor) }
    }
}
