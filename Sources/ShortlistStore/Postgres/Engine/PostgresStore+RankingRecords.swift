#if Postgres
    import Foundation
    import ShortlistCore

    /// RankingRecords on PostgreSQL.
    extension PostgresStore: RankingRecords {
        public func ranking(for viewer: Actor) throws -> RankingView? {
            throw PostgresStore.unported("ranking")
        }

        public func isRankingFinal() throws -> Bool {
            throw PostgresStore.unported("isRankingFinal")
        }

        public func checkFinalRanking() throws -> FinalRankingCheck {
            throw PostgresStore.unported("checkFinalRanking")
        }

        public func finalisationRefusal() throws -> String? {
            throw PostgresStore.unported("finalisationRefusal")
        }

        public func finalisationBlockers() throws -> [FinalisationBlocker] {
            throw PostgresStore.unported("finalisationBlockers")
        }

        public func finaliseRanking(by actor: Actor) throws {
            throw PostgresStore.unported("finaliseRanking")
        }

        public func reopenRanking(reason: String, by actor: Actor) throws {
            throw PostgresStore.unported("reopenRanking")
        }
    }
#endif
