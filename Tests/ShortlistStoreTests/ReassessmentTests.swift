import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// `profile replace`: every application checked again, only changed outcomes written, the
/// chair's overrides kept, and the audit entry saying how much changed.
@Suite struct ReassessmentTests {
    let folder = TemporaryDirectory()

    func store(_ engine: StoreEngine) throws -> any PanelDatabase {
        try TestDatabase.create(engine, "r.db", in: folder, candidates: FixtureCandidates.all)
    }

    func stored(_ store: any PanelDatabase) throws -> [ApplicationID: EligibilityAssessment] {
        var all: [ApplicationID: EligibilityAssessment] = [:]
        for candidate in FixtureCandidates.all {
            let assessment = try #require(try store.eligibility(of: candidate.applicationID))
            all[candidate.applicationID] = assessment
        }
        return all
    }

    @Test(arguments: StoreEngine.all) func theSameProfileAgainWritesNothing(engine: StoreEngine)
        throws
    {
        let store = try store(engine)
        let before = try stored(store)
        let (document, assessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-12-02T23:00:00")
        let reassessment = try store.replaceProfile(
            document, assessor: assessor, recountEvidence: false,
            by: store.acting(as: "secretary"))
        #expect(reassessment.assessed == FixtureCandidates.all.count)
        #expect(reassessment.rewritten == 0)
        #expect(reassessment.resultsChanged == 0)
        #expect(try stored(store) == before)
    }

    @Test(arguments: StoreEngine.all) func anEarlierDeadlineRewritesEveryOutcomeAsAFreshCheckWould(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let before = try stored(store)
        // Every fixture was received on 2025-11-20 at 10:00 Brussels time: now too late.
        let (document, assessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-11-20T09:59:59")
        let reassessment = try store.replaceProfile(
            document, assessor: assessor, recountEvidence: false,
            by: store.acting(as: "secretary"))
        let after = try stored(store)
        for candidate in FixtureCandidates.all {
            // The stored outcome is what checking the whole application afresh gives: reading
            // only the columns the rules look at loses nothing.
            let fresh = EligibilityAssessment(checks: assessor.engine.checks(candidate))
            #expect(after[candidate.applicationID] == fresh, "\(candidate.applicationID)")
            #expect(fresh.outcome(.deadline).result == .fail)
            #expect(fresh.result == .ineligible)
        }
        #expect(reassessment.assessed == FixtureCandidates.all.count)
        #expect(reassessment.rewritten == FixtureCandidates.all.count)
        #expect(
            reassessment.resultsChanged == before.values.filter { $0.result != .ineligible }.count)
        #expect(reassessment.resultsChanged > 0)

        // Back to the call's deadline: back to the outcomes stored at import.
        let (original, originalAssessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-12-02T23:00:00")
        let restored = try store.replaceProfile(
            original, assessor: originalAssessor, recountEvidence: false,
            by: store.acting(as: "secretary"))
        #expect(restored.rewritten == FixtureCandidates.all.count)
        #expect(restored.resultsChanged == reassessment.resultsChanged)
        #expect(try stored(store) == before)
    }

    @Test(arguments: StoreEngine.all) func anOverrideStillCountsAfterReassessment(
        engine: StoreEngine
    ) throws {
        let store = try store(engine)
        let chair = try store.acting(as: "chair")
        let id = FixtureCandidates.all[0].applicationID
        #expect(try store.eligibility(of: id)?.result == .eligible)
        try store.overrideEligibility(
            id, rule: .deadline, to: .pass, reason: "the portal was down that morning", by: chair)
        let (document, assessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-11-20T09:59:59")
        try store.replaceProfile(
            document, assessor: assessor, recountEvidence: false, by: store.acting(as: "secretary"))
        let assessment = try #require(try store.eligibility(of: id))
        #expect(assessment.outcome(.deadline).check.result == .fail)
        #expect(assessment.outcome(.deadline).isOverridden)
        #expect(assessment.result == .eligible)
        #expect(
            try store.eligibility(of: FixtureCandidates.all[4].applicationID)?.result == .ineligible
        )
    }

    @Test(arguments: StoreEngine.all) func theAuditEntrySaysHowMuchChanged(engine: StoreEngine)
        throws
    {
        let store = try store(engine)
        let (document, assessor) = try TestDatabase.builtInProfile(
            receivedBy: "2025-11-20T09:59:59")
        let reassessment = try store.replaceProfile(
            document, assessor: assessor, recountEvidence: false, by: store.acting(as: "secretary"))
        let entry = try #require(
            try store.auditLog(by: store.acting(as: "chair")).last {
                $0.action == "profile.replace"
            })
        let after = try #require(entry.after)
        #expect(after.contains("\"assessed\":\"\(FixtureCandidates.all.count)\""), "\(after)")
        #expect(after.contains("\"outcomes rewritten\":\"\(reassessment.rewritten)\""), "\(after)")
        #expect(
            after.contains("\"results changed\":\"\(reassessment.resultsChanged)\""), "\(after)")
        #expect(try store.verifyAuditTrail().isIntact)
    }
}
