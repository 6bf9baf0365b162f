import Foundation
import ShortlistCore
import ShortlistStore

extension BenchCommand {
    /// 1,000 invited candidates scored by five members (the demo panel and one more): every
    /// card set and submitted through the store, each an audited change of its own; then the
    /// ranking as the secretary sees it. Runs last: the first mark locks the profile.
    func scoringScenario(_ url: URL) throws -> [BenchFigure] {
        let store = try Store.open(at: url)
        let secretary = try store.actor(named: "secretary", login: "secretary")
        try store.addPanelMember(
            PanelMember(name: "member4", displayName: "Member Four", role: .member), by: secretary)
        guard let scheme = try store.scoringScheme() else { return [] }
        let eligible = try store.eligibleApplicationIDs(limit: 2000)
        let already = Set(try store.invitedCandidates())
        let invited = Array(eligible.filter { !already.contains($0) }.prefix(1000 - already.count))
        try store.invite(invited, by: store.actor(named: "chair", login: "chair"))
        let scorers = try ["chair", "member1", "member2", "member3", "member4"].map {
            try store.actor(named: $0, login: $0)
        }
        let criteria = scheme.criteria.map(\.id)
        var changes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for (i, id) in invited.enumerated() {
            for (m, scorer) in scorers.enumerated() {
                let marks = Dictionary(
                    uniqueKeysWithValues: criteria.enumerated().map { c, criterion in
                        (criterion, 1 + (i * 7 + c * 3 + m) % 4)
                    })
                try store.setMarks(id, marks: marks, by: scorer)
                try store.submitScorecard(id, by: scorer)
                changes += 2
            }
        }
        let scoring = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var ranking = LatencySample()
        var ranked = 0
        for _ in 0..<5 {
            try ranking.record { ranked = try store.ranking(for: secretary)?.ranked.count ?? 0 }
        }
        try store.close()
        return [
            BenchFigure(
                scenario: "scoring", name: "10,000 audited score changes (\(changes) made)",
                value: scoring * 10_000 / Double(changes), unit: "s", target: 10),
            BenchFigure(
                scenario: "scoring", name: "ranking of \(ranked) × 5 members (median)",
                value: ranking.percentileMilliseconds(50), unit: "ms",
                target: count == 100_000 ? 200 : nil),
        ]
    }
}
