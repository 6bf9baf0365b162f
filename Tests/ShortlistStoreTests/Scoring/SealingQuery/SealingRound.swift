import Foundation
import GRDB
import ShortlistCore

@testable import ShortlistStore

/// A random state of an interview round, written straight into the tables: a roster of every
/// role (some removed), invited candidates (some who did not attend), conflicts, excusals,
/// draft, submitted and reopened cards with marks and comments, perhaps a final ranking. Not
/// only states the writes allow: the rule must hold for any state a file can be in.
struct SealingRound {
    struct Person {
        var name: String
        var role: Role
        var removed: Bool
    }

    enum CardState: CaseIterable {
        case draft, submitted, reopened
        var isSubmitted: Bool { self == .submitted }
    }

    struct Card {
        var author: String
        var state: CardState
        var marks: [CriterionID: Int]
        var comments: [CriterionID: String]
        var note: String
    }

    struct Candidate {
        var rowID: Int64
        var applicationID: String
        var surname: String
        var attended: Bool
        var cards: [String: Card]
        var conflicted: Set<String>
        var excused: Set<String>
    }

    var people: [Person]
    var candidates: [Candidate]
    var finalised: Bool

    static let names = [
        "chair", "member1", "Ελένη", "Ольга", "Łucja", "王芳", "Seán", "member2",
    ]
    static let surnames = ["Παπαδοπούλου", "Иванова", "Wiśniewska", "山田", "Ó Súilleabháin"]
    static let criteria = ["A1", "B1", "C1"].map { CriterionID($0) }
    static let texts = [
        "Clear answer.", "Σαφής απάντηση.", "Слабый ответ.", "Bardzo dobrze.", "很好。",
    ]

    static func random(using g: inout some RandomNumberGenerator) -> SealingRound {
        let count = Int.random(in: 2...6, using: &g)
        let people = names.shuffled(using: &g).prefix(count).map { name in
            Person(
                name: name,
                // Scorers more often than not: their cards are what is sealed.
                role: [.chair, .member, .member, .secretary, .reviewer].randomElement(using: &g)!,
                removed: Int.random(in: 0..<8, using: &g) == 0)
        }
        var candidates: [Candidate] = []
        for index in 0..<Int.random(in: 1...3, using: &g) {
            var candidate = Candidate(
                rowID: Int64(index + 1), applicationID: "APP-\(index + 1)",
                surname: surnames.randomElement(using: &g)!,
                attended: Int.random(in: 0..<10, using: &g) != 0, cards: [:], conflicted: [],
                excused: [])
            for person in people {
                if Int.random(in: 0..<6, using: &g) == 0 {
                    candidate.conflicted.insert(person.name)
                }
                if Int.random(in: 0..<8, using: &g) == 0 { candidate.excused.insert(person.name) }
                // Mostly scorers' cards; now and then one the writes would refuse.
                let scorer = person.role == .chair || person.role == .member
                guard Int.random(in: 0..<(scorer ? 10 : 40), using: &g) >= 3 else { continue }
                var card = Card(
                    author: person.name, state: CardState.allCases.randomElement(using: &g)!,
                    marks: [:], comments: [:],
                    note: Bool.random(using: &g) ? texts.randomElement(using: &g)! : "")
                for criterion in criteria where Int.random(in: 0..<4, using: &g) != 0 {
                    card.marks[criterion] = Int.random(in: 0...5, using: &g)
                    if Bool.random(using: &g) {
                        card.comments[criterion] = texts.randomElement(using: &g)!
                    }
                }
                candidate.cards[person.name] = card
            }
            candidates.append(candidate)
        }
        return SealingRound(
            people: Array(people), candidates: candidates,
            finalised: Int.random(in: 0..<5, using: &g) == 0)
    }

