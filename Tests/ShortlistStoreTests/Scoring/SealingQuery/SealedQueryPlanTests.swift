import Foundation
import GRDB
import ShortlistCore
import Testing

@testable import ShortlistStore

/// The sealed reads stay in the speed class of the reads they replaced: the rule's lookups go
/// by primary key, and the per-candidate terms are worked out once per candidate and once per
/// read.
@Suite struct SealedQueryPlanTests {
    static func plan(_ sql: String, _ arguments: StatementArguments, _ db: Database) throws
        -> [String]
    {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
            $0["detail"] as String
        }
    }

    @Test(arguments: [
        ScoringData.Reader.viewer(
            Actor(
                name: "Ελένη",
                member: PanelMember(name: "Ελένη", displayName: "Ελένη Παπαδάκη", role: .member))),
        .viewer(
            Actor(
                name: "王芳",
                member: PanelMember(name: "王芳", displayName: "王芳", role: .secretary))),
        .panel,
    ])
    func everyLookUpOfTheRuleUsesAKey(_ reader: ScoringData.Reader) throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        try queue.read { db in
            let read = ScoringData.Statements(
                reader, scope: "1", present: try ScoringData.present(db)
            ).read
            let plan = try Self.plan(read, reader.sealing.arguments, db)
            // Once per read: the three arms share one materialisation of each table.
            #expect(plan.filter { $0.hasPrefix("MATERIALIZE sealing") }.count == 1, "\(plan)")
            #expect(
                plan.filter { $0.hasPrefix("MATERIALIZE sealed_cards") }.count == 1, "\(plan)")
            // The rule's subqueries: conflicts (k), excusals (e), scorecards (v, d); the cards
            // (s) and marks (m) joined to the sealed rows.
            for alias in ["k", "e", "v", "d", "s", "m"] {
                #expect(
                    !plan.contains { $0 == "SCAN \(alias)" || $0.hasPrefix("SCAN \(alias) ") },
                    "\(alias) is scanned: \(plan)")
            }
            for line in plan where line.contains("SEARCH") {
                #expect(line.contains("PRIMARY KEY") || line.contains("INDEX"), "\(line)")
            }
        }
    }
}
