#if Postgres
    import Foundation
    import ShortlistCore

    /// CandidateFiltering on PostgreSQL.
    extension PostgresStore: CandidateFiltering {
        public func searchNames(_ query: String, limit: Int) throws -> [ApplicationID] {
            throw PostgresStore.unported("searchNames")
        }

        public func compile(_ expression: FilterExpression, for viewer: Actor) throws
            -> CompiledFilter
        {
            throw PostgresStore.unported("compile")
        }

        public func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter {
            throw PostgresStore.unported("compile")
        }

        public func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter {
            throw PostgresStore.unported("compileFilter")
        }

        public func forEachCandidate(
            filter: CompiledFilter?, sort: [SortKey], limit: Int?,
            _ body: (CandidateSummary) throws -> Void
        ) throws {
            throw PostgresStore.unported("forEachCandidate")
        }

        public func candidateCount(filter: CompiledFilter?) throws -> Int {
            throw PostgresStore.unported("candidateCount")
        }

        public func savedFilters() throws -> [SavedFilter] {
            throw PostgresStore.unported("savedFilters")
        }

        public func savedFilter(named name: String) throws -> SavedFilter? {
            throw PostgresStore.unported("savedFilter")
        }

        public func saveFilter(name: String, expression: String, by actor: Actor) throws {
            throw PostgresStore.unported("saveFilter")
        }

        public func deleteFilter(name: String, by actor: Actor) throws {
            throw PostgresStore.unported("deleteFilter")
        }
    }
#endif
