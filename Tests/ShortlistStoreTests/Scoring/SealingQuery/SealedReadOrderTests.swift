import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The sealed read hands its rows over as SQLite reads them, the candidates' arm first and
/// the marks' last. SQL does not promise that order: rows in any order must assemble the
/// same candidates, which the property test holds to Core's rule.
@Suite struct SealedReadOrderTests {
    static func assemble(_ rows: [Row]) -> [Int64: ScoringData.Candidate] {
        var assembly = ScoringData.Assembly(scorers: [])
        for row in rows { assembly.add(row) }
        return assembly.finish()
    }

    @Test func rowsInAnyOrderAssembleTheSameCandidates() throws {
        let queue = try SealingQueryPropertyTests.database()
        var generator = SeededRandom(seed: 2026)
        var marks = 0
        for index in 0..<200 {
            let round = SealingRound.random(using: &generator)
            let problems = try SealingQueryPropertyTests.check(round, in: queue) { db in
                var problems: [String] = []
                for reader in round.viewers.map(ScoringData.Reader.viewer) + [.panel] {
                    let read = ScoringData.Statements(
                        reader, scope: "1", present: try ScoringData.present(db)
                    ).read
                    let rows = try Row.fetchAll(db, sql: read, arguments: reader.sealing.arguments)
                    let inOrder = Self.assemble(rows)
                    marks += inOrder.values.reduce(0) {
                        $0 + $1.cards.values.reduce(0) { $0 + $1.marks.count }
                    }
                    // Marks before their cards, cards before their candidates; and any order.
                    for order in [Array(rows.reversed()), rows.shuffled(using: &generator)] {
                        problems += ScopedSealingReadTests.differences(
                            Self.assemble(order), inOrder, Array(inOrder.keys)
                        ).map { "\(reader): \($0)" }
                    }
                }
                return problems
            }
            try #require(problems.isEmpty, "round \(index): \(problems.prefix(5))")
        }
        #expect(marks > 1_000, "too few visible marks to tell orders apart")
    }
}
