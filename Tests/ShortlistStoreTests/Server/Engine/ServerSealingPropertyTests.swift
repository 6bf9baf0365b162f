#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore
    import Testing
    import ShortlistTestSupport

    @testable import ShortlistStore

    /// The sealing property of `SealingQueryPropertyTests`, against the server's row policies and
    /// definer functions: random rounds (rosters of every role, some removed, conflicts,
    /// excusals, draft, submitted and reopened cards, no-shows) written on one server database,
    /// then read by every viewer through their own login — with plain SELECTs on the card, mark
    /// and trail-value tables (what row-level security lets through) and through the engine's
    /// reads — must give exactly what Core's `Sealing` lets that viewer see.
    ///
    /// On a server the viewer is whoever the connected login is bound to: a removed roster entry
    /// and a login bound to nobody (here one in the member group all the same) are nobody, who
    /// sees no card, not even one they wrote.
    @Suite(.enabled(if: ServerCluster.shouldRun), .serialized)
    struct ServerSealingPropertyTests {
        /// Each round is a few dozen statements on up to seven connections: 150 rounds took
        /// 26 s in a debug build on the shared machine under a load of 20; 100 keep it shorter.
        static let rounds = 100

        @Test func everyViewerReadsWhatCoresRuleAllowsOnRandomRounds() throws {
            let server = try ServerSealingRounds()
            defer { try? server.close() }  // the check's outcome matters more than the goodbye
            var generator = SeededRandom(seed: 21)
            var viewers = 0
            var seenCards = 0
            for index in 0..<Self.rounds {
                let round = SealingRound.random(using: &generator)
                try server.write(round)
                let check = try ServerSealingCheck(round, server, rule: .core)
                viewers += check.viewers
                seenCards += check.cardsSeen
                try #require(check.problems.isEmpty, "round \(index): \(check.problems.prefix(5))")
            }
            // Rounds where nobody sees anything would agree with any rule.
            #expect(viewers > Self.rounds * 3)
            #expect(seenCards > Self.rounds / 3)
        }

        /// Rules broken in one way each: the comparison notices every one within a few dozen
        /// rounds, so that agreement above means something.
        @Test(arguments: ServerSealingCheck.Rule.broken)
        func aBrokenRuleIsCaught(_ rule: ServerSealingCheck.Rule) throws {
            let server = try ServerSealingRounds()
            defer { try? server.close() }  // as above
            var generator = SeededRandom(seed: 21)
            var caught = false
            for _ in 0..<60 where !caught {
                let round = SealingRound.random(using: &generator)
                try server.write(round)
                caught = !(try ServerSealingCheck(round, server, rule: rule).problems.isEmpty)
            }
            #expect(caught, "the server's answers never told “\(rule.name)” from Core's rule")
        }
    }

    /// What every viewer of a round reads on the server, against what a rule says they may.
    struct ServerSealingCheck {
        /// Whether `viewer` (nil: nobody) may see `author`'s card in `state`.
        struct Rule: Sendable, CustomTestStringConvertible {
            var name: String
            var card:
                @Sendable (
                    _ author: String, _ submitted: Bool, _ viewer: String, _ role: Role,
                    _ state: ScoringState
                ) -> Bool
            var combined: @Sendable (_ viewer: String, _ role: Role, _ state: ScoringState) -> Bool

            var testDescription: String { name }

            static let core = Rule(
                name: "Core's",
                card: { Sealing.cardVisible(author: $0, submitted: $1, to: $2, role: $3, $4) },
                combined: { Sealing.combinedVisible(to: $0, role: $1, $2) })

            static let broken: [Rule] = [
                Rule(
                    name: "a conflict does not seal",
                    card: { author, submitted, viewer, role, state in
                        var state = state
                        state.conflicted = []
                        return Sealing.cardVisible(
                            author: author, submitted: submitted, to: viewer, role: role, state)
                    },
                    combined: { viewer, role, state in
                        var state = state
                        state.conflicted = []
                        return Sealing.combinedVisible(to: viewer, role: role, state)
                    }),
                Rule(
                    name: "a scorer sees before submitting",
                    card: { author, submitted, viewer, role, state in
                        var state = state
                        state.submitted.insert(viewer)
                        return Sealing.cardVisible(
                            author: author, submitted: submitted, to: viewer, role: role, state)
                    },
                    combined: { Sealing.combinedVisible(to: $0, role: $1, $2) }),
                Rule(
                    name: "drafts are shown",
                    card: { author, _, viewer, role, state in
                        Sealing.cardVisible(
                            author: author, submitted: true, to: viewer, role: role, state)
                    },
                    combined: { Sealing.combinedVisible(to: $0, role: $1, $2) }),
                Rule(
                    name: "the secretary sees cards once every card is in",
                    card: { author, submitted, viewer, role, state in
                        Sealing.cardVisible(
                            author: author, submitted: submitted, to: viewer, role: role, state)
                            || (submitted && role == .secretary && state.isComplete)
                    },
                    combined: { Sealing.combinedVisible(to: $0, role: $1, $2) }),
            ]
        }

        private(set) var problems: [String] = []
        private(set) var viewers = 0
        /// Cards of others that some viewer was allowed to see.
        private(set) var cardsSeen = 0

        init(_ round: SealingRound, _ server: ServerSealingRounds, rule: Rule) throws {
            let states = Dictionary(
                uniqueKeysWithValues: round.candidates.map { ($0.rowID, round.state(of: $0)) })
            let entries = round.entries
            var logins: [(login: String, person: SealingRound.Person?)] = round.people.map {
                (server.logins[$0.name]!, $0)
            }
            logins.append((server.visitor, nil))
            for (login, person) in logins {
                viewers += 1
                // Who the server takes this login for: nobody once their entry is removed.
                let me = person.flatMap { $0.removed ? nil : $0 }
                let who = "\(login) (\(me.map { "\($0.name), \($0.role.rawValue)" } ?? "nobody"))"
                func may(see card: SealingRound.Card, of candidate: SealingRound.Candidate) -> Bool
                {
                    guard let me else { return false }
                    return rule.card(
                        card.author, card.state.isSubmitted, me.name, me.role,
                        states[candidate.rowID]!)
                }
                var cards: Set<String> = []
                var marks: Set<String> = []
                var viewMarks: Set<String> = []
                for candidate in round.candidates {
                    for card in candidate.cards.values where may(see: card, of: candidate) {
                        if card.author != me?.name { cardsSeen += 1 }
                        let submittedAt = card.state.isSubmitted ? "2026-01-06" : "-"
                        cards.insert(
                            "\(candidate.rowID)/\(card.author)/\(card.note)/\(submittedAt)")
                        for (criterion, mark) in card.marks {
                            let comment = card.comments[criterion] ?? ""
                            marks.insert(
                                "\(candidate.rowID)/\(card.author)/\(criterion.rawValue)/\(mark)/\(comment)"
                            )
                            viewMarks.insert(
                                "\(candidate.applicationID)/\(card.author)/\(criterion.rawValue)/\(mark)/\(submittedAt)"
                            )
                        }
                    }
                }
                // A trail value as its card: its author's always, a submission's to whoever
                // may see that card while it stands submitted (`audit_value_visible`).
                var values: Set<Int64> = []
                for entry in entries {
                    let candidate = round.candidates.first { $0.applicationID == entry.object }!
                    let card = candidate.cards[entry.actor]!
                    if let me,
                        entry.actor == me.name
                            || (entry.action == "score.submit" && may(see: card, of: candidate)
                                && card.state.isSubmitted)
                    {
                        values.insert(entry.seq)
                    }
                }
                let store = try server.connection(login)
                try store.withSession { session in
                    let readCards = Set(
                        try session.rows(
                            "SELECT candidate_id, member, note, COALESCE(submitted_at, '-') FROM scorecards"
                        ).map {
                            let (id, member, note, at) = try $0.decode(
                                (Int64, String, String, String).self)
                            return "\(id)/\(member)/\(note)/\(at)"
                        })
                    if readCards != cards {
                        problems.append(
                            "\(who): scorecards \(readCards.subtracting(cards).sorted()) more, \(cards.subtracting(readCards).sorted()) fewer than \(rule.name) rule"
                        )
                    }
                    let readMarks = Set(
                        try session.rows(
                            "SELECT candidate_id, member, criterion, mark, comment FROM scorecard_marks"
                        ).map {
                            let (id, member, criterion, mark, comment) = try $0.decode(
                                (Int64, String, String, Int, String).self)
                            return "\(id)/\(member)/\(criterion)/\(mark)/\(comment)"
                        })
                    if readMarks != marks {
                        problems.append(
                            "\(who): marks \(readMarks.subtracting(marks).sorted()) more, \(marks.subtracting(readMarks).sorted()) fewer"
                        )
                    }
                    let readView = Set(
                        try session.rows(
                            "SELECT application_id, member, criterion, mark, COALESCE(submitted_at, '-') FROM card_marks"
                        ).map {
                            let (id, member, criterion, mark, at) = try $0.decode(
                                (String, String, String, Int, String).self)
                            return "\(id)/\(member)/\(criterion)/\(mark)/\(at)"
                        })
                    if readView != viewMarks {
                        problems.append("\(who): card_marks \(readView.sorted())")
                    }
                    let readValues = Set(
                        try session.rows("SELECT seq FROM audit_values").map {
                            try $0.decode(Int64.self)
                        })
                    if readValues != values {
                        problems.append(
                            "\(who): trail values \(readValues.sorted()), the rule says \(values.sorted())"
                        )
                    }
                }
                guard let me else {
                    // Nobody on the roster: the combined results and the engine's scoring reads
                    // are refused outright, not answered empty.
                    let refused =
                        (try? store.withSession {  // an answer is what fails here
                            try $0.rows("SELECT * FROM combined_results()").count
                        }) == nil
                    if !refused { problems.append("\(who): combined_results() answered") }
                    continue
                }
                let actor = Actor(
                    name: me.name,
                    member: PanelMember(name: me.name, displayName: me.name, role: me.role),
                    login: login)
                try checkCombined(round, states, me, who, rule, store)
                try checkEngine(round, states, entries, actor, who, rule, store)
            }
        }

        /// `combined_results()`: the means of the cards that count, for exactly the candidates
        /// whose result the rule shows the viewer.
        private mutating func checkCombined(
            _ round: SealingRound, _ states: [Int64: ScoringState], _ me: SealingRound.Person,
            _ who: String, _ rule: Rule, _ store: PostgresStore
        ) throws {
            var expected: Set<String> = []
            for candidate in round.candidates where candidate.attended {
                let state = states[candidate.rowID]!
                guard rule.combined(me.name, me.role, state) else { continue }
                for criterion in SealingRound.criteria {
                    let counted = candidate.cards.values.filter {
                        state.submittedExpected.contains($0.author)
                    }.compactMap { $0.marks[criterion] }
                    guard !counted.isEmpty else { continue }
                    let mean = Double(counted.reduce(0, +)) / Double(counted.count)
                    expected.insert(
                        "\(candidate.applicationID)/\(criterion.rawValue)/\(String(format: "%.4f", mean))/\(counted.count)"
                    )
                }
            }
            let read = try store.withSession { session in
                Set(
                    try session.rows(
                        "SELECT application_id, criterion, mean, cards FROM combined_results()"
                    ).map {
                        let (id, criterion, mean, cards) = try $0.decode(
                            (String, String, Double, Int).self)
                        return "\(id)/\(criterion)/\(String(format: "%.4f", mean))/\(cards)"
                    })
            }
            if read != expected {
                problems.append(
                    "\(who): combined \(read.subtracting(expected).sorted()) more, \(expected.subtracting(read).sorted()) fewer"
                )
            }
        }

        /// The engine's own reads on the viewer's connection: the scoring of every candidate
        /// still present, and the values behind the trail's digests.
        private mutating func checkEngine(
            _ round: SealingRound, _ states: [Int64: ScoringState], _ entries: [AuditEntry],
            _ actor: Actor, _ who: String, _ rule: Rule, _ store: PostgresStore
        ) throws {
            let role = actor.role!
            let (read, resolved) = try store.transaction { session in
                (
                    try PostgresScoringData.load(session, viewer: actor),
                    try PostgresStore.resolve(entries, for: actor, session)
                )
            }
            let present = round.candidates.filter(\.attended)
            if Set(read.keys.map(\.rawValue)) != Set(present.map(\.applicationID)) {
                problems.append("\(who): engine read \(read.keys.map(\.rawValue).sorted())")
            }
            for candidate in present {
                guard let data = read[ApplicationID(candidate.applicationID)] else { continue }
                let state = states[candidate.rowID]!
                let at = "\(who) on \(candidate.applicationID)"
                if data.state != state { problems.append("\(at): engine state \(data.state)") }
                if data.combinedVisible != rule.combined(actor.name, role, state) {
                    problems.append("\(at): engine combined visible \(data.combinedVisible)")
                }
                var cards: [String: Scorecard] = [:]
                for card in candidate.cards.values
                where rule.card(card.author, card.state.isSubmitted, actor.name, role, state) {
                    cards[card.author] = Scorecard(
                        member: card.author, marks: card.marks, comments: card.comments,
                        note: card.note, submittedAt: card.state.isSubmitted ? "2026-01-06" : nil)
                }
                if data.cards != cards {
                    problems.append(
                        "\(at): engine cards \(data.cards.keys.sorted()), the rule says \(cards.keys.sorted())"
                    )
                }
            }
            for (entry, out) in zip(entries, resolved) {
                let candidate = round.candidates.first { $0.applicationID == entry.object }!
                let card = candidate.cards[entry.actor]!
                let shown =
                    entry.actor == actor.name
                    || (entry.action == "score.submit" && card.state.isSubmitted
                        && rule.card(card.author, true, actor.name, role, states[candidate.rowID]!))
                if (out.after == #"{"A1":"4"}"#) != shown {
                    problems.append(
                        "\(who): engine resolved \(entry.action) by \(entry.actor) on \(candidate.applicationID) as \(out.after ?? "")"
                    )
                }
            }
        }
    }
#endif
