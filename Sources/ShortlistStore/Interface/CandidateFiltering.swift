import ShortlistCore

/// Search and filters: names found by prefix, filter expressions compiled for a viewer (scores
/// sealed as they must be), walks over a filtered list, and the panel's saved filters.
public protocol CandidateFiltering: Sendable {
    func searchNames(_ query: String, limit: Int) throws -> [ApplicationID]
    func compile(_ expression: FilterExpression, for viewer: Actor) throws -> CompiledFilter
    func compile(_ text: String, for viewer: Actor) throws -> CompiledFilter
    /// Without a viewer, a filter that reads no score.
    func compileFilter(_ text: String, for viewer: Actor?) throws -> CompiledFilter
    func forEachCandidate(
        filter: CompiledFilter?, sort: [SortKey], limit: Int?,
        _ body: (CandidateSummary) throws -> Void
    ) throws
    func candidateCount(filter: CompiledFilter?) throws -> Int

    func savedFilters() throws -> [SavedFilter]
    func savedFilter(named name: String) throws -> SavedFilter?
    func saveFilter(name: String, expression: String, by actor: Actor) throws
    func deleteFilter(name: String, by actor: Actor) throws
}

extension CandidateFiltering {
    public func searchNames(_ query: String, limit: Int = 100) throws -> [ApplicationID] {
        try searchNames(query, limit: limit)
    }

    public func forEachCandidate(
        filter: CompiledFilter?, sort: [SortKey], limit: Int? = nil,
        _ body: (CandidateSummary) throws -> Void
    ) throws {
        try forEachCandidate(filter: filter, sort: sort, limit: limit, body)
    }
}
