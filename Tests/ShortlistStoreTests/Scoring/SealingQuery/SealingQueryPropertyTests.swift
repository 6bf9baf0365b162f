import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The scoring reads ask only for what the viewer may see: the sealing rule is in their
/// queries. On thousands of random rounds, for every viewer, what the queries hand over must
/// be exactly what Core's `Sealing` allows — no more (a leak) and no less.
@Suite struct SealingQueryPropertyTests {
    /// Enough for every mix of roles, conflicts, excusals and card states to come up many
    /// times, small enough to run in seconds in a debug build.
    static let rounds = 2_000

    /// One in-memory database with the real schema, reused round after round.
    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return queue
    }

    /// Writes a round, checks it, and rolls it back: the next round starts from empty tables
    /// without deleting anything.
    static func check<T>(
        _ round: SealingRound, in queue: DatabaseQueue, _ body: (Database) throws -> T
    ) throws -> T {
        try queue.inDatabase { db in
            var result: T?
            try db.inTransaction {
                try round.write(db)
                result = try body(db)
                return .rollback
            }
            return result!
        }
    }

    @Test func theReadsAnswerAsCoresRuleOnRandomRounds() throws {
        let queue = try Self.database()
        var generator = SeededRandom(seed: 20)
        var viewers = 0
        for index in 0..<Self.rounds {
            let round = SealingRound.random(using: &generator)
            viewers += round.viewers.count
            let problems = try Self.check(round, in: queue) { db in
                // The reads check the store's rule; the rendered rule, which the broken rules
                // below are held to, must agree with Core too (on a sample, to save time).
                try SealingCheck.reads(round, db)
                    + (index % 10 == 0 ? SealingCheck.rendered(round, .store, db) : [])
            }
            try #require(problems.isEmpty, "round \(index): \(problems.prefix(5))")
        }
        #expect(viewers > Self.rounds * 3)
    }

    /// The rounds reach every case the rule distinguishes: otherwise agreement would prove
    /// little.
    @Test func theRoundsCoverEveryCaseOfTheRule() {
        var generator = SeededRandom(seed: 20)
        var seen: Set<String> = []
        for _ in 0..<Self.rounds {
            let round = SealingRound.random(using: &generator)
            for candidate in round.candidates where candidate.attended {
                let state = round.state(of: candidate)
                if state.isComplete { seen.insert("complete") }
                for viewer in round.viewers {
                    let role = viewer.role?.rawValue ?? "none"
                    let combined = Sealing.combinedVisible(
                        to: viewer.name, role: viewer.role, state)
                    seen.insert("\(role) combined \(combined)")
                    if state.conflicted.contains(viewer.name), state.submitted.contains(viewer.name)
                    {
                        seen.insert("\(role) conflicted after submitting")
                    }
                    for card in candidate.cards.values where card.author != viewer.name {
                        seen.insert(
                            "\(role) \(card.state) card visible \(Sealing.cardVisible(author: card.author, submitted: card.state.isSubmitted, to: viewer.name, role: viewer.role, state))"
                        )
                    }
                }
            }
        }
        for expected in [
            "complete", "chair combined true", "chair combined false", "member combined true",
            "member combined false", "secretary combined true", "secretary combined false",
            "reviewer combined true", "reviewer combined false", "none combined false",
            "member conflicted after submitting", "chair conflicted after submitting",
            "member submitted card visible true", "member submitted card visible false",
            "member draft card visible false", "member reopened card visible false",
            "secretary submitted card visible false",
        ] {
            #expect(seen.contains(expected), "no round with \(expected)")
        }
    }

    /// Rules broken on purpose, each in one way a real mistake could take: the comparison must
    /// notice every one of them within a few hundred rounds.
    static let broken: [SealingCheck.Rules] = {
        let scorers: Set<Role> = [.chair, .member]
        func rules(_ name: String, combined: SealingCondition, cards: SealingCondition? = nil)
            -> SealingCheck.Rules
        {
            SealingCheck.Rules(
                name: name, combined: combined,
                cards: cards
                    ?? .any([.ownCard, .all([.cardSubmitted, .viewerRole(scorers), combined])]),
                counted: .all([.cardSubmitted, combined]))
        }
        let secretaryBranch: SealingCondition = .all([
            .viewerRole([.secretary, .reviewer]), .candidateComplete,
        ])
        return [
            rules(
                "a conflict does not seal",
                combined: .any([.all([.viewerRole(scorers), .viewerSubmitted]), secretaryBranch])),
            rules(
                "a scorer sees before submitting",
                combined: .any([
                    .all([.viewerRole(scorers), .not(.viewerConflicted)]), secretaryBranch,
                ])),
            rules(
                "the secretary sees before every card is in",
                combined: .any([
                    .all([.viewerRole(scorers), .not(.viewerConflicted), .viewerSubmitted]),
                    .viewerRole([.secretary, .reviewer]),
                ])),
            rules(
                "drafts are shown", combined: .combinedVisible,
                cards: .any([.ownCard, .othersSubmittedCardsVisible])),
            rules(
                "the secretary is handed cards", combined: .combinedVisible,
                cards: .any([.ownCard, .all([.cardSubmitted, .combinedVisible])])),
        ]
    }()

    @Test(arguments: broken) func aBrokenRuleIsCaught(_ rules: SealingCheck.Rules) throws {
        let queue = try Self.database()
        var generator = SeededRandom(seed: 20)
        var caught = false
        for _ in 0..<500 where !caught {
            let round = SealingRound.random(using: &generator)
            caught = try Self.check(round, in: queue) { db in
                try !SealingCheck.rendered(round, rules, db).isEmpty
            }
        }
        #expect(caught, "the rounds never told “\(rules.name)” from Core's rule")
    }
}
