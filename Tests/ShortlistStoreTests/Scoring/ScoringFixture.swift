import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A database with the fixture candidates and the built-in call, and helpers to mark cards
/// the way the docs' worked example does.
struct ScoringFixture {
    let directory = TemporaryDirectory("scoring")
    let store: any PanelDatabase
    /// The fixture candidates the built-in call finds eligible, by application id.
    let eligible: [ApplicationID]

    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }

    /// The worked example of docs/scoring.md: total 71.33.
    static let worked: [String: [Int]] = [
        "member1": [4, 3, 4, 3, 2, 4, 5],
        "member2": [3, 3, 5, 4, 2, 3, 4],
        "chair": [5, 4, 4, 2, 3, 4, 4],
    ]

    init(_ engine: StoreEngine = .sqlite) throws {
        store = try TestDatabase.create(
            engine, "s.sqlite", in: directory, candidates: FixtureCandidates.all, roundOpen: true)
        var eligible: [ApplicationID] = []
        for candidate in FixtureCandidates.all
        where try store.eligibility(of: candidate.applicationID)?.result == .eligible {
            eligible.append(candidate.applicationID)
        }
        self.eligible = eligible.sorted()
    }

    func actor(_ name: String) throws -> Actor { try store.acting(as: name) }

    /// The SQLite store itself, for the tests that reach under the interface into the file.
    var file: SQLiteStore {
        get throws { try #require(store as? SQLiteStore) }
    }

    /// Sets a card's marks, with a comment beside each mark at an end of the scale.
    func mark(_ id: ApplicationID, _ member: String, _ marks: [Int], submit: Bool = true) throws {
        var byCriterion: [CriterionID: Int] = [:]
        var comments: [CriterionID: String] = [:]
        for (criterion, mark) in zip(Self.criteria, marks) {
            byCriterion[criterion] = mark
            if mark == 0 || mark == 5 { comments[criterion] = "Exceptional, see interview notes." }
        }
        let actor = try actor(member)
        try store.setMarks(id, marks: byCriterion, comments: comments, by: actor)
        if submit { try store.submitScorecard(id, by: actor) }
    }

    /// Invites a candidate and has the chair and every member submit the same marks.
    func scoreFully(_ id: ApplicationID, _ marks: [Int]) throws {
        for member in ["chair", "member1", "member2", "member3"] { try mark(id, member, marks) }
    }
}
