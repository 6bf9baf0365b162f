import PropertyBased
import Testing

@testable import ShortlistCore

@Suite struct RankingTests {
    func id(_ n: Int) -> ApplicationID { ApplicationID("APP-\(1000 + n)") }

    @Test func tiesShareARankAndAreListedById() {
        let ranked = Ranking.rank(
            [(id(3), 80, true), (id(1), 90, true), (id(2), 80, true), (id(4), 70, true)],
            reserveLimit: nil)
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.applicationID) == [id(1), id(2), id(3), id(4)])
    }

    @Test func theReserveListKeepsThoseWhoPassedUpToTheLimitAndTiesAtTheLimit() {
        let ranked = Ranking.rank(
            [
                (id(1), 90, true), (id(2), 85, false), (id(3), 80, true), (id(4), 80, true),
                (id(5), 75, true),
            ],
            reserveLimit: 2)
        #expect(ranked.filter(\.onReserveList).map(\.applicationID) == [id(1), id(3), id(4)])
    }

    static let totals = Gen.int(in: 0...20).array(of: 1...12)

    /// The same marks submitted in any order give the same ranking.
    @Test func rankingIgnoresTheOrderOfSubmission() async {
        await propertyCheck(input: Self.totals, Gen.int(in: 0...1000)) { values, seed in
            let candidates = values.enumerated().map {
                (id($0.offset), Double($0.element) * 5, $0.element % 3 != 0)
            }
            var shuffled = candidates
            var generator = SplitMix(seed: UInt64(seed))
            shuffled.shuffle(using: &generator)
            #expect(
                Ranking.rank(candidates, reserveLimit: 3) == Ranking.rank(shuffled, reserveLimit: 3)
            )
        }
    }

    /// Raising one candidate's total never lowers their rank.
    @Test func raisingATotalNeverLowersTheRank() async {
        await propertyCheck(input: Self.totals, Gen.int(in: 0...11), Gen.int(in: 1...30)) {
            values, pick, raise in
            let index = pick % values.count
            let before = values.enumerated().map { (id($0.offset), Double($0.element), true) }
            var after = before
            after[index].1 += Double(raise)
            let rankBefore = Ranking.rank(before, reserveLimit: nil).first {
                $0.applicationID == id(index)
            }!.rank
            let rankAfter = Ranking.rank(after, reserveLimit: nil).first {
                $0.applicationID == id(index)
            }!.rank
            #expect(rankAfter <= rankBefore)
        }
    }

    /// Equal totals share a rank; the reserve list is a prefix of the passing candidates.
    @Test func equalTotalsShareARankAndTheReserveIsAPrefix() async {
        await propertyCheck(input: Self.totals, Gen.int(in: 0...6)) { values, limit in
            let candidates = values.enumerated().map {
                (id($0.offset), Double($0.element), $0.element > 5)
            }
            let ranked = Ranking.rank(candidates, reserveLimit: limit == 0 ? nil : limit)
            for a in ranked {
                for b in ranked where a.total == b.total { #expect(a.rank == b.rank) }
            }
            let passing = ranked.filter(\.passed)
            let reserve = ranked.filter(\.onReserveList)
            #expect(Array(passing.prefix(reserve.count)) == reserve)
        }
    }

    /// Changing one member's mark up, all else equal, never lowers the candidate's total.
    @Test func raisingAMarkNeverLowersTheTotal() async {
        await propertyCheck(
            input: Gen.int(in: 0...5).array(of: 7...7).array(of: 1...4), Gen.int(in: 0...27)
        ) { cards, pick in
            let member = pick % cards.count
            let criterion = (pick / cards.count) % 7
            guard cards[member][criterion] < 5 else { return }
            var raised = cards
            raised[member][criterion] += 1
            let before = CandidateResult(
                cards: cards.map(ScoringFixture.card), scheme: ScoringFixture.scheme
            ).total!
            let after = CandidateResult(
                cards: raised.map(ScoringFixture.card), scheme: ScoringFixture.scheme
            ).total!
            #expect(after >= before)
        }
    }
}

/// A small seeded generator, so that shuffles in property tests are reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
