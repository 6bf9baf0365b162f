import ShortlistStore

/// What the interface reads candidates from: the store's `CandidatePaging`. Any engine's store
/// is one; tests may slow it down or count its calls. Sendable because searches, counts and
/// the update step's slow reads call it from their own threads.
public typealias CandidateSource = CandidatePaging
