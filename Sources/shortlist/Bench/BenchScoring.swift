import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistUI
import TerminalKit

extension BenchRunCommand {
    /// 1,000 invited candidates scored by five members (the demo panel and one more): every
    /// card set and submitted through the store, each an audited change of its own; then the
    /// ranking as the secretary sees it. Runs last: it adopts the grid, which freezes the profile.
    func scoringScenario(_ url: URL) throws -> [BenchFigure] {
        let store = try DatabaseEngines.open(.file(url))
        let secretary = try store.actor(named: "secretary", login: "secretary")
        // The secretary keeps the roster until the grid is adopted; from then on the chair
        // adds scoring members (docs/roles.md).
        let rosterKeeper = try store.gridAdoption() == nil ? "secretary" : "chair"
        try store.addPanelMember(
            PanelMember(name: "member4", displayName: "Member Four", role: .member),
            by: store.actor(named: rosterKeeper, login: rosterKeeper))
        // Scoring needs the grid adopted and the scorers' declarations, as in a real round.
        try PanelRound.open(in: store)
        guard let scheme = try store.scoringScheme() else { return [] }
        let eligible = try store.eligibleApplicationIDs(limit: 2000)
        let already = Set(try store.invitedCandidates())
        var invited = Array(eligible.filter { !already.contains($0) }.prefix(1000 - already.count))
        // One candidate left unscored, for the scorecard's redraw.
        let chosen = Set(invited)
        let spare =
            eligible.first { !already.contains($0) && !chosen.contains($0) } ?? invited.popLast()
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
        let card = try spare.map { try Self.cardRedraw(store, $0) } ?? []
        try store.close()
        return card + [
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

extension BenchRunCommand {
    /// A mark changed with a key in the scorecard, through the store (an audited draft write)
    /// to the redrawn card in the in-memory screen, as the chair sees it at 120×40.
    static func cardRedraw(_ store: any PanelDatabase, _ id: ApplicationID) throws -> [BenchFigure]
    {
        let chair = try store.actor(named: "chair", login: "chair")
        try store.invite([id], by: chair)
        let backend = TestBackend(width: 120, height: 40)
        let app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "bench.db", callReference: CallReference.builtIn, actor: chair))
        app.render()
        guard app.select(id) else { return [] }
        app.perform(.scorecard)
        app.render()
        guard app.state.scorecard != nil else { return [] }
        var sample = LatencySample()
        let presses = 300
        for i in 0..<presses {
            // Middle levels only: an end of the scale would ask for a comment.
            let key = Key.character(["2", "3", "4"][i % 3])
            sample.record {
                app.handle(.key(key))
                app.render()
            }
            if i % 40 == 39 {
                app.handle(.key(.down))
                app.render()
            }
        }
        return [
            BenchFigure(
                scenario: "scoring", name: "mark change to redrawn card p50",
                value: sample.percentileMilliseconds(50), unit: "ms", target: nil),
            BenchFigure(
                scenario: "scoring", name: "mark change to redrawn card p99",
                value: sample.percentileMilliseconds(99), unit: "ms", target: 10),
        ]
    }
}
