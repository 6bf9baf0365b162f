#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// Interview scoring through the PostgreSQL engine, each person connected as their own role.
    /// On APP-1 member1 and the chair have submitted, member2 holds a draft, member3 declared a
    /// conflict and member4 has not scored (ServerPanel).
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerScoringEngineTests {
        @Test func aMemberWritesAndReadsTheirOwnDraftAndTheTrailSealsIt() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member4 = try panel.scoringEngine("member4")
            try member4.setMarks(
                ApplicationID("APP-2"), marks: [CriterionID("A1"): 3],
                comments: [CriterionID("A1"): "Говорит ясно, пример из Гданьска"], by: member4.actor
            )
            let own = try member4.candidateScoring(ApplicationID("APP-2"), for: member4.actor).own
            #expect(own?.marks == [CriterionID("A1"): 3])
            #expect(own?.comments[CriterionID("A1")] == "Говорит ясно, пример из Гданьска")
            #expect(own?.isSubmitted == false)
            // A cleared mark goes; a mark outside the scale and an unknown criterion are refused.
            try member4.setMarks(
                ApplicationID("APP-2"), marks: [CriterionID("A2"): 1], cleared: [CriterionID("A1")],
                by: member4.actor)
            #expect(
                try member4.candidateScoring(ApplicationID("APP-2"), for: member4.actor).own?.marks
                    == [CriterionID("A2"): 1])
            #expect(throws: StoreError.self) {
                try member4.setMarks(
                    ApplicationID("APP-2"), marks: [CriterionID("A1"): 9], by: member4.actor)
            }
            #expect(throws: StoreError.self) {
                try member4.setMarks(
                    ApplicationID("APP-2"), marks: [CriterionID("Z9"): 1], by: member4.actor)
            }
            // The trail holds the marks as sealed digests; member4's verify checks them.
            let verification = try member4.verifyAuditTrail(expectedHead: nil)
            #expect(verification.isIntact)
            #expect(verification.valuesChecked >= 3)
            #expect(
                try panel.admin(
                    "SELECT count(*) FROM audit_values WHERE sealed AND seq IN (SELECT seq FROM audit WHERE actor = 'member4')"
                ).out == "5")
        }

        @Test func anotherMembersDraftReachesNobodyThroughTheEngine() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            for name in ["chair", "member1", "member4", "secretary", "reviewer"] {
                let store = try panel.scoringEngine(name)
                let scoring = try store.candidateScoring(ApplicationID("APP-1"), for: store.actor)
                #expect(!scoring.others.contains { $0.member == "member2" }, "\(name)")
                #expect(scoring.own?.member != "member2")
            }
            // member2 has not submitted: nothing of APP-1 but their own draft.
            let member2 = try panel.scoringEngine("member2")
            let scoring = try member2.candidateScoring(ApplicationID("APP-1"), for: member2.actor)
            #expect(scoring.others.isEmpty)
            #expect(scoring.result == .sealed)
            #expect(scoring.own?.marks == [CriterionID("A1"): 2])
            #expect(scoring.own?.comments[CriterionID("A1")] == "draft: ask about Łódź")
            // Who has submitted is no mark: everyone may know it.
            #expect(scoring.submitted == ["chair", "member1"])
            #expect(scoring.expected == ["chair", "member1", "member2", "member4"])
        }

        @Test func writingAnotherMembersCardIsRefusedByTheStoreAndTheServer() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member2 = try panel.scoringEngine("member2")
            #expect(throws: StoreError.self) {
                try member2.setMarks(
                    ApplicationID("APP-2"), marks: [CriterionID("A1"): 1],
                    by: ServerPanel.impersonating("member1"))
            }
            // Past the store's check, straight on member2's connection: the server refuses.
            #expect(throws: (any Error).self) {
                try member2.transaction { session in
                    try session.execute(
                        "INSERT INTO scorecards (candidate_id, member, updated_at) VALUES (2, 'member1', 'x')"
                    )
                }
            }
            let changed = try member2.transaction { session in
                try session.rows(
                    "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1' RETURNING mark"
                ).count
            }
            #expect(changed == 0)
            #expect(
                try panel.admin(
                    "SELECT mark FROM scorecard_marks WHERE member = 'member1' ORDER BY criterion"
                )
                .out == "4\n3")
            #expect(throws: (any Error).self) {
                try member2.transaction { session in
                    try session.execute("SELECT reopen_scorecard(1, 'member1')")
                }
            }
        }

        @Test func submittingLocksTheCardUntilTheChairReopensIt() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member2 = try panel.scoringEngine("member2")
            let app1 = ApplicationID("APP-1")
            let incomplete = #expect(throws: StoreError.self) {
                try member2.submitScorecard(app1, by: member2.actor)
            }
            #expect("\(incomplete!)".contains("still to mark: A2"))
            try member2.setMarks(app1, marks: [CriterionID("A2"): 3], by: member2.actor)
            try member2.submitScorecard(app1, by: member2.actor)
            let after = try member2.candidateScoring(app1, for: member2.actor)
            #expect(after.own?.isSubmitted == true)
            // Now member2 sees the other submitted cards and the combined result.
            #expect(after.others.map(\.member) == ["chair", "member1"])
            #expect(after.result.value?.criteria.first?.marks.sorted() == [2, 4, 5])
            let locked = #expect(throws: StoreError.self) {
                try member2.setMarks(app1, marks: [CriterionID("A1"): 1], by: member2.actor)
            }
            #expect("\(locked!)".contains("submitted and locked"))
            // Only the chair reopens, and the server refuses anyone else too.
            #expect(throws: PermissionDenied.self) {
                try member2.reopenScorecard(
                    app1, member: "member2", reason: "typo", by: member2.actor)
            }
            let chair = try panel.scoringEngine("chair")
            try chair.reopenScorecard(
                app1, member: "member2", reason: "calibration: A1 anchors", by: chair.actor)
            try member2.setMarks(app1, marks: [CriterionID("A1"): 3], by: member2.actor)
            #expect(
                try member2.candidateScoring(app1, for: member2.actor).own?.marks[CriterionID("A1")]
                    == 3)
            let reopen = try chair.auditLog(
                filter: AuditFilter(action: "score.reopen"), by: chair.actor, limit: nil,
                newest: false)
            #expect(reopen.last?.after?.contains("calibration: A1 anchors") == true)
        }

        @Test func aConflictedMemberScoresNothingAndSeesNoMark() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member3 = try panel.scoringEngine("member3")
            let refusal = #expect(throws: StoreError.self) {
                try member3.setMarks(
                    ApplicationID("APP-1"), marks: [CriterionID("A1"): 3], by: member3.actor)
            }
            #expect("\(refusal!)".contains("conflict of interest"))
            let scoring = try member3.candidateScoring(ApplicationID("APP-1"), for: member3.actor)
            #expect(scoring.viewerIsConflicted)
            #expect(scoring.others.isEmpty)
            #expect(scoring.result == .sealed)
        }

        @Test func theChairExcusesAndWithdrawsAnExcusalAndTheDraftIsSetAside() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let chair = try panel.scoringEngine("chair")
            let app1 = ApplicationID("APP-1")
            try chair.excuse(
                member: "member2", from: app1, reason: "absent: strajk kolejowy", by: chair.actor)
            #expect(try chair.excusedMembers(of: app1) == ["member2"])
            #expect(
                try panel.admin("SELECT count(*) FROM scorecards WHERE member = 'member2'").out
                    == "0")
            #expect(
                try chair.candidateScoring(app1, for: chair.actor).expected == [
                    "chair", "member1", "member4",
                ])
            // A submitted card refuses an excusal; a member may not excuse at all.
            #expect(throws: StoreError.self) {
                try chair.excuse(member: "member1", from: app1, reason: "x", by: chair.actor)
            }
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.excuse(member: "member4", from: app1, reason: "x", by: member1.actor)
            }
            #expect(throws: (any Error).self) {
                try member1.transaction { session in
                    try session.execute("SELECT excuse_member(1, 'member4', 'x')")
                }
            }
            try chair.withdrawExcuse(
                member: "member2", from: app1, reason: "she came after all", by: chair.actor)
            #expect(try chair.excusedMembers(of: app1).isEmpty)
        }

        @Test func theSecretaryAndReviewersReadOnlyCombinedResultsOnceEveryCardIsIn() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let app1 = ApplicationID("APP-1")
            let reviewer = try panel.scoringEngine("reviewer")
            let before = try reviewer.scoreProgress(of: [app1], for: reviewer.actor)[app1]
            #expect(before?.isComplete == false)
            #expect(before?.submittedCount == 2)
            #expect(before?.expectedCount == 4)
            #expect(before?.result == .sealed)
            for name in ["member2", "member4"] {
                let store = try panel.scoringEngine(name)
                try store.setMarks(
                    app1, marks: [CriterionID("A1"): 3, CriterionID("A2"): 2], by: store.actor)
                try store.submitScorecard(app1, by: store.actor)
            }
            let chair = try panel.scoringEngine("chair")
            let full = try #require(
                try chair.candidateScoring(app1, for: chair.actor).result.value)
            for name in ["reviewer", "secretary"] {
                let store = try panel.scoringEngine(name)
                let progress = try #require(
                    try store.scoreProgress(of: [app1], for: store.actor)[app1])
                #expect(progress.isComplete)
                let result = try #require(progress.result.value)
                // The same total and means as the chair's, from the server's means alone.
                #expect(result.total == full.total)
                #expect(result.passed == full.passed)
                #expect(result.criteria.map(\.mean) == full.criteria.map(\.mean))
                #expect(result.criteria.allSatisfy { $0.marks.isEmpty })
                #expect(try store.candidateScoring(app1, for: store.actor).others.isEmpty)
            }
        }

        @Test func invitationsAreForEligibleCandidatesAndWithdrawnOnlyBeforeAnySubmission() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            try panel.run(
                "secretary",
                """
                INSERT INTO candidates (id, application_id, surname, given_names, name_key, name_search, name_latin)
                VALUES (5, 'APP-5', 'Κωστόπουλος', 'Νίκος', 'kostopoulos nikos', 'κωστοπουλος νικος', 'kostopoulos nikos'),
                       (6, 'APP-6', '李', '娜', '李 娜', '李 娜', 'li na');
                INSERT INTO eligibility VALUES (5, 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', '', 'eligible'),
                    (6, 'fail', 'pass', 'pass', 'pass', 'pass', 'pass', 'nationality', 'ineligible');
                """)
            let secretary = try panel.scoringEngine("secretary")
            let refused = #expect(throws: StoreError.self) {
                try secretary.invite(
                    [ApplicationID("APP-5"), ApplicationID("APP-6")], by: secretary.actor)
            }
            #expect("\(refused!)".contains("APP-6 is ineligible"))
            #expect(!(try secretary.invitedCandidates().contains(ApplicationID("APP-5"))))
            try secretary.invite([ApplicationID("APP-5")], by: secretary.actor)
            #expect(try secretary.invitedCandidates().contains(ApplicationID("APP-5")))
            #expect(try secretary.eligibleApplicationIDs(limit: 10) == [ApplicationID("APP-5")])
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.invite([ApplicationID("APP-5")], by: member1.actor)
            }
            #expect(throws: StoreError.self) {
                try secretary.withdrawInvitation([ApplicationID("APP-1")], by: secretary.actor)
            }
            try secretary.withdrawInvitation([ApplicationID("APP-5")], by: secretary.actor)
            #expect(!(try secretary.invitedCandidates().contains(ApplicationID("APP-5"))))
        }

        @Test func aNoShowLeavesTheRoundUntilUndoneAndTheLetterIsForThoseWhoInvite() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let secretary = try panel.scoringEngine("secretary")
            let app2 = ApplicationID("APP-2")
            #expect(throws: StoreError.self) {
                try secretary.recordOutcome(app2, .noShow, reason: "  ", by: secretary.actor)
            }
            try secretary.recordOutcome(
                app2, .noShow, reason: "nie stawiła się, brak kontaktu", by: secretary.actor)
            let outcome = try #require(try secretary.invitationOutcomes()[app2])
            #expect(outcome.outcome == .noShow)
            #expect(outcome.reason == "nie stawiła się, brak kontaktu")
            #expect(outcome.recordedBy == "secretary")
            let member4 = try panel.scoringEngine("member4")
            let refused = #expect(throws: StoreError.self) {
                try member4.setMarks(app2, marks: [CriterionID("A1"): 3], by: member4.actor)
            }
            #expect("\(refused!)".contains("did not attend"))
            #expect(try member4.scoreProgress(of: [app2], for: member4.actor)[app2] == nil)
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.clearOutcome(app2, by: member1.actor)
            }
            try secretary.clearOutcome(app2, by: secretary.actor)
            #expect(try secretary.invitationOutcomes().isEmpty)
            try member4.setMarks(app2, marks: [CriterionID("A1"): 3], by: member4.actor)
            // The letter: the secretary's text until reset to the built-in one.
            #expect(try secretary.letterTemplate() == nil)
            try secretary.setLetterTemplate(
                "Szanowna Pani {{name}}, zapraszamy na rozmowę.", by: secretary.actor)
            #expect(
                try member1.letterTemplate() == "Szanowna Pani {{name}}, zapraszamy na rozmowę.")
            #expect(throws: PermissionDenied.self) {
                try member1.setLetterTemplate("x", by: member1.actor)
            }
            try secretary.setLetterTemplate(nil, by: secretary.actor)
            #expect(try secretary.letterTemplate() == nil)
        }

        @Test func slotsWarnOfConflictsAndTheChecklistIsKeptForInvitedCandidates() throws {
            let panel = try ServerPanel()
            let secretary = try panel.scoringEngine("secretary")
            let time = try #require(Timestamp(iso: "2026-03-10T09:30:00Z"))
            let slot = InterviewSlot(
                time: time, place: "Bruxelles, salle Łódź 2",
                languages: [try #require(LanguageCode(rawValue: "fr"))])
            // member3 declared a conflict on APP-1: they sit out that slot.
            let warnings = try secretary.scheduleInterview(
                ApplicationID("APP-1"), slot, force: false, by: secretary.actor)
            #expect(warnings.count == 1)
            #expect(warnings.first?.hasPrefix("member3 declared a conflict") == true)
            #expect(try secretary.interviewSlots()[ApplicationID("APP-1")] == slot)
            let taken = #expect(throws: StoreError.self) {
                try secretary.scheduleInterview(
                    ApplicationID("APP-2"), slot, force: false, by: secretary.actor)
            }
            #expect("\(taken!)".contains("already the slot of APP-1"))
            try secretary.scheduleInterview(
                ApplicationID("APP-2"), slot, force: true, by: secretary.actor)
            #expect(try secretary.interviewSlots().count == 2)
            // The checklist.
            try secretary.setRecruitmentChecks(
                ApplicationID("APP-4"), [(.diploma, true), (.cast, false)], by: secretary.actor)
            let checks = try secretary.recruitmentChecklist(ApplicationID("APP-4"))
            #expect(checks.map(\.item) == [.cast, .diploma])
            #expect(checks.map(\.met) == [false, true])
            #expect(checks.allSatisfy { $0.recordedBy == "secretary" })
            let missing = try secretary.recruitmentMissing()
            #expect(missing[ApplicationID("APP-4")]?.contains(.diploma) == false)
            #expect(missing[ApplicationID("APP-4")]?.contains(.cast) == true)
            #expect(missing[ApplicationID("APP-1")] == RecruitmentItem.allCases)
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.setRecruitmentChecks(
                    ApplicationID("APP-4"), [(.medical, true)], by: member1.actor)
            }
        }
    }
#endif
