import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The reads of one candidate or of a screenful (the scorecard, the list's Score column) bind
/// their ids instead of writing them in. They must hand over exactly what the read of the
/// whole round hands over for the same candidates, which the property test holds to Core's
/// rule; and their statements must not change with the ids, or every screenful is parsed anew.
@Suite struct ScopedSealingReadTests {
    static func differences(
        _ scoped: [Int64: ScoringData.Candidate], _ whole: [Int64: ScoringData.Candidate],
        _ rowIDs: [Int64]
    ) -> [String] {
        var problems: [String] = []
        let expected = Set(rowIDs).intersection(whole.keys)
        if Set(scoped.keys) != expected {
            problems.append("read \(scoped.keys.sorted()), the whole round \(expected.sorted())")
        }
        for id in expected {
            guard let a = scoped[id], let b = whole[id] else { continue }
            if a.applicationID != b.applicationID || a.cards != b.cards || a.started != b.started
                || a.counted != b.counted || a.combinedVisible != b.combinedVisible
                || a.state != b.state || a.excused.sorted() != b.excused.sorted()
            {
                problems.append("\(b.applicationID) differs")
            }
        }
        return problems
    }

    @Test func aScopedReadAnswersAsTheWholeRoundOnRandomRounds() throws {
        let queue = try SealingQueryPropertyTests.database()
        var generator = SeededRandom(seed: 2020)
        var lists = 0
        for index in 0..<300 {
            let round = SealingRound.random(using: &generator)
            let all = round.candidates.map(\.rowID)
            // None, one, several, every one, and an id nobody was invited with.
            let subsets: [[Int64]] = [
                [], [all.randomElement(using: &generator)!],
                all.filter { _ in Bool.random(using: &generator) }, all, all + [9_999],
            ]
            let problems = try SealingQueryPropertyTests.check(round, in: queue) { db in
                var problems: [String] = []
                let readers = round.viewers.map(ScoringData.Reader.viewer) + [.panel]
                for reader in readers {
                    let whole = try ScoringData.load(db, for: reader)
                    for ids in subsets {
                        lists += 1
                        problems += Self.differences(
                            try ScoringData.load(db, for: reader, only: ids), whole, ids
                        ).map { "\(reader) on \(ids): \($0)" }
                    }
                }
                return problems
            }
            try #require(problems.isEmpty, "round \(index): \(problems.prefix(5))")
        }
        #expect(lists > 300 * 5)
    }

    @Test func theStatementsDoNotChangeWithTheIds() {
        let lists: [[Int64]] = [[1, 2], [7, 3, 5], Array(1...40)]
        let scopes = lists.map(ScoringData.Scope.init)
        #expect(Set(scopes.map(\.invitations)).count == 1)
        #expect(Set(scopes.map(\.rows)).count == 1)
        #expect(ScoringData.Scope([4]).invitations == ScoringData.Scope([9]).invitations)
        for scope in scopes + [ScoringData.Scope([4]), ScoringData.Scope(nil)] {
            #expect(!scope.invitations.contains("40") && !scope.rows.contains("40"))
        }
    }

    /// The list's Score column through the store: a screenful read at once answers as each
    /// candidate read alone, and seals as the rule says.
    @Test(arguments: StoreEngine.all) func theScoreColumnReadsAScreenfulAsEachAlone(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (complete, partial, untouched) = (f.eligible[0], f.eligible[1], f.eligible[2])
        try f.store.invite([complete, partial, untouched], by: f.actor("chair"))
        try f.scoreFully(complete, ScoringFixture.worked["chair"]!)
        try f.mark(partial, "member1", ScoringFixture.worked["member1"]!)
        try f.mark(partial, "member2", ScoringFixture.worked["member2"]!, submit: false)
        let screen = [untouched, f.eligible[3], partial, complete]
        for viewer in ["secretary", "member1", "member2", "reviewer"] {
            let actor = try f.actor(viewer)
            let together = try f.store.scoreProgress(of: screen, for: actor)
            #expect(Set(together.keys) == [complete, partial, untouched], "\(viewer)")
            for id in screen {
                #expect(
                    together[id] == (try f.store.scoreProgress(of: [id], for: actor))[id],
                    "\(viewer) on \(id)")
            }
            #expect(together[complete]?.result.value?.total != nil, "\(viewer)")
            #expect(together[complete]?.isComplete == true)
            #expect(together[partial]?.submittedCount == 1)
            // Only member1 has submitted for `partial`: only they see its result.
            #expect((together[partial]?.result.value != nil) == (viewer == "member1"), "\(viewer)")
        }
    }
}
