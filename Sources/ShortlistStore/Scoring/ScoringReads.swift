import Foundation
import GRDB
import ShortlistCore

/// Where the viewer's own card for a candidate stands.
public enum OwnCardState: String, Sendable {
    case notScoring = "not scoring"
    case toDo = "to do"
    case draft
    case submitted
    case conflicted
    case excused
}

/// An invited candidate in the ranking, as the viewer may see it.
public struct RankingRow: Sendable {
    public var applicationID: ApplicationID
    /// "Surname, Given names", or the application id in blind mode.
    public var name: String
    /// Every expected member has submitted.
    public var isComplete: Bool
    /// Nil until the candidate is fully scored.
    public var rank: Sealed<Int>?
    public var result: Sealed<CandidateResult>
    public var reserve: Sealed<Bool>?
    public var submittedCount: Int
    public var expectedCount: Int
    public var own: OwnCardState
    /// What must still be met before recruitment (a CAST only registered), shown on the row.
    public var conditions: [RecruitmentCondition] = []
}

/// A scoring member's progress: cards submitted out of those expected of them.
public struct MemberProgress: Sendable, Equatable {
    public var member: String
    public var role: Role
    public var submitted: Int
    public var expected: Int
    public var drafts: Int
}

/// The ranking as the viewer may see it.
public struct RankingView: Sendable {
    public var scheme: ScoringScheme
    /// Fully scored candidates: in rank order when the viewer may see them all; otherwise the
    /// visible ones by total and the sealed ones by application id, with every rank sealed, so
    /// that a row's position never tells a sealed total.
    public var ranked: [RankingRow]
    /// Invited candidates not yet fully scored, by application id: never ranked.
    public var pending: [RankingRow]
    public var ranksSealed: Bool
    public var progress: [MemberProgress]
    /// Across the fully scored candidates the viewer may see; nil with fewer than two of them
    /// or fewer than two members who scored them all.
    public var agreement: PanelAgreement?
    public var finalised: (at: String, by: String)?
    /// Set when the ranking is marked final but no longer matches what was finalised: say
    /// so, and never present it as final (docs/scoring.md).
    public var finalMismatch: String?
}

extension SQLiteStore {
    /// One candidate's interview scoring as `viewer` may see it: their own card, the others'
    /// submitted cards and the combined result only where the sealing rules allow.
    public func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws -> CandidateScoring
    {
        try read { db in
            let rowID = try Self.rowID(of: id, db)
            guard let scheme = try Self.scheme(db),
                let data = try ScoringData.load(db, for: .viewer(viewer), only: rowID)[rowID]
            else {
                return CandidateScoring(
                    applicationID: id, invited: false, own: nil, others: [], result: .sealed,
                    expected: [],
                    submitted: [], excused: [],
                    viewerIsConflicted: try Self.isConflicted(viewer.name, rowID, db))
            }
            return Self.scoring(data, scheme, for: viewer)
        }
    }

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