    /// Writes the round into tables that hold no round (the caller rolls it back after): one
    /// statement per table, since thousands of rounds are written.
    func write(_ db: Database) throws {
        func text(_ value: String?) -> String {
            value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
        }
        func insert(_ head: String, _ rows: [[String]]) throws {
            guard !rows.isEmpty else { return }
            try db.execute(
                sql: "INSERT INTO \(head) VALUES "
                    + rows.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", "))
        }
        try insert(
            "panel(name, display_name, role, added_at, removed_at)",
            people.map {
                [
                    text($0.name), text($0.name), text($0.role.rawValue), "'2026-01-01'",
                    text($0.removed ? "2026-02-01" : nil),
                ]
            })
        try insert(
            "candidates(id, application_id, surname, given_names, name_key, name_search)",
            candidates.map {
                [
                    "\($0.rowID)", text($0.applicationID), text($0.surname), "''", text($0.surname),
                    text($0.surname),
                ]
            })
        try insert(
            "invitations(candidate_id, invited_by, invited_at, outcome)",
            candidates.map {
                ["\($0.rowID)", "'chair'", "'2026-01-02'", text($0.attended ? nil : "no_show")]
            })
        try insert(
            "conflicts(member, candidate_id, reason, declared_at, declared_by)",
            candidates.flatMap { candidate in
                candidate.conflicted.map {
                    [
                        text($0), "\(candidate.rowID)", "'former colleague'", "'2026-01-03'",
                        text($0),
                    ]
                }
            })
        try insert(
            "excusals(candidate_id, member, reason, excused_by, excused_at)",
            candidates.flatMap { candidate in
                candidate.excused.map {
                    ["\(candidate.rowID)", text($0), "'absent'", "'chair'", "'2026-01-04'"]
                }
            })
        try insert(
            "scorecards(candidate_id, member, note, updated_at, submitted_at)",
            candidates.flatMap { candidate in
                candidate.cards.values.map {
                    [
                        "\(candidate.rowID)", text($0.author), text($0.note), "'2026-01-05'",
                        text($0.state.isSubmitted ? "2026-01-06" : nil),
                    ]
                }
            })
        try insert(
            "scorecard_marks(candidate_id, member, criterion, mark, comment)",
            candidates.flatMap { candidate in
                candidate.cards.values.flatMap { card in
                    card.marks.map {
                        [
                            "\(candidate.rowID)", text(card.author), text($0.key.rawValue),
                            "\($0.value)",
                            text(card.comments[$0.key] ?? ""),
                        ]
                    }
                }
            })
        // The trail's card entries and the sealed marks behind their digests.
        try insert(
            "audit(seq, at, actor, action, object, before, after, prev_hash, hash)",
            entries.map {
                [
                    "\($0.seq)", text($0.at), text($0.actor), text($0.action), text($0.object),
                    "NULL", text($0.after), "''", "''",
                ]
            })
        try insert(
            "audit_values(seq, side, key, object, kind, sealed, salt, value)",
            entries.map {
                ["\($0.seq)", "'after'", "'A1'", text($0.object), "'mark'", "1", "NULL", "'4'"]
            })
        if finalised {
            try db.execute(
                sql: """
                    INSERT INTO ranking_finalisation(id, finalised_at, finalised_by, digest, canonical)
                    VALUES (1, '2026-01-07', 'chair', NULL, NULL)
                    """)
        }
    }

    /// Everyone who may look: each person on the roster with their role, the removed ones
    /// and a visitor as nobody on it.
    var viewers: [Actor] {
        people.map { person in
            Actor(
                name: person.name,
                member: person.removed
                    ? nil
                    : PanelMember(name: person.name, displayName: person.name, role: person.role))
        } + [Actor(name: "visitor", member: nil)]
    }

    /// Core's input for a candidate: the reference the queries must agree with.
    func state(of candidate: Candidate) -> ScoringState {
        let scorers = Set(
            people.filter { !$0.removed && ($0.role == .chair || $0.role == .member) }.map(\.name))
        return ScoringState(
            expected: scorers.subtracting(candidate.conflicted).subtracting(candidate.excused),
            submitted: Set(candidate.cards.values.filter(\.state.isSubmitted).map(\.author)),
            conflicted: candidate.conflicted)
    }

    /// The audit entries the round's cards would have left: a change by each author, and a
    /// submission for each card submitted, now or before it was reopened.
    var entries: [AuditEntry] {
        var entries: [AuditEntry] = []
        for candidate in candidates {
            for card in candidate.cards.values.sorted(by: { $0.author < $1.author }) {
                entries.append(entry(entries.count, card.author, "score.set", candidate))
                if card.state != .draft {
                    entries.append(entry(entries.count, card.author, "score.submit", candidate))
                }
            }
        }
        return entries
    }

    private func entry(_ seq: Int, _ actor: String, _ action: String, _ candidate: Candidate)
        -> AuditEntry
    {
        AuditEntry(
            seq: Int64(seq + 1), at: "2026-01-05", actor: actor, action: action,
            object: candidate.applicationID, before: nil, after: #"{"A1":"hmac-sha256:00"}"#,
            prevHash: "", hash: "")
    }
}
