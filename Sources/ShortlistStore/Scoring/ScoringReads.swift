import Foundation
import GRDB
import ShortlistCore

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
            return RankingAssembly.scoring(data, scheme, for: viewer)
        }
    }

    static func isConflicted(_ member: String, _ rowID: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT 1 FROM conflicts WHERE member = ? AND candidate_id = ?",
            arguments: [member, rowID]) != nil
    }

    /// The ranking of invited candidates as `viewer` may see it: read here, assembled by
    /// `RankingAssembly`.
    public func ranking(for viewer: Actor) throws -> RankingView? {
        try read { db in
            guard let scheme = try Self.scheme(db) else { return nil }
            let candidates = try ScoringData.load(db, for: .viewer(viewer))
            let ids = Array(candidates.keys)
            var (view, canonical) = RankingAssembly.ranking(
                candidates, scheme, for: viewer,
                RankingAssembly.Context(
                    names: try Self.displayNames(ids, blind: try blinds(db), db),
                    conditions: try RankingConditions.load(ids, db), scorers: try Self.scorers(db),
                    finalised: try Self.finalisation(db)))
            view.finalMismatch = try Self.checkFinalRanking(db, now: canonical).mismatch
            return view
        }
    }

    /// The chair and the members on the roster, the chair first, each by name.
    static func scorers(_ db: Database) throws -> [(name: String, role: Role)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT name, role FROM panel WHERE removed_at IS NULL AND role IN ('chair', 'member')
                ORDER BY role = 'member', name
                """
        ).map { ($0[0], Role(rawValue: $0[1]) ?? .member) }
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
