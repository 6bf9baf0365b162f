import ShortlistCore

// Engine-neutral: the ranking and the scoring views are assembled the same way whichever
// engine read the cards, so that a candidate ranks alike in a file and on a server. Each
// engine's sealed reads hand over `ScoringData.Candidate`s (only what the reader may see) and
// the few facts beside them; nothing here reads a database.

/// The ranking and a candidate's scoring as the reader may see them, from what a sealed read
/// handed over.
enum RankingAssembly {
    /// One candidate's scoring as `viewer` may see it.
    static func scoring(_ data: ScoringData.Candidate, _ scheme: ScoringScheme, for viewer: Actor)
        -> CandidateScoring
    {
        let state = data.state
        let conflicted = state.conflicted.contains(viewer.name)
        // The read handed over only the cards the viewer may see.
        let others = data.cards.values.filter { $0.member != viewer.name }
            .sorted { $0.member < $1.member }
        return CandidateScoring(
            applicationID: data.applicationID, invited: true,
            own: conflicted ? nil : data.cards[viewer.name],
            others: others, result: visibleResult(data, scheme),
            expected: state.expected.sorted(),
            submitted: state.submittedExpected.sorted(),
            excused: data.excused.sorted(),
            viewerIsConflicted: conflicted)
    }

    /// The combined result of the submitted cards, or sealed: as read for its reader.
    static func visibleResult(_ data: ScoringData.Candidate, _ scheme: ScoringScheme)
        -> Sealed<CandidateResult>
    {
        data.combinedVisible ? .visible(result(data, scheme)) : .sealed
    }

    /// The submitted cards of the members still expected to score make the result.
    static func result(_ data: ScoringData.Candidate, _ scheme: ScoringScheme) -> CandidateResult {
        let cards = data.counted.filter { data.state.expected.contains($0.key) }
        return CandidateResult(cards: Array(cards.values), scheme: scheme)
    }

    /// Every fully scored candidate's combined result, and their order.
    static func fullRanking(_ candidates: [Int64: ScoringData.Candidate], _ scheme: ScoringScheme)
        -> (results: [Int64: CandidateResult], order: [RankedCandidate])
    {
        var results: [Int64: CandidateResult] = [:]
        for (rowID, data) in candidates where data.state.isComplete {
            results[rowID] = result(data, scheme)
        }
        let order = Ranking.rank(
            results.compactMap { rowID, result in
                result.total.map { (candidates[rowID]!.applicationID, $0, result.passed) }
            }, reserveLimit: scheme.rules.reserveListLimit)
        return (results, order)
    }

    /// The canonical text a final ranking's digest is taken over, from a ranking computed.
    static func canonicalRanking(
        _ candidates: [Int64: ScoringData.Candidate],
        _ ranking: (results: [Int64: CandidateResult], order: [RankedCandidate])
    ) -> String {
        let (results, order) = ranking
        let byID = Dictionary(
            uniqueKeysWithValues: candidates.values.map { ($0.applicationID, $0.rowID) })
        return RankingDigest.canonicalText(
            order.map { ranked in
                let result = results[byID[ranked.applicationID]!]!
                return DigestRow(
                    applicationID: ranked.applicationID, rank: ranked.rank, total: ranked.total,
                    means: result.criteria.map { ($0.criterion, $0.mean) }, passed: ranked.passed,
                    reserve: ranked.onReserveList)
            })
    }

    /// What the ranking shows beside the candidates, read by the engine.
    struct Context {
        /// "Surname, Given names", or the application id in blind mode, by row id.
        var names: [Int64: String]
        var conditions: [Int64: [RecruitmentCondition]]
        /// The scoring members on the roster, in the order the progress lists them.
        var scorers: [(name: String, role: Role)]
        var finalised: (at: String, by: String)?
    }

