import Testing

@testable import ShortlistCore

@Suite struct PanelAgreementTests {
    /// Shrout and Fleiss (1979), Table 2: six subjects rated by four judges. Their Table 4
    /// gives ICC(2,1) = .29 and ICC(2,4) = .62.
    static let shroutFleiss: [[Double]] = [
        [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
    ]

    @Test func iccMatchesShroutAndFleiss() {
        let agreement = PanelAgreement(scores: Self.shroutFleiss)!
        #expect(abs(agreement.icc - 0.62) < 0.005)
        #expect(agreement.iccInterpretation == "moderate")
    }

    /// Three judges ranking six objects (the classic example of Kendall and Babington Smith):
    /// rank sums 8, 14, 11, 11, 11, 8, mean 10.5, S = 25.5, W = 12 × 25.5 ÷ (9 × 210) = 0.162.
    @Test func kendallWWithoutTies() {
        let ranks: [[Double]] = [
            [1, 1, 6], [6, 5, 3], [3, 6, 2], [2, 4, 5], [5, 2, 4], [4, 3, 1],
        ]
        #expect(abs(PanelAgreement.kendallW(ranks) - 0.1619) < 0.0001)
    }

    @Test func kendallWIsOneWhenEveryoneAgreesEvenWithTies() {
        let scores: [[Double]] = [[5, 4, 5], [3, 3, 3], [3, 3, 3], [1, 2, 1]]
        #expect(abs(PanelAgreement.kendallW(scores) - 1) < 1e-9)
        let (ranks, ties) = PanelAgreement.averageRanks([3, 1, 3, 2])
        #expect(ranks == [3.5, 1, 3.5, 2] && ties == 6)
    }

    @Test func notEnoughRatersOrSubjects() {
        #expect(PanelAgreement(scores: [[1, 2]]) == nil)
        #expect(PanelAgreement(scores: [[1], [2]]) == nil)
    }
}

@Suite struct SealingTests {
    let state = ScoringState(
        expected: ["chair", "m1", "m2"], submitted: ["m1"], conflicted: ["m3"])

    @Test func aMemberSeesOthersOnlyAfterSubmittingTheirOwn() {
        #expect(Sealing.combinedVisible(to: "m1", role: .member, state))
        #expect(!Sealing.combinedVisible(to: "m2", role: .member, state))
        #expect(
            !Sealing.combinedVisible(to: "chair", role: .chair, state),
            "the chair is sealed like any member")
        #expect(Sealing.cardVisible(author: "m1", submitted: true, to: "m1", role: .member, state))
        #expect(!Sealing.cardVisible(author: "m1", submitted: true, to: "m2", role: .member, state))
    }

    @Test func draftsAreTheAuthorsAlone() {
        let complete = ScoringState(
            expected: ["m1", "m2"], submitted: ["m1", "m2"], conflicted: [])
        #expect(
            !Sealing.cardVisible(author: "m2", submitted: false, to: "m1", role: .member, complete))
        #expect(
            Sealing.cardVisible(author: "m2", submitted: false, to: "m2", role: .member, complete))
    }

    @Test func aConflictedMemberSeesNothing() {
        let s = ScoringState(expected: ["m1"], submitted: ["m1", "m3"], conflicted: ["m3"])
        #expect(!Sealing.combinedVisible(to: "m3", role: .member, s))
    }

    @Test func secretaryAndReviewersSeeTheCombinedResultOnlyWhenComplete() {
        #expect(!Sealing.combinedVisible(to: "secretary", role: .secretary, state))
        let complete = ScoringState(
            expected: ["chair", "m1"], submitted: ["chair", "m1"], conflicted: [])
        #expect(Sealing.combinedVisible(to: "secretary", role: .secretary, complete))
        #expect(Sealing.combinedVisible(to: "reviewer", role: .reviewer, complete))
        #expect(
            !Sealing.cardVisible(
                author: "m1", submitted: true, to: "secretary", role: .secretary, complete),
            "never an individual member's marks")
        #expect(!Sealing.combinedVisible(to: "visitor", role: nil, complete))
    }
}
