import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct ScorecardTests {
    @Test(arguments: StoreEngine.all)
    func onlyEligibleCandidatesCanBeInvitedAndNobodyIsInvitedOtherwise(engine: StoreEngine) throws {
        let f = try ScoringFixture(engine)
        let ineligible = try #require(
            FixtureCandidates.all.map(\.applicationID).first { !f.eligible.contains($0) })
        #expect(throws: StoreError.self) {
            try f.store.invite([f.eligible[0], ineligible], by: f.actor("chair"))
        }
        #expect(try f.store.invitedCandidates().isEmpty)
        #expect(throws: PermissionDenied.self) {
            try f.store.invite([f.eligible[0]], by: f.actor("member1"))
        }
        try f.store.invite([f.eligible[0]], by: f.actor("secretary"))
        #expect(try f.store.invitedCandidates() == [f.eligible[0]])
    }

    @Test(arguments: StoreEngine.all)
    func marksAreCheckedAgainstTheScaleTheCriteriaAndTheInvitation(engine: StoreEngine) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        let member = try f.actor("member1")
        #expect(throws: StoreError.self) {
            try f.store.setMarks(id, marks: [CriterionID("A1"): 3], by: member)
        }
        try f.store.invite([id], by: f.actor("chair"))
        #expect(throws: StoreError.self) {
            try f.store.setMarks(id, marks: [CriterionID("A1"): 6], by: member)
        }
        #expect(throws: StoreError.self) {
            try f.store.setMarks(id, marks: [CriterionID("Z9"): 3], by: member)
        }
        #expect(throws: PermissionDenied.self) {
            try f.store.setMarks(id, marks: [CriterionID("A1"): 3], by: f.actor("secretary"))
        }
        try f.store.setMarks(id, marks: [CriterionID("A1"): 3], by: member)
        #expect(try f.store.candidateScoring(id, for: member).own?.marks == [CriterionID("A1"): 3])
        try f.store.setMarks(id, cleared: [CriterionID("A1")], by: member)
        #expect(try f.store.candidateScoring(id, for: member).own?.marks.isEmpty == true)
    }

    @Test(arguments: StoreEngine.all) func marksLeaveTheAdoptionAsTheChairMadeIt(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        let adopted = try f.store.gridAdoption()
        try f.store.setMarks(id, marks: [CriterionID("A1"): 3], by: f.actor("member2"))
        #expect(try f.store.gridAdoption() == adopted)
        #expect(adopted?.by == "chair")
    }

    @Test(arguments: StoreEngine.all) func submittingNeedsEveryCriterionAndCommentsAtTheEnds(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        let member = try f.actor("member1")
        try f.store.invite([id], by: f.actor("chair"))
        try f.store.setMarks(id, marks: [CriterionID("A1"): 3], by: member)
        #expect(throws: StoreError.self) { try f.store.submitScorecard(id, by: member) }
        var marks: [CriterionID: Int] = Dictionary(
            uniqueKeysWithValues: ScoringFixture.criteria.map { ($0, 3) })
        marks[CriterionID("B2")] = 5
        try f.store.setMarks(id, marks: marks, by: member)
        #expect(throws: StoreError.self) { try f.store.submitScorecard(id, by: member) }
        try f.store.setMarks(
            id, comments: [CriterionID("B2"): "Led three EU-wide pilots."], by: member)
        try f.store.submitScorecard(id, by: member)
        #expect(throws: StoreError.self) {
            try f.store.setMarks(id, marks: [CriterionID("A1"): 4], by: member)
        }
    }

    @Test(arguments: StoreEngine.all) func theChairReopensACardAndBothVersionsStayInTheTrail(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.mark(id, "member1", [1, 3, 3, 3, 3, 3, 3])
        #expect(throws: PermissionDenied.self) {
            try f.store.reopenScorecard(
                id, member: "member1", reason: "calibration", by: f.actor("member1"))
        }
        #expect(throws: StoreError.self) {
            try f.store.reopenScorecard(id, member: "member1", reason: " ", by: f.actor("chair"))
        }
        try f.store.reopenScorecard(
            id, member: "member1", reason: "calibration on A1", by: f.actor("chair"))
        try f.mark(id, "member1", [3, 3, 3, 3, 3, 3, 3])
        // The secretary reads the trail with marks sealed; the chair, after submitting, in full.
        try f.mark(id, "chair", [3, 3, 3, 3, 3, 3, 3])
        let submits = try f.store.auditLog(candidate: id, by: f.actor("chair"))
            .filter { $0.action == "score.submit" && $0.actor == "member1" }
        #expect(submits.map { $0.after?.contains(#""A1":"1""#) } == [true, false])
        #expect(submits.map { $0.after?.contains(#""A1":"3""#) } == [false, true])
    }

    @Test(arguments: StoreEngine.all) func anExcusedMemberIsNoLongerExpected(engine: StoreEngine)
        throws
    {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        for (member, marks) in ScoringFixture.worked { try f.mark(id, member, marks) }
        try f.mark(id, "member3", [2, 2, 2, 2, 2, 2, 2], submit: false)
        #expect(throws: PermissionDenied.self) {
            try f.store.excuse(member: "member3", from: id, reason: "ill", by: f.actor("secretary"))
        }
        try f.store.excuse(
            member: "member3", from: id, reason: "ill on the day", by: f.actor("chair"))
        let seen = try f.store.candidateScoring(id, for: f.actor("secretary"))
        #expect(seen.excused == ["member3"])
        #expect(seen.result.value?.total == 71.33, "the draft of an excused member does not count")
        #expect(throws: StoreError.self) { try f.mark(id, "member3", [2, 2, 2, 2, 2, 2, 2]) }
    }

    @Test(arguments: StoreEngine.all) func aDraftSurvivesTheProcessAndSubmittingIsAllOrNothing(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.store.setMarks(
            id, marks: [CriterionID("A1"): 2], note: "Good on networks", by: f.actor("member2"))
        let reopened = try engine.open("s.sqlite", in: f.directory)
        let card = try reopened.candidateScoring(id, for: reopened.acting(as: "member2")).own
        #expect(card?.marks == [CriterionID("A1"): 2])
        #expect(card?.note == "Good on networks")
        // A refused submit leaves the card a draft, and no entry in the trail.
        let entries = try f.store.auditLog(by: f.actor("chair")).count
        #expect(throws: StoreError.self) {
            try reopened.submitScorecard(id, by: reopened.acting(as: "member2"))
        }
        #expect(
            try reopened.candidateScoring(id, for: reopened.acting(as: "member2")).own?.isSubmitted
                == false)
        #expect(try f.store.auditLog(by: f.actor("chair")).count == entries)
    }

    @Test(arguments: StoreEngine.all) func finalisingFreezesWhatDesignSaysAndReopeningNeedsAReason(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        try f.store.invite([a], by: f.actor("chair"))
        #expect(throws: StoreError.self) { try f.store.finaliseRanking(by: f.actor("chair")) }
        try f.scoreFully(a, [3, 3, 3, 3, 3, 3, 3])
        #expect(throws: PermissionDenied.self) {
            try f.store.finaliseRanking(by: f.actor("secretary"))
        }
        try f.store.finaliseRanking(by: f.actor("chair"))
        #expect(try f.store.isRankingFinal())

        let chair = try f.actor("chair")
        #expect(throws: StoreError.self) { try f.store.invite([b], by: chair) }
        #expect(throws: StoreError.self) {
            try f.store.reopenScorecard(a, member: "member1", reason: "late", by: chair)
        }
        #expect(throws: StoreError.self) {
            try f.store.overrideEligibility(a, rule: .languages, to: .pass, reason: "x", by: chair)
        }
        #expect(throws: StoreError.self) {
            try f.store.declareConflict(
                member: "member1", applicationID: b, reason: "x", by: f.actor("member1"))
        }
        #expect(throws: StoreError.self) { try f.store.reopenRanking(reason: "", by: chair) }
        try f.store.reopenRanking(reason: "a member's card was mistyped", by: chair)
        #expect(try !f.store.isRankingFinal())
        try f.store.invite([b], by: chair)
    }
}
