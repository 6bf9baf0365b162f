import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The invited candidates not fully scored, in application-id order, each with the
    /// members still to submit: what stops the chair finalising, and who can unblock it.
    public func finalisationBlockers() throws -> [FinalisationBlocker] {
        try read { db in try Self.finalisationBlockers(db) }
    }

    static func finalisationBlockers(_ db: Database) throws -> [FinalisationBlocker] {
        try scoringStates(db).values.filter { !$0.state.isComplete }
            .map {
                FinalisationBlocker(
                    applicationID: $0.applicationID,
                    waitingFor: $0.state.expected.subtracting($0.state.submitted).sorted())
            }
            .sorted { $0.applicationID < $1.applicationID }
    }

    /// Why the ranking cannot be finalised now, in the words `finaliseRanking` throws; nil
    /// when it can. The interface asks before its confirmation, so that the chair is told
    /// what and who blocks it instead of being asked to confirm in vain.
    public func finalisationRefusal() throws -> String? {
        try read { db in try Self.finalisationRefusal(db) }
    }

    static func finalisationRefusal(_ db: Database) throws -> String? {
        do {
            try refuseIfFinal(db, "the ranking")
        } catch StoreError.invalid(let reason) {
            return reason
        }
        let blockers = try finalisationBlockers(db)
        guard blockers.isEmpty else { return RankingFinalisation.blocked(blockers) }
        guard try !scoringStates(db).isEmpty else {
            return "nobody has been invited and scored yet"
        }
        return nil
    }
}
