import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The panel adopts its grid before anyone screens or scores, and each chair and member
/// declares confidentiality and no undeclared conflict first (issue 18, items 2).
@Suite struct GridAdoptionTests {
    let folder = TemporaryDirectory()
    let a1: [CriterionID: ScreeningMark] = [CriterionID("A1"): .met]

    func store(_ engine: StoreEngine) throws -> any PanelDatabase {
        try TestDatabase.create(engine, "g.db", in: folder, candidates: FixtureCandidates.all)
    }

    func entries(_ store: any PanelDatabase, _ action: String) throws -> [AuditEntry] {
        try store.auditLog(by: store.acting(as: "chair")).filter { $0.action == action }
    }

    @Test(arguments: StoreEngine.all) func screeningAndScoringAreRefusedBeforeAdoptionSayingHow(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let id = FixtureCandidates.all[0].applicationID
        let chair = try store.acting(as: "chair")
        try store.declare(by: chair)
        let screening = try #require(throws: StoreError.self) {
            try store.screen(id, marks: a1, by: chair)
        }
        #expect(screening.description.contains("`shortlist profile adopt --user chair`"))
        try store.invite([id], by: chair)
        let scoring = try #require(throws: StoreError.self) {
            try store.setMarks(id, marks: [CriterionID("A1"): 3], by: chair)
        }
        #expect(
            scoring.description.contains(
                "the chair must adopt the panel's grid before anyone may score"))
        #expect(try store.roundRefusal(for: chair, to: "screen") != nil)
        try store.adoptGrid(by: chair)
        try store.screen(id, marks: a1, by: chair)
        try store.setMarks(id, marks: [CriterionID("A1"): 3], by: chair)
        #expect(try store.roundRefusal(for: chair, to: "screen") == nil)
    }

    @Test(arguments: StoreEngine.all) func onlyTheChairAdoptsAndTheTrailKeepsTheGridsDigest(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        for name in ["secretary", "member1", "reviewer"] {
            #expect(throws: PermissionDenied.self) {
                try store.adoptGrid(by: store.acting(as: name))
            }
        }
        #expect(try store.gridAdoption() == nil)
        let adoption = try store.adoptGrid(by: store.acting(as: "chair"))
        #expect(adoption.by == "chair")
        let scheme = try #require(try store.scoringScheme())
        let digest = sha256Hex(
            GridDigest.canonical(scheme, groups: try store.profileCriteria()))
        #expect(adoption.gridSHA256 == digest)
        #expect(try store.gridAdoption() == adoption)
        let entry = try #require(try entries(store, "profile.adopt").first)
        #expect(entry.actor == "chair")
        #expect(entry.after?.contains("\"grid_sha256\":\"\(digest)\"") == true)
        #expect(try store.verifyAuditTrail().firstProblem == nil)
    }

    @Test(arguments: StoreEngine.all) func afterAdoptionTheGridCannotChange(engine: StoreEngine)
        throws
    {
        let store = try store(engine)
        let chair = try store.acting(as: "chair")
        try store.adoptGrid(by: chair)
        let (document, assessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-12-03T23:00:00")
        let error = try #require(throws: StoreError.self) {
            try store.replaceProfile(document, assessor: assessor, by: chair)
        }
        #expect(error.description.contains("the panel's grid was adopted by chair"))
        #expect(throws: StoreError.self) { try store.adoptGrid(by: chair) }
    }

    @Test(arguments: StoreEngine.all) func lockIsAnotherNameForAdopt(engine: StoreEngine) throws {
        let store = try store(engine)
        try store.lockProfile(by: store.acting(as: "chair"))
        #expect(try store.gridAdoption()?.by == "chair")
        #expect(try store.gridAdoption()?.gridSHA256 != nil)
        #expect(try entries(store, "profile.adopt").count == 1)
    }

    @Test(arguments: StoreEngine.all) func membersDeclareBeforeTheyScreenOrScore(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let id = FixtureCandidates.all[0].applicationID
        let chair = try store.acting(as: "chair")
        let member1 = try store.acting(as: "member1")
        try store.adoptGrid(by: chair)
        #expect(try !store.hasDeclared(member1))
        let refusal = try #require(try store.declarationRefusal(for: member1))
        #expect(refusal.contains("`shortlist panel declare --user member1`"))
        let error = try #require(throws: StoreError.self) {
            try store.screen(id, marks: a1, by: member1)
        }
        #expect(error.description.contains("member1 must declare before they screen"))
        try store.invite([id], by: chair)
        #expect(throws: StoreError.self) {
            try store.setMarks(id, marks: [CriterionID("A1"): 3], by: member1)
        }
        #expect(try store.declare(by: member1) == DeclarationKind.allCases)
        #expect(try store.hasDeclared(member1))
        #expect(try store.declarationRefusal(for: member1) == nil)
        try store.screen(id, marks: a1, by: member1)
        try store.setMarks(id, marks: [CriterionID("A1"): 3], by: member1)
        let declared = try entries(store, "panel.declare")
        #expect(declared.map(\.actor) == ["member1", "member1"])
        #expect(declared.compactMap(\.after).contains { $0.contains("no_undeclared_conflict") })
    }

    @Test(arguments: StoreEngine.all) func declaringTwiceIsHarmless(engine: StoreEngine) throws {
        let store = try store(engine)
        let member2 = try store.acting(as: "member2")
        try store.declare(by: member2)
        let first = try store.declarations()
        let trail = try store.auditLog(by: store.acting(as: "chair")).count
        #expect(try store.declare(by: member2).isEmpty)
        #expect(try store.declarations() == first)
        #expect(try store.auditLog(by: store.acting(as: "chair")).count == trail)
    }

    @Test(arguments: StoreEngine.all) func aDeclarationCoversCandidatesImportedLater(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let member3 = try store.acting(as: "member3")
        try store.adoptGrid(by: store.acting(as: "chair"))
        try store.declare(by: member3)
        let later = FixtureCandidates.make(77, "Later", "Imported", nationality: "FR")
        _ = try store.insertCandidates(
            [
                PreparedCandidate(
                    later, assessment: ApplicationAssessor(profile: .builtIn).assess(later))
            ],
            by: store.acting(as: "secretary"), progress: nil, timing: nil)
        try store.screen(later.applicationID, marks: a1, by: member3)
    }

    @Test(arguments: StoreEngine.all) func theSecretaryAndReviewersMayDeclareButNeedNot(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let secretary = try store.acting(as: "secretary")
        #expect(try store.declarationRefusal(for: secretary) == nil)
        #expect(try store.declarationRefusal(for: store.acting(as: "reviewer")) == nil)
        try store.declare(by: secretary)
        #expect(try store.hasDeclared(secretary))
        let visitor = try store.actor(named: "stranger", login: "stranger")
        #expect(throws: StoreError.self) { try store.declare(by: visitor) }
    }
}
