import ShortlistCore
import Testing

@testable import ShortlistDemo

/// The demo round must show a newcomer what the issue promises: a ranking with one clear
/// divergence, a tie, candidates below a pass mark, and three cards left for the chair.
@Suite struct DemoInterviewRoundTests {
    let eligible = (1...40).map { ApplicationID("APP-\(1000 + $0)") }

    var round: (invited: [ApplicationID], cards: [DemoInterviewRound.Card]) {
        DemoInterviewRound.plan(
            eligible: eligible, criteria: ScoringFixture.ids, scale: ScoringFixture.scheme.scale)
    }

    func results() -> [ApplicationID: CandidateResult] {
        var byCandidate: [ApplicationID: [[CriterionID: Int]]] = [:]
        for card in round.cards { byCandidate[card.applicationID, default: []].append(card.marks) }
        return byCandidate.mapValues { CandidateResult(cards: $0, scheme: ScoringFixture.scheme) }
    }

    @Test func fifteenInvitedTwelveFullyScoredThreeAwaitingTheChair() {
        #expect(round.invited.count == 15)
        #expect(Set(round.invited).count == 15)
        let chairCards = Set(round.cards.filter { $0.member == "chair" }.map(\.applicationID))
        #expect(chairCards.count == 12)
        #expect(round.invited.filter { !chairCards.contains($0) }.count == 3)
        #expect(round.cards.count == 12 * 4 + 3 * 3)
    }

    @Test func exactlyOneClearDivergence() {
        let divergent = results().values.filter(\.isDivergent)
        #expect(divergent.count == 1)
        #expect(divergent.first?.criteria.filter(\.isDivergent).map(\.spread) == [3])
    }

    @Test func aTieAndCandidatesBelowAPassMark() {
        let complete = round.invited.prefix(12)
        let all = results()
        let totals = complete.compactMap { all[$0]?.total }
        #expect(totals.count == 12)
        #expect(Set(totals).count < totals.count, "two candidates share a total")
        let failed = complete.filter { all[$0]?.passed == false }
        #expect(failed.count >= 3)
        #expect(failed.count <= 8)
        let ranked = Ranking.rank(
            complete.map { ($0, all[$0]!.total!, all[$0]!.passed) },
            reserveLimit: ScoringFixture.scheme.rules.reserveListLimit)
        #expect(ranked.filter(\.onReserveList).count == 5, "the cut-off falls inside the ranking")
    }

    @Test func marksAtTheEndsOfTheScaleCarryTheRequiredComment() {
        for card in round.cards {
            for (criterion, mark) in card.marks where mark == 0 || mark == 5 {
                #expect(card.comments[criterion] != nil)
            }
        }
    }
}
