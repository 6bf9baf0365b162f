import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The recruitment checklist (issue 19, item 4): per invited candidate, each item with who
/// and when, audited, filterable, and still editable after the ranking is final.
@Suite struct RecruitmentChecklistTests {
    @Test(arguments: StoreEngine.all) func itemsAreRecordedFilteredAndEditableAfterFinalising(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        let secretary = try f.actor("secretary")
        #expect(throws: StoreError.self) {
            try f.store.setRecruitmentChecks(a, [(.cast, true)], by: secretary)
        }
        try f.store.invite([a, b], by: secretary)
        #expect(throws: PermissionDenied.self) {
            try f.store.setRecruitmentChecks(a, [(.cast, true)], by: f.actor("member1"))
        }
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        try f.scoreFully(b, [3, 3, 3, 3, 3, 3, 3])
        try f.store.finaliseRanking(by: f.actor("chair"))
        try f.store.setRecruitmentChecks(
            a, RecruitmentItem.allCases.map { ($0, true) }, by: secretary)
        try f.store.setRecruitmentChecks(b, [(.cast, true), (.medical, false)], by: secretary)

        let checks = try f.store.recruitmentChecklist(b)
        #expect(checks.map(\.item) == [.cast, .medical])
        #expect(checks.allSatisfy { $0.recordedBy == "secretary" && !$0.recordedAt.isEmpty })
        #expect(checks.map(\.met) == [true, false])
        #expect(try f.store.recruitmentMissing()[a] == [])
        #expect(try f.store.recruitmentMissing()[b]?.contains(.medical) == true)

        func ids(_ text: String) throws -> [ApplicationID] {
            var found: [ApplicationID] = []
            try f.store.forEachCandidate(
                filter: try f.store.compile(text, for: secretary), sort: [SortKey(.id)]
            ) { found.append($0.applicationID) }
            return found
        }
        #expect(try ids("recruitment:complete") == [a])
        #expect(try ids("recruitment:missing") == [b])
        #expect(throws: FilterSyntaxError.self) {
            try f.store.compile("recruitment:done", for: secretary)
        }
        let log = try f.store.auditLog(by: f.actor("chair")).filter {
            $0.action == "recruitment.check"
        }
        #expect(log.count == 2)
    }
}
