import ShortlistCore
import ShortlistStore

/// What the interface reads candidates from. `Store` is the real one; tests may slow it down
/// or count its calls. Sendable because searches, counts and the update step's slow reads
/// call it from their own threads.
public protocol CandidateSource: Sendable {
    func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int
    func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow]
    func candidate(_ id: ApplicationID) throws -> Candidate?
    func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int?
    /// The next candidate of the list that matches a search (see `Store.nextMatch`). Called
    /// off the interface's thread: an implementation must allow that.
    func nextMatch(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
        order: CandidateOrder, sortedBy keys: [SortKey]?, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> SearchHit?
    /// A page in an order of the user's choosing, by offset.
    func candidates(
        sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> [CandidateRow]
    func position(
        of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int?
    /// The rows around a candidate whose position is known, in an order of the user's
    /// choosing: `before` rows before it, then it and `after - 1` after (see `Store`).
    func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow]
}

extension CandidateSource {
    /// By offset, for sources that cannot read from a candidate's sort values.
    public func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        let start = max(0, position - before)
        return try candidates(
            sortedBy: keys, offset: start, limit: position - start + after, scope: scope,
            filter: filter)
    }
}

extension Store: CandidateSource {
    public func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try candidates(
            sortedBy: keys, around: id, before: min(before, position), after: after,
            scope: scope, filter: filter)
    }
}
