import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Score comparisons in filters see what the viewer may see and nothing more: a candidate
/// whose total is sealed to the viewer never matches, and cannot be told from one that
/// simply does not meet the condition.
@Suite struct FilterSealingTests {
    func matches(_ f: ScoringFixture, _ filter: String, as viewer: String) throws
        -> Set<ApplicationID>
    {
        let compiled = try f.store.compile(filter, for: f.actor(viewer))
        var ids: Set<ApplicationID> = []
        try f.store.forEachCandidate(filter: compiled, sort: [SortKey(.id)]) {
            ids.insert($0.applicationID)
        }
        #expect(try f.store.candidateCount(filter: compiled) == ids.count)
        return ids
    }

    @Test(arguments: StoreEngine.all) func aSealedTotalNeverMatchesAndLooksLikeANonMatch(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (complete, partial, uninvited) = (f.eligible[0], f.eligible[1], f.eligible[2])
        try f.store.invite([complete, partial], by: f.actor("chair"))
        try f.scoreFully(complete, [4, 4, 4, 4, 4, 4, 4])
        // Only the chair and member1 have submitted for the second candidate.
        try f.mark(partial, "chair", [4, 4, 4, 4, 4, 4, 4])
        try f.mark(partial, "member1", [4, 4, 4, 4, 4, 4, 4])

        // The chair has submitted their own card: they see the partial combined result.
        #expect(try matches(f, "total >= 50", as: "chair") == [complete, partial])
        #expect(try matches(f, "score:A1 >= 4", as: "chair") == [complete, partial])

        // member2 has not, the secretary sees combined results only when complete.
        for viewer in ["member2", "secretary", "reviewer"] {
            let high = try matches(f, "total >= 50", as: viewer)
            let low = try matches(f, "total < 50", as: viewer)
            let notHigh = try matches(f, "not total >= 50", as: viewer)
            #expect(high == [complete], "\(viewer)")
            #expect(low.isEmpty, "\(viewer)")
            #expect(!high.contains(partial) && !high.contains(uninvited), "\(viewer)")
            // The sealed candidate falls on the same side as an uninvited one, every time.
            #expect(notHigh.contains(partial) == notHigh.contains(uninvited), "\(viewer)")
            #expect(
                try matches(f, "score:A1 >= 0", as: viewer) == [complete], "\(viewer)")
        }
    }

    @Test(arguments: StoreEngine.all) func aConflictedMemberMatchesNothingOnThatCandidate(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.store.declareConflict(
            member: "member3", applicationID: id, reason: "Former colleague", by: f.actor("chair"))
        for member in ["chair", "member1", "member2"] {
            try f.mark(id, member, [3, 3, 3, 3, 3, 3, 3])
        }
        #expect(try matches(f, "total >= 0", as: "member1") == [id])
        #expect(try matches(f, "total >= 0", as: "member3").isEmpty)
    }
}
