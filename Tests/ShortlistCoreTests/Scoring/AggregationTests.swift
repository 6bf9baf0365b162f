import Testing

@testable import ShortlistCore

@Suite struct AggregationTests {
    /// The worked example of docs/scoring.md, by hand:
    /// means A1 4, A2 3.33, A3 4.33, B1 3, B2 2.33, C1 3.67, C2 4.33;
    /// weighted 16 + 13.33 + 17.33 + 6 + 7 + 7.33 + 4.33 = 71.33 of a possible 100.
    @Test func theWorkedExampleOfTheDocs() {
        let result = CandidateResult(
            cards: [
                ScoringFixture.card([4, 3, 4, 3, 2, 4, 5]),  // member1
                ScoringFixture.card([3, 3, 5, 4, 2, 3, 4]),  // member2
                ScoringFixture.card([5, 4, 4, 2, 3, 4, 4]),  // chair
            ], scheme: ScoringFixture.scheme)
        #expect(result.total == 71.33)
        #expect(result.passed)
        let a1 = result.criteria[0]
        #expect(a1.mean == 4 && a1.median == 4 && a1.spread == 2 && a1.isDivergent)
        #expect(result.criteria[3].isDivergent, "B1: 4 and 2")
        #expect(!result.criteria[1].isDivergent, "A2: 3, 3, 4")
        #expect(result.criteria[1].median == 3)
        #expect(result.criteria.map(\.passed) == [true, true, true, nil, nil, true, true])
    }

    @Test func aCriterionBelowItsPassMarkFailsTheCandidate() {
        // A2 mean 2.5 < 3, though the total is high.
        let result = CandidateResult(
            cards: [
                ScoringFixture.card([5, 2, 5, 5, 5, 5, 5]),
                ScoringFixture.card([5, 3, 5, 5, 5, 5, 5]),
            ],
            scheme: ScoringFixture.scheme)
        #expect(result.total! > 60)
        #expect(result.criteria[1].passed == false)
        #expect(!result.passed)
    }

    @Test func exactlyThePassMarkPasses() {
        // Every mean 3: total 60.00, every criterion at its pass mark.
        let result = CandidateResult(
            cards: [ScoringFixture.card([3, 3, 3, 3, 3, 3, 3])], scheme: ScoringFixture.scheme)
        #expect(result.total == 60)
        #expect(result.passed)
    }

    @Test func noTotalUntilEveryCriterionHasAMark() {
        var card = ScoringFixture.card([3, 3, 3, 3, 3, 3, 3])
        card["C2"] = nil
        #expect(CandidateResult(cards: [card], scheme: ScoringFixture.scheme).total == nil)
        #expect(CandidateResult(cards: [], scheme: ScoringFixture.scheme).total == nil)
    }

    @Test func roundingHalfAwayFromZero() {
        #expect(CandidateResult.roundedToHundredths(71.125) == 71.13)
        #expect(CandidateResult.roundedToHundredths(71.124999) == 71.12)
    }
}
