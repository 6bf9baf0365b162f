#if Postgres
    import Foundation
    import ShortlistCore

    /// CandidatePaging on PostgreSQL.
    extension PostgresStore: CandidatePaging {
        public func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int {
            throw PostgresStore.unported("candidateCount")
        }

        public func candidates(
            order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            throw PostgresStore.unported("candidates")
        }

        public func candidate(_ id: ApplicationID) throws -> Candidate? {
            throw PostgresStore.unported("candidate")
        }

        public func position(
            of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> Int? {
            throw PostgresStore.unported("position")
        }

        public func nextMatch(
            _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
            order: CandidateOrder, sortedBy keys: [SortKey]?, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> SearchHit? {
            throw PostgresStore.unported("nextMatch")
        }

        public func candidates(
            sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            throw PostgresStore.unported("candidates")
        }

        public func position(
            of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope,
            filter: CompiledFilter?
        ) throws -> Int? {
            throw PostgresStore.unported("position")
        }

        public func candidates(
            sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
            after: Int, scope: CandidateScope, filter: CompiledFilter?
        ) throws -> [CandidateRow] {
            throw PostgresStore.unported("candidates")
        }
    }
#endif