    static func isConflicted(_ member: String, _ rowID: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT 1 FROM conflicts WHERE member = ? AND candidate_id = ?",
            arguments: [member, rowID]) != nil
    }

    /// The ranking of invited candidates as `viewer` may see it.
    public func ranking(for viewer: Actor) throws -> RankingView? {
        try read { db in
            guard let scheme = try Self.scheme(db) else { return nil }
            let candidates = try ScoringData.load(db, for: .viewer(viewer))
            let names = try Self.displayNames(Array(candidates.keys), blind: try blinds(db), db)
            let conditions = try RankingConditions.load(Array(candidates.keys), db)
            let full = Self.fullRanking(candidates, scheme)
            let (results, order) = full
            let byID = Dictionary(
                uniqueKeysWithValues: candidates.values.map { ($0.applicationID, $0) })
            let ranksSealed = candidates.values.contains {
                $0.state.isComplete && !$0.combinedVisible
            }
            func row(_ data: ScoringData.Candidate, _ ranked: RankedCandidate?) -> RankingRow {
                let result = Self.visibleResult(data, scheme)
                let complete = data.state.isComplete
                return RankingRow(
                    applicationID: data.applicationID,
                    name: names[data.rowID] ?? data.applicationID.rawValue,
                    isComplete: complete,
                    rank: complete
                        ? (ranksSealed ? .sealed : ranked.map { .visible($0.rank) } ?? .sealed)
                        : nil,
                    result: result,
                    reserve: complete
                        ? (ranksSealed ? .sealed : .visible(ranked?.onReserveList ?? false)) : nil,
                    submittedCount: data.state.submittedExpected.count,
                    expectedCount: data.state.expected.count, own: Self.ownState(data, viewer),
                    conditions: conditions[data.rowID] ?? [])
            }
            var ranked: [RankingRow]
            if ranksSealed {
                // Every complete candidate, the sealed ones too, whose marks were not read.
                ranked = candidates.values.filter {
                    $0.state.isComplete && (!$0.combinedVisible || results[$0.rowID]?.total != nil)
                }.map { row($0, nil) }
                ranked.sort { a, b in
                    switch (a.result.value?.total, b.result.value?.total) {
                    case (let x?, let y?): x != y ? x > y : a.applicationID < b.applicationID
                    case (.some, nil): true
                    case (nil, .some): false
                    case (nil, nil): a.applicationID < b.applicationID
                    }
                }
            } else {
                ranked = order.map { row(byID[$0.applicationID]!, $0) }
            }
            let pending = candidates.values.filter { !$0.state.isComplete }
                .sorted { $0.applicationID < $1.applicationID }.map { row($0, nil) }
            let visibleComplete = results.keys.map { candidates[$0]! }.filter(\.combinedVisible)
            return RankingView(
                scheme: scheme, ranked: ranked, pending: pending, ranksSealed: ranksSealed,
                progress: try Self.progress(candidates, db),
                agreement: Self.agreement(visibleComplete, scheme),
                finalised: try Self.finalisation(db),
                // A viewer who sees every complete candidate read what the panel's ranking
                // rests on; for anyone else the check reads it apart.
                finalMismatch: try Self.checkFinalRanking(
                    db, now: ranksSealed ? nil : { Self.canonicalRanking(candidates, full) }
                ).mismatch)
        }
    }

    static func ownState(_ data: ScoringData.Candidate, _ viewer: Actor) -> OwnCardState {
        guard viewer.role == .chair || viewer.role == .member else { return .notScoring }
        if data.state.conflicted.contains(viewer.name) { return .conflicted }
        if data.excused.contains(viewer.name) { return .excused }
        guard data.started.contains(viewer.name) else { return .toDo }
        return data.state.submitted.contains(viewer.name) ? .submitted : .draft
    }

    static func progress(_ candidates: [Int64: ScoringData.Candidate], _ db: Database) throws
        -> [MemberProgress]
    {
        let scorers = try Row.fetchAll(
            db,
            sql: """
                SELECT name, role FROM panel WHERE removed_at IS NULL AND role IN ('chair', 'member')
                ORDER BY role = 'member', name
                """)
        return scorers.map { row in
            let name: String = row[0]
            var progress = MemberProgress(
                member: name, role: Role(rawValue: row[1]) ?? .member, submitted: 0, expected: 0,
                drafts: 0)
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

    /// "Surname, Given names" by row id, or the application id in blind mode.
    static func displayNames(_ rowIDs: [Int64], blind: Bool, _ db: Database) throws -> [Int64:
        String]
    {
        guard !rowIDs.isEmpty else { return [:] }
        var names: [Int64: String] = [:]
        for chunk in stride(from: 0, to: rowIDs.count, by: 500).map({
            rowIDs[$0..<min($0 + 500, rowIDs.count)]
        }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT id, application_id, surname, given_names FROM candidates WHERE id IN (\(placeholders))",
                arguments: StatementArguments(Array(chunk)))
            {
                let given: String = row[3]
                names[row[0]] =
                    blind ? row[1] : (given.isEmpty ? row[2] : "\(row[2] as String), \(given)")
            }
        }
        return names
    }
}
