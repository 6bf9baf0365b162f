import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The invited candidates not fully scored, in application-id order, each with the
    /// members still to submit: what stops the chair finalising, and who can unblock it.
    public func finalisationBlockers() throws -> [FinalisationBlocker] {
        try read { db in try Self.finalisationBlockers(db) }
    }

    static func finalisationBlockers(_ db: Database) throws -> [FinalisationBlocker] {
        try scoringStates(db).values.compactMap { RankingRules.blocker($0.applicationID, $0.state) }
            .sorted { $0.applicationID < $1.applicationID }
    }

    /// Why the ranking cannot be finalised now, in the words `finaliseRanking` throws; nil
    /// when it can. The interface asks before its confirmation, so that the chair is told
    /// what and who blocks it instead of being asked to confirm in vain.
    public func finalisationRefusal() throws -> String? {
        try read { db in try Self.finalisationRefusal(db) }
    }

    static func finalisationRefusal(_ db: Database) throws -> String? {
        try RankingRules.finalisationRefusal(
            refuseIfFinal: { try refuseIfFinal(db, "the ranking") },
            blockers: { try finalisationBlockers(db) },
            anyScored: { try !scoringStates(db).isEmpty })
    }
}
