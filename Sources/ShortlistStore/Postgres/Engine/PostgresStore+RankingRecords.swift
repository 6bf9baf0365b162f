#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// RankingRecords on PostgreSQL: the ranking from what the server lets the connected role
    /// read (`PostgresScoringData`: scorers their visible cards, the secretary and reviewers the
    /// means of `combined_results()`), finalisation and reopening by the chair.
    ///
    /// One difference from SQLite: the store cannot compute a ranking the role may not see. A
    /// role that sees every fully scored candidate's result checks the final ranking in full;
    /// any other checks the stored record against its digest and against the digest the trail
    /// recorded at finalise, which is all it can read.
    extension PostgresStore: RankingRecords {
        public func ranking(for viewer: Actor) throws -> RankingView? {
            try transaction { session in
                guard let scheme = try Self.scheme(session) else { return nil }
                let candidates = try PostgresScoringData.load(session, viewer: viewer)
                let role = viewer.role
                let names = try self.displayNames(candidates.values.map(\.rowID), session)
                let conditions = try Self.rankingConditions(
                    candidates.values.map(\.rowID), session)
                var results: [ApplicationID: CandidateResult] = [:]
                for data in candidates.values where data.state.isComplete {
                    if let result = PostgresScoringData.result(data, scheme, role: role).value {
                        results[data.applicationID] = result
                    }
                }
                let ranksSealed = candidates.values.contains {
                    $0.state.isComplete && !$0.combinedVisible
                }
                let order = Self.order(results, scheme)
                let byID = Dictionary(uniqueKeysWithValues: order.map { ($0.applicationID, $0) })
                func row(_ data: PostgresScoringData.Candidate) -> RankingRow {
                    let complete = data.state.isComplete
                    let ranked = byID[data.applicationID]
                    return RankingRow(
                        applicationID: data.applicationID,
                        name: names[data.rowID] ?? data.applicationID.rawValue,
                        isComplete: complete,
                        rank: complete
                            ? (ranksSealed ? .sealed : ranked.map { .visible($0.rank) } ?? .sealed)
                            : nil,
                        result: PostgresScoringData.result(data, scheme, role: role),
                        reserve: complete
                            ? (ranksSealed ? .sealed : .visible(ranked?.onReserveList ?? false))
                            : nil,
                        submittedCount: data.state.submittedExpected.count,
                        expectedCount: data.state.expected.count,
                        own: Self.ownState(data, viewer),
                        conditions: conditions[data.rowID] ?? [])
                }
                var ranked: [RankingRow]
                if ranksSealed {
                    ranked = candidates.values.filter(\.state.isComplete).map(row)
                    ranked.sort(by: RankingAssembly.byTotal)
                } else {
                    ranked = order.compactMap { candidates[$0.applicationID].map(row) }
                }
                let pending = candidates.values.filter { !$0.state.isComplete }
                    .sorted { $0.applicationID < $1.applicationID }.map(row)
                return RankingView(
                    scheme: scheme, ranked: ranked, pending: pending, ranksSealed: ranksSealed,
                    progress: try Self.progress(candidates, viewer, session),
                    agreement: Self.agreement(candidates, scheme),
                    finalised: try Self.finalisation(session),
                    finalMismatch: try Self.checkFinalRanking(
                        session,
                        now: ranksSealed
                            ? nil : Self.canonicalRanking(candidates, results, order, scheme)
                    ).mismatch)
            }
        }

        static func order(_ results: [ApplicationID: CandidateResult], _ scheme: ScoringScheme)
            -> [RankedCandidate]
        {
            Ranking.rank(
                results.compactMap { id, result in result.total.map { (id, $0, result.passed) } },
                reserveLimit: scheme.rules.reserveListLimit)
        }

        static func canonicalRanking(
            _ candidates: [ApplicationID: PostgresScoringData.Candidate],
            _ results: [ApplicationID: CandidateResult], _ order: [RankedCandidate],
            _ scheme: ScoringScheme
        ) -> String {
            RankingDigest.canonicalText(
                order.compactMap { ranked in
                    guard let result = results[ranked.applicationID] else { return nil }
                    return DigestRow(
                        applicationID: ranked.applicationID, rank: ranked.rank,
                        total: ranked.total,
                        means: result.criteria.map { ($0.criterion, $0.mean) },
                        passed: ranked.passed, reserve: ranked.onReserveList)
                })
        }

        static func ownState(_ data: PostgresScoringData.Candidate, _ viewer: Actor)
            -> OwnCardState
        {
            guard viewer.role == .chair || viewer.role == .member else { return .notScoring }
            if data.state.conflicted.contains(viewer.name) { return .conflicted }
            if data.excused.contains(viewer.name) { return .excused }
            guard let own = data.cards[viewer.name] else {
                return data.state.submitted.contains(viewer.name) ? .submitted : .toDo
            }
            return own.isSubmitted ? .submitted : .draft
        }

        /// Cards submitted and expected per scorer. Drafts are counted for the viewer alone: on a
        /// server another member's draft is sealed even from whether it exists.
        static func progress(
            _ candidates: [ApplicationID: PostgresScoringData.Candidate], _ viewer: Actor,
            _ session: PostgresSession
        ) throws -> [MemberProgress] {
            try session.rows(
                """
                SELECT name, role FROM panel WHERE removed_at IS NULL AND role IN ('chair', 'member')
                ORDER BY role = 'member', name
                """
            ).map { row in
                let (name, role) = try row.decode((String, String).self)
                var progress = MemberProgress(
                    member: name, role: Role(rawValue: role) ?? .member, submitted: 0,
                    expected: 0, drafts: 0)
                for data in candidates.values where data.state.expected.contains(name) {
                    progress.expected += 1
                    if data.state.submitted.contains(name) {
                        progress.submitted += 1
                    } else if data.cards[name] != nil {
                        progress.drafts += 1
                    }
                }
                return progress
            }
        }

        /// Agreement on the members' own totals over the results the viewer may see, from the
        /// cards the server let through (none for a role that reads only means).
        static func agreement(
            _ candidates: [ApplicationID: PostgresScoringData.Candidate], _ scheme: ScoringScheme
        ) -> PanelAgreement? {
            let visible = candidates.values.filter { $0.state.isComplete && $0.combinedVisible }
                .map { data in
                    ScoringData.Candidate(
                        rowID: data.rowID, applicationID: data.applicationID, cards: data.cards,
                        started: Set(data.cards.keys),
                        counted: data.cards.filter {
                            $0.value.isSubmitted && data.state.expected.contains($0.key)
                        }.mapValues(\.marks),
                        combinedVisible: true, state: data.state, excused: data.excused)
                }
            return RankingAssembly.agreement(visible, scheme)
        }

        /// The recruitment conditions still open, as `RankingConditions` reads them on SQLite:
        /// a CAST only registered, until the checklist records the pass.
        static func rankingConditions(_ rowIDs: [Int64], _ session: PostgresSession) throws
            -> [Int64: [RecruitmentCondition]]
        {
            guard !rowIDs.isEmpty else { return [:] }
            let registered = CASTStatus.registered.rawValue
            var found: [Int64: [RecruitmentCondition]] = [:]
            for row in try session.rows(
                """
                SELECT id FROM candidates WHERE cast_status = \(registered) AND id = ANY(\(rowIDs))
                  AND id NOT IN (SELECT candidate_id FROM recruitment_checks WHERE item = 'cast' AND met)
                """)
            {
                found[try row.decode(Int64.self), default: []].append(.castNotPassed)
            }
            return found
        }

        /// "Surname, Given names" by row id, or the application id when blind (the server then
        /// withholds the name columns from the role).
        func displayNames(_ rowIDs: [Int64], _ session: PostgresSession) throws -> [Int64: String] {
            guard !rowIDs.isEmpty else { return [:] }
            let blind =
                try blindViewer
                || session.value("SELECT value FROM meta WHERE key = 'blind_mode'", as: String.self)
                    == "on"
            var names: [Int64: String] = [:]
            if blind {
                for row in try session.rows(
                    "SELECT id, application_id FROM candidates WHERE id = ANY(\(rowIDs))")
                {
                    let (id, application) = try row.decode((Int64, String).self)
                    names[id] = application
                }
                return names
            }
            for row in try session.rows(
                "SELECT id, surname, given_names FROM candidates WHERE id = ANY(\(rowIDs))")
            {
                let (id, surname, given) = try row.decode((Int64, String, String).self)
                names[id] = given.isEmpty ? surname : "\(surname), \(given)"
            }
            return names
        }

        public func isRankingFinal() throws -> Bool {
            try withSession { session in try Self.finalisation(session) != nil }
        }

        public func checkFinalRanking() throws -> FinalRankingCheck {
            try transaction { session in
                let now = try Self.visibleCanonicalRanking(session, viewer: self.actor)
                return try Self.checkFinalRanking(session, now: now)
            }
        }

        /// The canonical ranking as it stands, when the connected role may see every fully
        /// scored candidate's result; nil when some are sealed from it.
        static func visibleCanonicalRanking(_ session: PostgresSession, viewer: Actor) throws
            -> String?
        {
            guard let scheme = try scheme(session) else { return RankingDigest.canonicalText([]) }
            let candidates = try PostgresScoringData.load(session, viewer: viewer)
            guard !candidates.values.contains(where: { $0.state.isComplete && !$0.combinedVisible })
            else { return nil }
            var results: [ApplicationID: CandidateResult] = [:]
            for data in candidates.values where data.state.isComplete {
                results[data.applicationID] =
                    PostgresScoringData.result(data, scheme, role: viewer.role).value
            }
            return canonicalRanking(candidates, results, order(results, scheme), scheme)
        }

        /// As on SQLite; `now` nil when the role cannot compute the ranking as it stands, so
        /// that only the record and the trail are checked.
        static func checkFinalRanking(_ session: PostgresSession, now: String?) throws
            -> FinalRankingCheck
        {
            guard
                let row = try session.rows(
                    "SELECT digest, canonical FROM ranking_finalisation WHERE id = 1"
                ).first
            else { return .notFinal }
            let (digest, canonical) = try row.decode((String?, String?).self)
            return try FinalRankingCheck.judging(
                digest: digest, canonical: canonical,
                finaliseEntry: {
                    try session.value(
                        "SELECT after FROM audit WHERE action = 'ranking.finalise' ORDER BY seq DESC LIMIT 1",
                        as: String.self)
                }, now: { now })
        }

        public func finalisationRefusal() throws -> String? {
            try transaction { session in try Self.finalisationRefusal(session) }
        }

        static func finalisationRefusal(_ session: PostgresSession) throws -> String? {
            try RankingRules.finalisationRefusal(
                refuseIfFinal: { try refuseIfFinal(session, "the ranking") },
                blockers: { try finalisationBlockers(session) },
                anyScored: {
                    try session.value("SELECT count(*) FROM score_progress()", as: Int64.self) ?? 0
                        > 0
                })
        }

        public func finalisationBlockers() throws -> [FinalisationBlocker] {
            try withSession { session in try Self.finalisationBlockers(session) }
        }

        /// Who each candidate still waits for: names only, from `score_progress()`.
        static func finalisationBlockers(_ session: PostgresSession) throws
            -> [FinalisationBlocker]
        {
            try session.rows(
                "SELECT application_id, expected, submitted FROM score_progress() ORDER BY application_id"
            ).compactMap { row in
                let (id, expected, submitted) = try row.decode((String, [String], [String]).self)
                return RankingRules.blocker(
                    ApplicationID(id),
                    ScoringState(expected: Set(expected), submitted: Set(submitted), conflicted: [])
                )
            }
        }

        /// The chair finalises once every invited candidate is fully scored. The digest is of
        /// the ranking the chair reads: a chair with a conflict on a candidate cannot read its
        /// result on a server, and so cannot finalise there (another chair must).
        public func finaliseRanking(by actor: Actor) throws {
            try audited(actor, .finaliseRanking, action: "ranking.finalise") { session, _ in
                if let refusal = try Self.finalisationRefusal(session) {
                    throw StoreError.invalid(refusal)
                }
                guard let canonical = try Self.visibleCanonicalRanking(session, viewer: actor)
                else {
                    throw StoreError.invalid(
                        "\(actor.name) cannot read every fully scored candidate's result (a declared conflict), so cannot finalise the ranking on a server"
                    )
                }
                let count =
                    try session.value("SELECT count(*) FROM score_progress()", as: Int64.self) ?? 0
                let digest = sha256Hex(canonical)
                let by = actor.name
                try session.execute(
                    """
                    INSERT INTO ranking_finalisation (id, finalised_at, finalised_by, digest, canonical)
                    VALUES (1, \(unescaped: Self.serverNow), \(by), \(digest), \(canonical))
                    """)
                return ((), nil, ["candidates": String(count), "digest": digest])
            }
        }

        public func reopenRanking(reason: String, by actor: Actor) throws {
            try WriteRules.requireReason(reason, RankingRules.reopenNeedsReason)
            try audited(actor, .finaliseRanking, action: "ranking.reopen") { session, audit in
                guard let final = try Self.finalisation(session) else {
                    throw RankingRules.notFinal
                }
                try session.execute("DELETE FROM ranking_finalisation")
                let (before, after) = RankingRules.reopenTrail(
                    finalised: final, reason: reason, audit)
                return ((), before, after)
            }
        }
    }
#endif
