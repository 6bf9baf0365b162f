import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Every read path of the store that carries marks, asked by each kind of viewer at each
/// stage: nobody sees a draft but its author; a scorer sees others' marks only after
/// submitting; a conflicted member sees nothing; the secretary and reviewers see combined
/// results only when complete, and never a single member's card.
@Suite struct SealingTests {
    @Test(arguments: StoreEngine.all) func draftsAreVisibleToTheirAuthorAlone(engine: StoreEngine)
        throws
    {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.mark(id, "member1", [4, 3, 4, 3, 2, 4, 4], submit: false)

        let author = try f.store.candidateScoring(id, for: f.actor("member1"))
        #expect(author.own?.marks[CriterionID("A1")] == 4)
        #expect(author.own?.isSubmitted == false)
        #expect(author.result == .sealed)
        for viewer in ["chair", "member2", "member3", "secretary", "reviewer"] {
            let seen = try f.store.candidateScoring(id, for: f.actor(viewer))
            #expect(seen.own == nil, "\(viewer) sees no card of their own")
            #expect(seen.others.isEmpty, "\(viewer) sees member1's draft")
            #expect(seen.result == .sealed, "\(viewer) sees a combined result")
        }
    }

    @Test(arguments: StoreEngine.all) func aScorerSeesOthersOnlyAfterSubmittingTheirOwn(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("secretary"))
        try f.mark(id, "member1", ScoringFixture.worked["member1"]!)
        try f.mark(id, "member2", ScoringFixture.worked["member2"]!, submit: false)

        // The chair is sealed like any member.
        let chairBefore = try f.store.candidateScoring(id, for: f.actor("chair"))
        #expect(chairBefore.others.isEmpty)
        #expect(chairBefore.result == .sealed)
        let member2Draft = try f.store.candidateScoring(id, for: f.actor("member2"))
        #expect(member2Draft.others.isEmpty)

        try f.mark(id, "chair", ScoringFixture.worked["chair"]!)
        let chairAfter = try f.store.candidateScoring(id, for: f.actor("chair"))
        #expect(chairAfter.others.map(\.member) == ["member1"], "member2's draft stays hidden")
        let partial = try #require(chairAfter.result.value)
        #expect(partial.criteria[0].marks.sorted() == [4, 5])
        // Who has submitted is not a mark: everyone may know it.
        #expect(chairAfter.submitted == ["chair", "member1"])
    }

    @Test(arguments: StoreEngine.all)
    func theSecretaryAndReviewersSeeCombinedResultsOnlyWhenComplete(engine: StoreEngine) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        for (member, marks) in ScoringFixture.worked { try f.mark(id, member, marks) }
        for viewer in ["secretary", "reviewer"] {
            #expect(try f.store.candidateScoring(id, for: f.actor(viewer)).result == .sealed)
        }
        try f.mark(id, "member3", [4, 4, 4, 3, 3, 3, 3])
        for viewer in ["secretary", "reviewer"] {
            let seen = try f.store.candidateScoring(id, for: f.actor(viewer))
            #expect(seen.result.value?.total != nil, "\(viewer) sees the complete result")
            #expect(seen.others.isEmpty, "\(viewer) sees a member's own card")
        }
    }

    @Test(arguments: StoreEngine.all) func aConflictedMemberSeesNothingAndScoresNothing(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.store.declareConflict(
            member: "member3", applicationID: id, reason: "former colleague", by: f.actor("member3")
        )
        #expect(throws: StoreError.self) { try f.mark(id, "member3", [3, 3, 3, 3, 3, 3, 3]) }
        for (member, marks) in ScoringFixture.worked { try f.mark(id, member, marks) }

        let seen = try f.store.candidateScoring(id, for: f.actor("member3"))
        #expect(seen.viewerIsConflicted)
        #expect(seen.others.isEmpty)
        #expect(seen.result == .sealed)
        // The candidate is complete without member3, so the secretary sees it.
        #expect(
            try f.store.candidateScoring(id, for: f.actor("secretary")).result.value?.total == 71.33
        )

        let ranking = try #require(try f.store.ranking(for: f.actor("member3")))
        #expect(ranking.ranksSealed, "a rank would place the sealed total between visible ones")
        #expect(ranking.ranked.allSatisfy { $0.result == .sealed && $0.rank == .sealed })
    }

    @Test(arguments: StoreEngine.all) func theRankingSealsWhatTheViewerMayNotSee(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        try f.store.invite([a, b], by: f.actor("chair"))
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        for member in ["member1", "member2", "member3"] {
            try f.mark(b, member, [2, 2, 2, 2, 2, 2, 2])
        }

        let chair = try #require(try f.store.ranking(for: f.actor("chair")))
        #expect(chair.ranked.map(\.applicationID) == [a])
        #expect(chair.ranked[0].rank == .visible(1))
        #expect(chair.pending.map(\.applicationID) == [b])
        #expect(chair.pending[0].result == .sealed, "the chair has not submitted for b")
        #expect(chair.pending[0].rank == nil)
        #expect(chair.pending[0].own == .toDo)

        let member1 = try #require(try f.store.ranking(for: f.actor("member1")))
        #expect(member1.pending[0].result.value?.total == 40, "member1 submitted for b")

        let secretary = try #require(try f.store.ranking(for: f.actor("secretary")))
        #expect(secretary.pending[0].result == .sealed)
        #expect(secretary.ranked[0].result.value?.total == 80)
        #expect(
            secretary.progress.first { $0.member == "chair" }.map { ($0.submitted, $0.expected) }!
                == (1, 2))
    }

    @Test(arguments: StoreEngine.all) func theAuditTrailRedactsMarksTheReaderMayNotSee(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.mark(id, "member1", ScoringFixture.worked["member1"]!)

        func scoreEntries(_ viewer: String) throws -> [AuditEntry] {
            try f.store.auditLog(candidate: id, by: f.actor(viewer)).filter {
                $0.action.hasPrefix("score.")
            }
        }
        let beforeChairSubmits = try scoreEntries("chair")
        #expect(beforeChairSubmits.count == 2)
        #expect(beforeChairSubmits.allSatisfy { !($0.after ?? "").contains(#""4""#) })
        #expect(beforeChairSubmits.allSatisfy { ($0.after ?? "").contains("sealed") })

        try f.mark(id, "chair", ScoringFixture.worked["chair"]!)
        let after = try scoreEntries("chair").filter { $0.actor == "member1" }
        #expect(
            after.first { $0.action == "score.set" }?.after?.contains("sealed") == true,
            "a draft stays sealed")
        #expect(after.first { $0.action == "score.submit" }?.after?.contains(#""A1":"4""#) == true)

        // The secretary never sees a single member's marks, complete or not.
        try f.mark(id, "member2", ScoringFixture.worked["member2"]!)
        try f.mark(id, "member3", [3, 3, 3, 3, 3, 3, 3])
        #expect(
            try scoreEntries("secretary").allSatisfy { ($0.after ?? "sealed").contains("sealed") })
        // Redaction is a view: the stored chain is intact.
        #expect(try f.store.verifyAuditTrail().isIntact)
    }

    @Test(arguments: StoreEngine.all) func refusalsNameNoSealedMark(engine: StoreEngine) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.mark(id, "member1", [1, 1, 1, 1, 1, 1, 1], submit: false)
        do {
            try f.store.finaliseRanking(by: f.actor("chair"))
            Issue.record("finalising with a pending candidate")
        } catch let error as StoreError {
            #expect(!"\(error)".contains("1, 1"))
            #expect("\(error)".contains(id.rawValue))
        }
    }
}
