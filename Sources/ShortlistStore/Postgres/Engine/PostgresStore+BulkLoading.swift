#if Postgres
    import Foundation
    import ShortlistCore

    /// BulkLoading on PostgreSQL.
    extension PostgresStore: BulkLoading {
        @discardableResult
        public func insertCandidates(
            _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)?
        ) throws -> Int {
            throw PostgresStore.unported("insertCandidates")
        }

        @discardableResult
        public func insertCandidates(
            _ candidates: some Sequence<PreparedCandidate>, by actor: Actor,
            progress: ((Int) -> Bool)?, timing: BulkLoadTiming?
        ) throws -> Int {
            throw PostgresStore.unported("insertCandidates")
        }

        @discardableResult
        public func importApplications(
            by actor: Actor, timing: BulkLoadTiming?,
            _ body: (any ImportBatch) throws -> ImportLogEntry?
        ) throws -> Bool {
            throw PostgresStore.unported("importApplications")
        }

        public func importLog() throws -> [ImportLogEntry] {
            throw PostgresStore.unported("importLog")
        }
    }
#endif
