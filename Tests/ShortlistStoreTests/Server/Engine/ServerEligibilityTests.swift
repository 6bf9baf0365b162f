#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// The call profile, the stored assessments, overrides and the grid's adoption through the
    /// PostgreSQL engine: SQLite's expectations (ReassessmentTests, GridAdoptionTests), and the
    /// server refusing what only the chair may do.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerEligibilityTests {
        /// The fixture's panel with the twelve fixture applications and the built-in profile.
        static func assessedPanel() throws -> (ServerPanel, PostgresStore, ApplicationAssessor) {
            let panel = try ServerPanel()
            let secretary = try panel.engine(as: "secretary")
            try secretary.insertCandidates(FixtureCandidates.all, by: secretary.actor)
            let (document, assessor) = try TestDatabase.builtInProfile(
                receivedBy: "2025-12-02T23:00:00")
            try secretary.replaceProfile(
                document, assessor: assessor, recountEvidence: true, by: secretary.actor)
            return (panel, secretary, assessor)
        }

        @Test func replacingTheProfileAssessesEveryApplicationAndOnlyChangesAreWritten() throws {
            let (panel, secretary, assessor) = try Self.assessedPanel()
            for candidate in FixtureCandidates.all {
                let fresh = EligibilityAssessment(checks: assessor.engine.checks(candidate))
                #expect(
                    try secretary.eligibility(of: candidate.applicationID) == fresh,
                    "\(candidate.applicationID)")
            }
            #expect(try secretary.storedProfile()?.reference.isEmpty == false)
            #expect(try secretary.profileCriteria().isEmpty == false)
            #expect(try secretary.scoringScheme() != nil)
            let (same, sameAssessor) = try TestDatabase.builtInProfile(
                receivedBy: "2025-12-02T23:00:00")
            let again = try secretary.replaceProfile(
                same, assessor: sameAssessor, recountEvidence: false, by: secretary.actor)
            #expect(again.assessed == 16)
            #expect(again.rewritten == 0)
            let (late, lateAssessor) = try TestDatabase.builtInProfile(
                receivedBy: "2025-11-20T09:59:59")
            let moved = try secretary.replaceProfile(
                late, assessor: lateAssessor, recountEvidence: false, by: secretary.actor)
            #expect(moved.rewritten >= FixtureCandidates.all.count)
            for candidate in FixtureCandidates.all {
                #expect(
                    try secretary.eligibility(of: candidate.applicationID)?.result == .ineligible)
            }
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT actor, after::jsonb ->> 'assessed' FROM audit WHERE action = 'profile.replace' ORDER BY seq"
                ) == [["secretary", "16"], ["secretary", "16"], ["secretary", "16"]])
        }

        @Test func theChairOverridesAndWithdrawsAndNobodyElseCan() throws {
            let (panel, _, _) = try Self.assessedPanel()
            let id = FixtureCandidates.all[2].applicationID
            let member = try panel.engine(as: "member1")
            #expect(throws: PermissionDenied.self) {
                try member.overrideEligibility(
                    id, rule: .education, to: .pass, reason: "x", by: member.actor)
            }
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO overrides VALUES (7, 'education', 'pass', 'x', 'member1', 'x')"
                ).contains("permission denied"))
            let chair = try panel.engine(as: "chair")
            try chair.overrideEligibility(
                id, rule: .education, to: .fail, reason: "dyplom nieuznany w Łodzi",
                by: chair.actor)
            let overridden = try #require(try chair.eligibility(of: id))
            #expect(overridden.outcome(.education).isOverridden)
            #expect(overridden.result == .ineligible)
            #expect(try chair.overriddenApplications() == [id])
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT v.value FROM audit a JOIN audit_values v ON v.seq = a.seq WHERE a.action = 'eligibility.override'"
                ) == [["dyplom nieuznany w Łodzi"]])
            try chair.withdrawOverride(id, rule: .education, reason: "błąd", by: chair.actor)
            #expect(try chair.overriddenApplications().isEmpty)
            #expect(try chair.eligibility(of: id)?.outcome(.education).isOverridden == false)
            let again = #expect(throws: StoreError.self) {
                try chair.withdrawOverride(id, rule: .education, reason: "x", by: chair.actor)
            }
            #expect("\(again!)".contains("has no override"))
        }

        @Test func theListingFollowsApplicationIDsAndBlindModeHidesNames() throws {
            let (panel, secretary, _) = try Self.assessedPanel()
            var lines: [EligibilityLine] = []
            try secretary.forEachEligibility { lines.append($0) }
            #expect(
                lines.map(\.applicationID.rawValue) == lines.map(\.applicationID.rawValue).sorted())
            #expect(lines.count == 16)
            #expect(
                lines.first { $0.applicationID.rawValue == "APP-0000001" }?.name
                    == "Παπαδόπουλος, Ιωάννης")
            let counts = try secretary.eligibilityCounts()
            #expect(counts.results.values.reduce(0, +) == 16)
            let chair = try panel.engine(as: "chair")
            try chair.setBlindMode(true, reason: "ślepa", by: chair.actor)
            lines = []
            try secretary.forEachEligibility { lines.append($0) }
            #expect(lines.allSatisfy { $0.name == $0.applicationID.rawValue })
            let reason = try secretary.eligibility(of: FixtureCandidates.all[0].applicationID)?
                .outcome(.nationality).check.reason
            #expect(reason?.contains("withheld in blind mode") == true)
        }

        @Test func inBlindModeTheProfileIsNotReplacedAndNothingChanges() throws {
            let (panel, secretary, _) = try Self.assessedPanel()
            let chair = try panel.engine(as: "chair")
            try chair.setBlindMode(true, reason: "ślepa", by: chair.actor)
            let sha = try secretary.storedProfile()?.sha256
            let before = try secretary.eligibility(of: FixtureCandidates.all[0].applicationID)
            let (late, lateAssessor) = try TestDatabase.builtInProfile(
                receivedBy: "2025-11-20T09:59:59")
            #expect(throws: StoreError.self) {
                try secretary.replaceProfile(
                    late, assessor: lateAssessor, recountEvidence: false, by: secretary.actor)
            }
            #expect(try secretary.storedProfile()?.sha256 == sha)
            #expect(try secretary.eligibility(of: FixtureCandidates.all[0].applicationID) == before)
        }

        @Test func theChairAdoptsTheGridOnceAndItFreezesTheProfile() throws {
            let (panel, secretary, _) = try Self.assessedPanel()
            let member = try panel.engine(as: "member2")
            #expect(throws: PermissionDenied.self) { try member.adoptGrid(by: member.actor) }
            #expect(try secretary.gridAdoption() == nil)
            let chair = try panel.engine(as: "chair")
            let adoption = try chair.adoptGrid(by: chair.actor)
            #expect(adoption.by == "chair")
            #expect(try secretary.gridAdoption() == adoption)
            let twice = #expect(throws: StoreError.self) { try chair.adoptGrid(by: chair.actor) }
            #expect("\(twice!)".contains("already adopted by chair"))
            let (document, assessor) = try TestDatabase.builtInProfile(
                receivedBy: "2025-12-02T23:00:00")
            let frozen = #expect(throws: StoreError.self) {
                try secretary.replaceProfile(
                    document, assessor: assessor, recountEvidence: false, by: secretary.actor)
            }
            #expect("\(frozen!)".contains("adopted by chair"))
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT after::jsonb ->> 'grid_sha256' FROM audit WHERE action = 'profile.adopt'"
                )
                    == [[adoption.gridSHA256 ?? ""]])
        }

        @Test func exportsListEveryoneAndOnlyTheChairAndSecretaryMayExport() throws {
            let (panel, secretary, _) = try Self.assessedPanel()
            var lines: [CandidateLine] = []
            try secretary.forEachCandidateLine { lines.append($0) }
            #expect(lines.count == 16)
            #expect(lines.first { $0.applicationID.rawValue == "APP-0000010" }?.name == "王, 小明")
            #expect(lines.allSatisfy { $0.eligibility != nil })
            let member = try panel.engine(as: "member4")
            #expect(throws: PermissionDenied.self) { try member.authoriseExport(by: member.actor) }
            try secretary.authoriseExport(by: secretary.actor)
            #expect(throws: StoreError.self) {
                try secretary.authoriseMemberMarksExport(by: secretary.actor)
            }
            let chair = try panel.engine(as: "chair")
            try chair.authoriseMemberMarksExport(by: chair.actor)
            try secretary.recordExport(
                ExportRecord(
                    kind: "ranking", format: "csv", fileName: "ranking-Ιούνιος.csv",
                    sha256: String(repeating: "0", count: 64)), by: secretary.actor)
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT actor, action, after::jsonb ->> 'file' FROM audit ORDER BY seq DESC LIMIT 1"
                )
                    == [["secretary", "export.ranking", "ranking-Ιούνιος.csv"]])
            try chair.setBlindMode(true, reason: "ślepa", by: chair.actor)
            lines = []
            try member.forEachCandidateLine { lines.append($0) }
            #expect(lines.count == 16 && lines.allSatisfy { $0.name == $0.applicationID.rawValue })
        }
    }
#endif
