/// A candidate in the ranking.
public struct RankedCandidate: Sendable, Hashable {
    public var applicationID: ApplicationID
    public var total: Double
    /// 1 + the number of candidates with a strictly higher total: ties share a rank (1, 2, 2, 4).
    public var rank: Int
    public var passed: Bool
    public var onReserveList: Bool
}

/// Orders fully scored candidates by total. Ties share a rank and are listed by application
/// id. The reserve list holds those who passed every pass mark, in rank order, up to the
/// profile's limit; candidates tied at the limit are all kept, so that a tie is never broken
/// by the order of application ids.
public enum Ranking {
    public static func rank(
        _ candidates: [(id: ApplicationID, total: Double, passed: Bool)], reserveLimit: Int?
    ) -> [RankedCandidate] {
        let sorted = candidates.sorted { a, b in
            a.total != b.total ? a.total > b.total : a.id < b.id
        }
        var ranked: [RankedCandidate] = []
        var rank = 0
        for (index, candidate) in sorted.enumerated() {
            if index == 0 || candidate.total != sorted[index - 1].total { rank = index + 1 }
            ranked.append(
                RankedCandidate(
                    applicationID: candidate.id, total: candidate.total, rank: rank,
                    passed: candidate.passed, onReserveList: false))
        }
        var kept = 0
        var lastKeptTotal: Double?
        for i in ranked.indices where ranked[i].passed {
            let withinLimit = reserveLimit.map { kept < $0 } ?? true
            if withinLimit || ranked[i].total == lastKeptTotal {
                ranked[i].onReserveList = true
                kept += 1
                lastKeptTotal = ranked[i].total
            } else {
                break
            }
        }
        return ranked
    }
}
