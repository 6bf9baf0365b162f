/// Work in flight and the update step's caches.
struct Loading {
    /// The count asked for last, not yet answered.
    var pendingCount: PendingCount?
    /// The search asked for last, its generation, and where the selection was when `/` was
    /// pressed (Escape goes back there).
    var pendingSearch: PendingSearch?
    var pendingWrites: [PendingWrite] = []
    /// When to look at the change feed next.
    var nextPoll: UInt64 = 0
    /// Counts changes this session made to what the tabs and the list show.
    var dataVersion = 0
    /// What the list and tabs need beyond the rows, read when first needed and again after
    /// the session changes it.
    var panelCache = PanelCache()
    /// The evidence phrases found in CVs for the evidence column, by candidate and criteria.
    var evidenceCache: [String: String] = [:]
}
