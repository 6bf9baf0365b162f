import ShortlistCore
import ShortlistStore

/// What the interface reads candidates from. `Store` is the real one; tests may slow it down
/// or count its calls.
public protocol CandidateSource: AnyObject {
    func candidateCount() throws -> Int
    func candidates(order: CandidateOrder, page: PageRequest) throws -> [CandidateRow]
    func candidate(_ id: ApplicationID) throws -> Candidate?
    func position(of id: ApplicationID, order: CandidateOrder) throws -> Int?
}

extension Store: CandidateSource {}
