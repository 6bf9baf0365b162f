import Testing

@testable import ShortlistCore

/// A result from the means alone (what a server hands a reader who may see no mark) has the
/// total and pass or fail of the same cards combined, and nothing derived from single marks.
@Suite struct CandidateResultMeansTests {
    @Test func theMeansGiveTheCardsTotalAndVerdictWithoutMarks() {
        let cards = [
            ScoringFixture.card([4, 3, 4, 3, 2, 4, 5]),
            ScoringFixture.card([3, 3, 5, 4, 2, 3, 4]),
            ScoringFixture.card([5, 4, 4, 2, 3, 4, 4]),
        ]
        let full = CandidateResult(cards: cards, scheme: ScoringFixture.scheme)
        var means: [CriterionID: Double] = [:]
        for criterion in full.criteria { means[criterion.criterion] = criterion.mean }
        let fromMeans = CandidateResult(means: means, scheme: ScoringFixture.scheme)
        #expect(fromMeans.total == full.total)
        #expect(fromMeans.total == 71.33)
        #expect(fromMeans.passed == full.passed)
        #expect(fromMeans.criteria.map(\.passed) == full.criteria.map(\.passed))
        #expect(fromMeans.criteria.allSatisfy { $0.marks.isEmpty && !$0.isDivergent })
        #expect(full.isDivergent && !fromMeans.isDivergent)
    }

    @Test func aMissingMeanLeavesNoTotalAndFails() {
        let fromMeans = CandidateResult(
            means: [ScoringFixture.scheme.criteria[0].id: 5], scheme: ScoringFixture.scheme)
        #expect(fromMeans.total == nil)
        #expect(!fromMeans.passed)
    }
}
