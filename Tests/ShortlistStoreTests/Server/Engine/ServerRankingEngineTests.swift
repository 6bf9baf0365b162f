#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// The ranking through the PostgreSQL engine: scorers rank from the cards the server lets
    /// them read, the secretary and reviewers from `combined_results()` means alone, and the
    /// chair finalises and reopens. APP-1 is completed by member2 and member4 in each test.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerRankingEngineTests {
        /// member2 and member4 submit APP-1, so that every expected card of it is in.
        func completeAPP1(_ panel: ServerPanel) throws {
            for name in ["member2", "member4"] {
                let store = try panel.scoringEngine(name)
                try store.setMarks(
                    ApplicationID("APP-1"), marks: [CriterionID("A1"): 3, CriterionID("A2"): 2],
                    by: store.actor)
                try store.submitScorecard(ApplicationID("APP-1"), by: store.actor)
            }
        }

        @Test func everyRoleRanksWhatItMaySeeAndTheSecretaryFromMeansAlone() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            try completeAPP1(panel)
            let chair = try panel.scoringEngine("chair")
            let view = try #require(try chair.ranking(for: chair.actor))
            #expect(!view.ranksSealed)
            #expect(view.ranked.map(\.applicationID) == [ApplicationID("APP-1")])
            #expect(view.ranked.first?.rank?.value == 1)
            #expect(view.ranked.first?.name == "Παπαδόπουλος, Γιώργος")
            #expect(view.ranked.first?.conditions.isEmpty == true)
            #expect(view.pending.map(\.applicationID.rawValue) == ["APP-2", "APP-3", "APP-4"])
            let total = try #require(view.ranked.first?.result.value?.total)
            for name in ["secretary", "reviewer"] {
                let store = try panel.scoringEngine(name)
                let seen = try #require(try store.ranking(for: store.actor))
                #expect(!seen.ranksSealed, "\(name)")
                #expect(seen.ranked.first?.result.value?.total == total, "\(name)")
                #expect(seen.ranked.first?.own == .notScoring)
            }
            // member3 declared a conflict on APP-1: its result and every rank stay sealed.
            let member3 = try panel.scoringEngine("member3")
            let sealed = try #require(try member3.ranking(for: member3.actor))
            #expect(sealed.ranksSealed)
            #expect(sealed.ranked.first?.result == .sealed)
            #expect(sealed.ranked.first?.own == .conflicted)
            // Progress names who submitted; another's draft is not even counted.
            let member2 = try panel.scoringEngine("member2")
            try member2.setMarks(
                ApplicationID("APP-2"), marks: [CriterionID("A1"): 1], by: member2.actor)
            let progress = try #require(try chair.ranking(for: chair.actor)).progress
            #expect(progress.first { $0.member == "member2" }?.drafts == 0)
            let own = try #require(try member2.ranking(for: member2.actor)).progress
            #expect(own.first { $0.member == "member2" }?.drafts == 1)
        }

        @Test func theChairFinalisesOnceEveryCardIsInAndEveryRoleChecksIt() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let chair = try panel.scoringEngine("chair")
            let refusal = try #require(try chair.finalisationRefusal())
            #expect(refusal.contains("not fully scored yet"))
            #expect(
                try chair.finalisationBlockers().first
                    == FinalisationBlocker(
                        applicationID: ApplicationID("APP-1"), waitingFor: ["member2", "member4"]))
            try completeAPP1(panel)
            let secretary = try panel.scoringEngine("secretary")
            try secretary.withdrawInvitation(
                ["APP-2", "APP-3", "APP-4"].map(ApplicationID.init(rawValue:)), by: secretary.actor)
            #expect(try chair.finalisationRefusal() == nil)
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.finaliseRanking(by: member1.actor)
            }
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO ranking_finalisation VALUES (1, 'x', 'member1', NULL, NULL)"
                ).contains("permission denied"))
            try chair.finaliseRanking(by: chair.actor)
            #expect(try member1.isRankingFinal())
            for name in ServerPanel.everyone {
                #expect(
                    try panel.scoringEngine(name).checkFinalRanking() == .matches, "\(name)")
            }
            // Final: cards stay as they are.
            #expect(throws: StoreError.self) {
                try chair.reopenScorecard(
                    ApplicationID("APP-1"), member: "member1", reason: "x", by: chair.actor)
            }
            // A mark changed behind the store's back: whoever reads the results sees it.
            try panel.admin(
                "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1' AND criterion = 'A1'")
            for name in ["chair", "secretary", "reviewer"] {
                let check = try panel.scoringEngine(name).checkFinalRanking()
                #expect(check.mismatch?.contains("no longer matches") == true, "\(name)")
            }
            // The stored record altered: every role sees that, member3 (who reads no result) too.
            try panel.admin("UPDATE ranking_finalisation SET canonical = canonical || 'x'")
            let member3 = try panel.scoringEngine("member3").checkFinalRanking()
            #expect(member3.mismatch?.contains("stored record of it was altered") == true)
        }

        @Test func theChairReopensAFinalRankingWithAReason() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            try completeAPP1(panel)
            let secretary = try panel.scoringEngine("secretary")
            try secretary.withdrawInvitation(
                ["APP-2", "APP-3", "APP-4"].map(ApplicationID.init(rawValue:)), by: secretary.actor)
            let chair = try panel.scoringEngine("chair")
            try chair.finaliseRanking(by: chair.actor)
            #expect(throws: StoreError.self) {
                try chair.reopenRanking(reason: "  ", by: chair.actor)
            }
            try chair.reopenRanking(reason: "Ошибка в A2 — пересмотр", by: chair.actor)
            #expect(try !chair.isRankingFinal())
            #expect(try chair.checkFinalRanking() == .notFinal)
            let entry = try chair.auditLog(
                filter: AuditFilter(action: "ranking.reopen"), by: chair.actor, limit: nil,
                newest: false
            ).last
            #expect(entry?.after?.contains("Ошибка в A2 — пересмотр") == true)
            #expect(try chair.verifyAuditTrail(expectedHead: nil).isIntact)
        }

        @Test func aCASTOnlyRegisteredIsAConditionUntilTheChecklistRecordsThePass() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            try panel.run(
                "secretary", "UPDATE candidates SET cast_status = 'registered' WHERE id = 2")
            let chair = try panel.scoringEngine("chair")
            func conditions() throws -> [RecruitmentCondition]? {
                try chair.ranking(for: chair.actor)?.pending.first {
                    $0.applicationID == ApplicationID("APP-2")
                }?.conditions
            }
            #expect(try conditions() == [.castNotPassed])
            let secretary = try panel.scoringEngine("secretary")
            try secretary.setRecruitmentChecks(
                ApplicationID("APP-2"), [(.cast, true)], by: secretary.actor)
            #expect(try conditions() == [])
        }
    }
#endif
