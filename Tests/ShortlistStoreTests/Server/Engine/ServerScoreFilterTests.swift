#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// Filters on totals and criterion means through the PostgreSQL engine, each person
    /// connected as their own role: what FilterSealingTests checks on every engine, against
    /// the ServerPanel fixture (on APP-1 the chair and member1 submitted, member2 holds a
    /// draft, member3 declared a conflict, member4 has not scored), plus what a member cannot
    /// learn by naming someone else as the viewer.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerScoreFilterTests {
        func matches(_ store: PostgresStore, _ filter: String, as viewer: Actor? = nil) throws
            -> Set<String>
        {
            let compiled = try store.compile(filter, for: viewer ?? store.actor)
            var ids: Set<String> = []
            try store.forEachCandidate(filter: compiled, sort: [SortKey(.id)], limit: nil) {
                ids.insert($0.applicationID.rawValue)
            }
            #expect(try store.candidateCount(filter: compiled) == ids.count, "\(filter)")
            return ids
        }

        @Test func aScorerWhoSubmittedFiltersOnTheCombinedResult() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            // A1 4 and 5, A2 3 and 4: a total of 83.33, an A1 mean of 4.5.
            for name in ["chair", "member1"] {
                let store = try panel.scoringEngine(name)
                #expect(try matches(store, "total >= 80") == ["APP-1"], "\(name)")
                #expect(try matches(store, "total > 84").isEmpty, "\(name)")
                #expect(try matches(store, "score:A1 >= 4.5") == ["APP-1"], "\(name)")
                #expect(try matches(store, "score:A2 < 3.5").isEmpty, "\(name)")
            }
        }

        @Test func aFilterOnTotalsRevealsNoCandidateWhoseMarksAreSealed() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            // member2 has a draft, member3 a conflict, member4 nothing; the secretary and the
            // reviewer see results once every card is in.
            for name in ["member2", "member3", "member4", "secretary", "reviewer"] {
                let store = try panel.scoringEngine(name)
                #expect(try matches(store, "total >= 0").isEmpty, "\(name)")
                #expect(try matches(store, "total < 1000").isEmpty, "\(name)")
                #expect(try matches(store, "score:A1 >= 0").isEmpty, "\(name)")
                // The sealed APP-1 falls on the same side as APP-2, which nobody scored.
                let negated = try matches(store, "not total >= 80")
                #expect(negated.contains("APP-1") == negated.contains("APP-2"), "\(name)")
            }
        }

        @Test func namingAnotherViewerFromOnesOwnConnectionLearnsNothing() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member2 = try panel.scoringEngine("member2")
            // The chair sees APP-1's total; member2 asking in the chair's name does not.
            #expect(
                try matches(member2, "total >= 0", as: ServerPanel.impersonating("chair")).isEmpty)
            #expect(
                try matches(member2, "score:A1 >= 0", as: ServerPanel.impersonating("member1"))
                    .isEmpty)
            // Nor does anyone with nobody acting.
            let chair = try panel.scoringEngine("chair")
            #expect(
                try chair.candidateCount(filter: chair.compileFilter("total >= 0", for: nil)) == 0)
        }

        @Test func onceMember2SubmitsTheirFilterSeesTheResult() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member2 = try panel.scoringEngine("member2")
            #expect(try matches(member2, "total >= 0").isEmpty)
            try member2.setMarks(
                ApplicationID("APP-1"), marks: [CriterionID("A2"): 1],
                comments: [CriterionID("A2"): "Zbyt ogólnikowo"], by: member2.actor)
            try member2.submitScorecard(ApplicationID("APP-1"), by: member2.actor)
            // A1 (2 + 4 + 5) / 3, A2 (1 + 3 + 4) / 3: both under the chair's earlier means.
            #expect(try matches(member2, "score:A1 >= 3.6") == ["APP-1"])
            #expect(try matches(member2, "score:A1 >= 3.7").isEmpty)
            #expect(try matches(member2, "score:A2 < 3") == ["APP-1"])
        }
    }
#endif
