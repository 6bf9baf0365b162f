import Foundation
import GRDB
import ShortlistCore
import Testing

@testable import ShortlistStore

/// Compares what the store's queries answer for a round with what Core's `Sealing` says, and
/// lists every difference (empty when they agree).
enum SealingCheck {
    /// Through the store's own reads: `ScoringData` for each viewer and for the panel as a
    /// whole, and the audit trail's redaction of card entries.
    static func reads(_ round: SealingRound, _ db: Database) throws -> [String] {
        var problems: [String] = []
        let present = round.candidates.filter(\.attended)
        let states = Dictionary(
            uniqueKeysWithValues: round.candidates.map { ($0.applicationID, round.state(of: $0)) })
        let entries = round.entries
        for viewer in round.viewers {
            let who = "\(viewer.name) (\(viewer.role?.rawValue ?? "no role"))"
            let read = try ScoringData.load(db, for: .viewer(viewer))
            if Set(read.keys) != Set(present.map(\.rowID)) {
                problems.append("\(who): read candidates \(read.keys.sorted())")
            }
            for candidate in present {
                guard let data = read[candidate.rowID] else { continue }
                let state = states[candidate.applicationID]!
                let at = "\(who) on \(candidate.applicationID)"
                if data.state != state { problems.append("\(at): state \(data.state)") }
                if data.started != Set(candidate.cards.keys) {
                    problems.append("\(at): cards started \(data.started.sorted())")
                }
                let combined = Sealing.combinedVisible(to: viewer.name, role: viewer.role, state)
                if data.combinedVisible != combined {
                    problems.append("\(at): combined result visible \(data.combinedVisible)")
                }
                var cards: [String: Scorecard] = [:]
                var counted: [String: [CriterionID: Int]] = [:]
                for card in candidate.cards.values {
                    if Sealing.cardVisible(
                        author: card.author, submitted: card.state.isSubmitted, to: viewer.name,
                        role: viewer.role, state)
                    {
                        cards[card.author] = Scorecard(
                            member: card.author, marks: card.marks, comments: card.comments,
                            note: card.note,
                            submittedAt: card.state.isSubmitted ? "2026-01-06" : nil)
                    }
                    if combined, card.state.isSubmitted, !card.marks.isEmpty {
                        counted[card.author] = card.marks
                    }
                }
                if data.cards != cards {
                    problems.append(
                        "\(at): cards \(data.cards.keys.sorted()), Core says \(cards.keys.sorted())"
                    )
                }
                if data.counted != counted {
                    problems.append(
                        "\(at): counted \(data.counted.keys.sorted()), Core says \(counted.keys.sorted())"
                    )
                }
            }
            // The values behind the digests, asked for without the redaction in front: the
            // query must seal them by itself.
            let resolved = try AuditValues.resolve(entries, for: viewer, db)
            for (entry, out) in zip(entries, resolved) {
                let candidate = round.candidates.first { $0.applicationID == entry.object }!
                let shown =
                    entry.actor == viewer.name
                    || (entry.action == "score.submit" && candidate.attended
                        && Sealing.cardVisible(
                            author: entry.actor, submitted: true, to: viewer.name,
                            role: viewer.role, states[candidate.applicationID]!))
                if (out.after == #"{"A1":"4"}"#) != shown {
                    problems.append(
                        "\(who): the value behind \(entry.action) by \(entry.actor) on \(candidate.applicationID) read \(out.after ?? "")"
                    )
                }
            }
            for (entry, out) in zip(entries, try ScoreRedaction(db, viewer: viewer).redact(entries))
            {
                let candidate = round.candidates.first { $0.applicationID == entry.object }!
                let shown =
                    entry.actor == viewer.name
                    || (entry.action == "score.submit" && candidate.attended
                        && Sealing.cardVisible(
                            author: entry.actor, submitted: true, to: viewer.name,
                            role: viewer.role, states[candidate.applicationID]!))
                if (out == entry) != shown {
                    problems.append(
                        "\(who): \(entry.action) by \(entry.actor) on \(candidate.applicationID) shown \(out == entry)"
                    )
                }
            }
        }
        let panel = try ScoringData.load(db, for: .panel)
        for candidate in present {
            guard let data = panel[candidate.rowID] else {
                problems.append("panel: \(candidate.applicationID) not read")
                continue
            }
            let complete = states[candidate.applicationID]!.isComplete
            let counted =
                complete
                ? candidate.cards.values.filter { $0.state.isSubmitted && !$0.marks.isEmpty }
                    .reduce(into: [String: [CriterionID: Int]]()) { $0[$1.author] = $1.marks }
                : [:]
            if data.combinedVisible != complete || !data.cards.isEmpty || data.counted != counted {
                problems.append(
                    "panel on \(candidate.applicationID): \(data.counted.keys.sorted())")
            }
        }
        return problems
    }

