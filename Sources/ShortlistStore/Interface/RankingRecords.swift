import ShortlistCore

/// The ranking: as the viewer may see it, and its finalisation.
public protocol RankingRecords: Sendable {
    func ranking(for viewer: Actor) throws -> RankingView?
    func isRankingFinal() throws -> Bool
    func checkFinalRanking() throws -> FinalRankingCheck
    /// Why the ranking cannot be finalised now (which candidates wait for whose cards, or
    /// that it is final already); nil when it can.
    func finalisationRefusal() throws -> String?
    /// The invited candidates whose cards are not all in, and whose cards they wait for.
    func finalisationBlockers() throws -> [FinalisationBlocker]
    func finaliseRanking(by actor: Actor) throws
    func reopenRanking(reason: String, by actor: Actor) throws
}
