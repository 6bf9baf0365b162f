import ShortlistCore

/// The ranking: as the viewer may see it, and its finalisation.
public protocol RankingRecords: Sendable {
    func ranking(for viewer: Actor) throws -> RankingView?
    func isRankingFinal() throws -> Bool
    func checkFinalRanking() throws -> FinalRankingCheck
    func finaliseRanking(by actor: Actor) throws
    func reopenRanking(reason: String, by actor: Actor) throws
}
