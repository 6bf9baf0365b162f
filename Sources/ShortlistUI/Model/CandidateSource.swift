import ShortlistCore
import ShortlistStore

/// What the interface reads candidates from. `Store` is the real one; tests may slow it down
/// or count its calls.
public protocol CandidateSource: AnyObject {
    func candidateCount(scope: CandidateScope, filter: CompiledFilter?) throws -> Int
    func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow]
    func candidate(_ id: ApplicationID) throws -> Candidate?
    func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope,
        filter: CompiledFilter?
    ) throws -> Int?
}

extension Store: CandidateSource {}
