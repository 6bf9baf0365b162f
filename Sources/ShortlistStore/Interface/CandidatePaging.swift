import ShortlistCore

/// Candidates and paging: the list in any order, a window at a time, and the walk to the next
/// match of a search. What the interface's list reads (`CandidateSource` there).
public protocol CandidatePaging: Sendable {
    func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int
    func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow]
    func candidate(_ id: ApplicationID) throws -> Candidate?
    func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int?
    /// The next candidate of the list that matches a search. Called off the interface's
    /// thread: an implementation must allow that.
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
    /// choosing: `before` rows before it, then it and `after - 1` after.
    func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow]
}

extension CandidatePaging {
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

    public func candidateCount(scope: CandidateScope = .all, filter: CompiledFilter? = nil)
        throws -> Int
    {
        try candidateCount(scope: scope, filter: filter)
    }

    public func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> [CandidateRow] {
        try candidates(order: order, page: page, scope: scope, filter: filter)
    }

    public func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> Int? {
        try position(of: id, order: order, scope: scope, filter: filter)
    }

    public func nextMatch(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool = true,
        inclusive: Bool, order: CandidateOrder, sortedBy keys: [SortKey]? = nil,
        scope: CandidateScope = .all, filter: CompiledFilter? = nil
    ) throws -> SearchHit? {
        try nextMatch(
            search, from: start, forward: forward, inclusive: inclusive, order: order,
            sortedBy: keys, scope: scope, filter: filter)
    }

    public func candidates(
        sortedBy keys: [SortKey], offset: Int, limit: Int, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> [CandidateRow] {
        try candidates(sortedBy: keys, offset: offset, limit: limit, scope: scope, filter: filter)
    }

    public func position(
        of id: ApplicationID, sortedBy keys: [SortKey], scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> Int? {
        try position(of: id, sortedBy: keys, scope: scope, filter: filter)
    }
}