    /// The rule as data, as the reads use it; a test breaks it on purpose to show that the
    /// comparison notices.
    struct Rules: Sendable, CustomTestStringConvertible {
        var name: String
        var combined: SealingCondition
        var cards: SealingCondition
        var counted: SealingCondition

        var testDescription: String { name }

        static let store = Rules(
            name: "the store's", combined: .combinedVisible, cards: .cardVisible,
            counted: .countsForViewer)
    }

    /// Straight from the rendered conditions, for rules that may be the store's or broken.
    static func rendered(_ round: SealingRound, _ rules: Rules, _ db: Database) throws -> [String] {
        var problems: [String] = []
        let present = Dictionary(
            uniqueKeysWithValues: round.candidates.filter(\.attended).map { ($0.rowID, $0) })
        for viewer in round.viewers {
            let sealing = SQLiteSealing(viewer)
            let with =
                "WITH "
                + sealing.table(for: [rules.combined, rules.cards, rules.counted], scope: "1")
            let card = SQLiteSealing.Card.scorecard
            // The same text for every viewer and round: prepared once.
            let combined = Set(
                try Int64.fetchAll(
                    db.cachedStatement(
                        sql: """
                            \(with) SELECT candidate_id FROM sealing WHERE \(sealing.render(rules.combined))
                            """), arguments: sealing.arguments))
            func pairs(_ rule: SealingCondition) throws -> Set<String> {
                Set(
                    try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                \(with) SELECT s.candidate_id, s.member FROM scorecards s
                                JOIN sealing ON sealing.candidate_id = s.candidate_id
                                WHERE \(sealing.render(rule, card: card))
                                """), arguments: sealing.arguments
                    ).filter { present[$0[0]] != nil }.map {
                        "\($0[0] as Int64)/\($0[1] as String)"
                    })
            }
            let cards = try pairs(rules.cards)
            let counted = try pairs(rules.counted)
            var coreCombined: Set<Int64> = []
            var coreCards: Set<String> = []
            var coreCounted: Set<String> = []
            for candidate in present.values {
                let state = round.state(of: candidate)
                let visible = Sealing.combinedVisible(to: viewer.name, role: viewer.role, state)
                if visible { coreCombined.insert(candidate.rowID) }
                for card in candidate.cards.values {
                    let key = "\(candidate.rowID)/\(card.author)"
                    if Sealing.cardVisible(
                        author: card.author, submitted: card.state.isSubmitted, to: viewer.name,
                        role: viewer.role, state)
                    {
                        coreCards.insert(key)
                    }
                    if visible, card.state.isSubmitted { coreCounted.insert(key) }
                }
            }
            let who = "\(viewer.name) (\(viewer.role?.rawValue ?? "no role"))"
            if combined.intersection(present.keys) != coreCombined {
                problems.append(
                    "\(who): combined \(combined.sorted()), Core says \(coreCombined.sorted())")
            }
            if cards != coreCards {
                problems.append("\(who): cards \(cards.sorted()), Core says \(coreCards.sorted())")
            }
            if counted != coreCounted {
                problems.append(
                    "\(who): counted \(counted.sorted()), Core says \(coreCounted.sorted())")
            }
        }
        return problems
    }
}
