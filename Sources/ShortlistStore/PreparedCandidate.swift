import GRDB
import ShortlistCore

/// A candidate already turned into column values (names folded, values formatted, the
/// fingerprint taken), so that this work can happen on the thread that reads the file while
/// another writes the previous records.
public struct PreparedCandidate: Sendable {
    public let applicationID: ApplicationID
    public let fingerprint: UInt64
    let columns: [DatabaseValue]
    let cvText: String
    let motivation: String

    public init(_ candidate: Candidate) {
        applicationID = candidate.applicationID
        fingerprint = candidate.fingerprint
        columns = CandidateColumns.values(candidate, fingerprint: fingerprint)
        cvText = candidate.cvText
        motivation = candidate.motivation
    }
}