    /// The ranking as `viewer` may see it, with `finalMismatch` left for the engine's check;
    /// `canonical` is the ranking's canonical text when the viewer's read holds everything
    /// the panel's ranking rests on (no rank sealed to them), nil otherwise.
    static func ranking(
        _ candidates: [Int64: ScoringData.Candidate], _ scheme: ScoringScheme, for viewer: Actor,
        _ context: Context
    ) -> (view: RankingView, canonical: (() -> String)?) {
        let full = fullRanking(candidates, scheme)
        let (results, order) = full
        let byID = Dictionary(
            uniqueKeysWithValues: candidates.values.map { ($0.applicationID, $0) })
        let ranksSealed = candidates.values.contains {
            $0.state.isComplete && !$0.combinedVisible
        }
        func row(_ data: ScoringData.Candidate, _ ranked: RankedCandidate?) -> RankingRow {
            let result = visibleResult(data, scheme)
            let complete = data.state.isComplete
            return RankingRow(
                applicationID: data.applicationID,
                name: context.names[data.rowID] ?? data.applicationID.rawValue,
                isComplete: complete,
                rank: complete
                    ? (ranksSealed ? .sealed : ranked.map { .visible($0.rank) } ?? .sealed)
                    : nil,
                result: result,
                reserve: complete
                    ? (ranksSealed ? .sealed : .visible(ranked?.onReserveList ?? false)) : nil,
                submittedCount: data.state.submittedExpected.count,
                expectedCount: data.state.expected.count, own: ownState(data, viewer),
                conditions: context.conditions[data.rowID] ?? [])
        }
        var ranked: [RankingRow]
        if ranksSealed {
            // Every complete candidate, the sealed ones too, whose marks were not read.
            ranked = candidates.values.filter {
                $0.state.isComplete && (!$0.combinedVisible || results[$0.rowID]?.total != nil)
            }.map { row($0, nil) }
            ranked.sort(by: byTotal)
        } else {
            ranked = order.map { row(byID[$0.applicationID]!, $0) }
        }
        let pending = candidates.values.filter { !$0.state.isComplete }
            .sorted { $0.applicationID < $1.applicationID }.map { row($0, nil) }
        let visibleComplete = results.keys.map { candidates[$0]! }.filter(\.combinedVisible)
        let view = RankingView(
            scheme: scheme, ranked: ranked, pending: pending, ranksSealed: ranksSealed,
            progress: progress(candidates, context.scorers),
            agreement: agreement(visibleComplete, scheme),
            finalised: context.finalised, finalMismatch: nil)
        // A viewer who sees every complete candidate read what the panel's ranking rests on;
        // for anyone else the check reads it apart.
        return (view, ranksSealed ? nil : { canonicalRanking(candidates, full) })
    }

    /// The order of a ranking whose ranks are sealed: by total, highest first, a row without
    /// a total (its marks unread) after every row with one; ties by application id.
    static func byTotal(_ a: RankingRow, _ b: RankingRow) -> Bool {
        switch (a.result.value?.total, b.result.value?.total) {
        case (let x?, let y?): x != y ? x > y : a.applicationID < b.applicationID
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): a.applicationID < b.applicationID
        }
    }

    static func ownState(_ data: ScoringData.Candidate, _ viewer: Actor) -> OwnCardState {
        guard viewer.role == .chair || viewer.role == .member else { return .notScoring }
        if data.state.conflicted.contains(viewer.name) { return .conflicted }
        if data.excused.contains(viewer.name) { return .excused }
        guard data.started.contains(viewer.name) else { return .toDo }
        return data.state.submitted.contains(viewer.name) ? .submitted : .draft
    }

    static func progress(
        _ candidates: [Int64: ScoringData.Candidate], _ scorers: [(name: String, role: Role)]
    ) -> [MemberProgress] {
        scorers.map { name, role in
            var progress = MemberProgress(
                member: name, role: role, submitted: 0, expected: 0, drafts: 0)
            for data in candidates.values where data.state.expected.contains(name) {
                progress.expected += 1
                if data.state.submitted.contains(name) {
                    progress.submitted += 1
                } else if data.started.contains(name) {
                    progress.drafts += 1
                }
            }
            return progress
        }
    }

    /// Agreement on the members' own totals: the members who scored the most of these
    /// candidates, over the candidates every one of them scored.
    static func agreement(_ candidates: [ScoringData.Candidate], _ scheme: ScoringScheme)
        -> PanelAgreement?
    {
        var totals: [String: [ApplicationID: Double]] = [:]
        for data in candidates {
            for (member, marks) in data.counted {
                if let total = CandidateResult(cards: [marks], scheme: scheme).total {
                    totals[member, default: [:]][data.applicationID] = total
                }
            }
        }
        var raters = totals.keys.sorted()
        while raters.count >= 2 {
            let shared = raters.dropFirst().reduce(Set(totals[raters[0]]!.keys)) {
                $0.intersection(totals[$1]!.keys)
            }
            if shared.count >= 2 {
                let scores = shared.sorted().map { id in raters.map { totals[$0]![id]! } }
                return PanelAgreement(scores: scores)
            }
            // Drop the member who scored fewest (a conflict or an excusal) and try again.
            let fewest = raters.min { totals[$0]!.count < totals[$1]!.count }!
            raters.removeAll { $0 == fewest }
        }
        return nil
    }
}
