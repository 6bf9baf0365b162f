import ShortlistCore
import Testing

/// The canonical text a final ranking's digest is taken over (docs/scoring.md).
@Suite struct RankingDigestTests {
    static func row(_ id: String, _ rank: Int, _ total: Double, a1: Double?) -> DigestRow {
        DigestRow(
            applicationID: ApplicationID(id), rank: rank, total: total,
            means: [(CriterionID("A1"), a1), (CriterionID("A2"), 3.5)], passed: total >= 60,
            reserve: rank == 1)
    }

    @Test func theTextIsInRankOrderWithEveryCommittedValue() {
        let text = RankingDigest.canonicalText([
            Self.row("APP-2", 2, 71.5, a1: nil), Self.row("APP-1", 1, 85.75, a1: 13.0 / 3),
        ])
        #expect(
            text == """
                shortlist-final-ranking 1
                APP-1\t1\t85.75\tA1=4.333333333333333;A2=3.5\ttrue\ttrue
                APP-2\t2\t71.50\tA1=-;A2=3.5\ttrue\tfalse

                """)
    }

    @Test func differencesNameTheRowAndWhatChanged() {
        let before = RankingDigest.canonicalText([
            Self.row("APP-1", 1, 85.75, a1: 4.5), Self.row("APP-2", 2, 71.5, a1: 3),
        ])
        let after = RankingDigest.canonicalText([Self.row("APP-1", 1, 84, a1: 4.25)])
        #expect(
            RankingDigest.differences(finalised: before, now: after) == [
                "APP-1 total 85.75 → 84.00, A1 mean 4.50 → 4.25",
                "APP-2 was in the final ranking but is no longer ranked",
            ])
    }
}
