import ShortlistCore
/// The demo database's interview round in progress, so that a newcomer sees a real ranking at
/// once and has cards of their own to fill: fifteen invited candidates, twelve scored by the
/// whole demo panel (one clear divergence, one tie, some below a pass mark), and three that
/// the members have scored and the chair has not.
public enum DemoInterviewRound {
    public struct Card: Sendable, Equatable {
        public var applicationID: ApplicationID
        public var member: String
        public var marks: [CriterionID: Int]
        public var comments: [CriterionID: String]
    }

    public static let scorers = ["chair", "member1", "member2", "member3"]
    public static let invitedCount = 15
    public static let fullyScoredCount = 12

    /// Base marks per candidate on the built-in criteria (A1 A2 A3 B1 B2 C1 C2); each member
    /// gives the base or one more, so members never diverge by accident.
    static let bases: [[Int]] = [
        [4, 4, 4, 3, 4, 3, 4],
        [4, 3, 4, 4, 3, 4, 3],
        [3, 4, 3, 3, 3, 3, 3],  // member1 marks A3 far below the others: the divergence
        [3, 3, 3, 3, 3, 3, 3],  // the tie: candidates 3 and 4 get identical cards
        [3, 3, 3, 3, 3, 3, 3],
        [3, 3, 4, 2, 3, 3, 2],
        [2, 3, 3, 3, 3, 2, 3],
        [3, 2, 3, 2, 2, 3, 3],
        [2, 2, 2, 2, 2, 2, 2],
        [4, 3, 3, 4, 4, 3, 4],
        [1, 2, 2, 3, 2, 1, 2],
        [3, 3, 2, 3, 3, 3, 3],
        [3, 4, 3, 3, 4, 3, 3],
        [2, 3, 3, 2, 3, 3, 2],
        [4, 4, 3, 3, 3, 4, 3],
    ]

    /// Picks the invited candidates evenly among `eligible` and writes every card of the
    /// round, in the order a panel would have submitted them.
    public static func plan(eligible: [ApplicationID], criteria: [CriterionID], scale: RatingScale)
        -> (invited: [ApplicationID], cards: [Card])
    {
        let count = min(invitedCount, eligible.count)
        guard count > 0 else { return ([], []) }
        let invited = (0..<count).map { eligible[$0 * eligible.count / count] }
        var cards: [Card] = []
        for (k, id) in invited.enumerated() {
            let base = bases[k % bases.count]
            let pattern = k == 4 ? 3 : k
            for (m, member) in scorers.enumerated() {
                if k >= fullyScoredCount && member == "chair" { continue }
                var marks: [CriterionID: Int] = [:]
                var comments: [CriterionID: String] = [:]
                for (c, criterion) in criteria.enumerated() {
                    let lift = Self.mixed(pattern * 100 + c * 10 + m) % 5 < 2 ? 1 : 0
                    var mark = min(scale.maximum, max(scale.minimum, base[c % base.count] + lift))
                    if k == 2 && c == 2 && member == "member1" { mark = scale.minimum }
                    marks[criterion] = mark
                    if mark == scale.minimum || mark == scale.maximum {
                        comments[criterion] = "At the end of the scale: see the interview notes."
                    }
                }
                cards.append(
                    Card(applicationID: id, member: member, marks: marks, comments: comments))
            }
        }
        return (invited, cards)
    }

    /// A fixed scramble (Knuth's multiplicative hash, folded), so that who gives the extra
    /// point looks arbitrary yet never changes.
    static func mixed(_ n: Int) -> UInt32 {
        var h = UInt32(truncatingIfNeeded: n) &* 2_654_435_761
        h ^= h >> 15
        h = h &* 2_246_822_519
        h ^= h >> 13
        return h
    }
}
