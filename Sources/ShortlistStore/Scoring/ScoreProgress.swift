import Foundation
import GRDB
import ShortlistCore

/// An invited candidate's interview scoring as the list's Score column shows it: the cards
/// in, and the combined result where the viewer may see it. No rank: a rank would need every
/// candidate, and the list shows a screenful.
public struct ScoreProgress: Sendable, Equatable {
    public var applicationID: ApplicationID
    public var isComplete: Bool
    public var submittedCount: Int
    public var expectedCount: Int
    public var result: Sealed<CandidateResult>
}

extension SQLiteStore {
    /// The scoring of those of `ids` that are invited, as `viewer` may see it: what a
    /// screenful of the list needs, read without the rest of the ranking.
    public func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
        -> [ApplicationID: ScoreProgress]
    {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            guard let scheme = try Self.scheme(db) else { return [:] }
            // The ids bound as one JSON array: one statement text, prepared once per connection.
            let list = String(
                decoding: try JSONEncoder().encode(ids.map(\.rawValue)), as: UTF8.self)
            let rowIDs = try Int64.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT id FROM candidates WHERE application_id IN (SELECT value FROM json_each(?))"
                ), arguments: [list])
            var progress: [ApplicationID: ScoreProgress] = [:]
            for data in try ScoringData.load(db, for: .viewer(viewer), only: rowIDs).values {
                progress[data.applicationID] = ScoreProgress(
                    applicationID: data.applicationID, isComplete: data.state.isComplete,
                    submittedCount: data.state.submittedExpected.count,
                    expectedCount: data.state.expected.count,
                    result: RankingAssembly.visibleResult(data, scheme))
            }
            return progress
        }
    }
}
