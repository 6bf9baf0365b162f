import Crypto
import GRDB
import ShortlistCore

/// A candidate already turned into column values (names folded, values formatted, the
/// fingerprint and content hash taken), so that this work can happen on the thread that reads
/// the file while another writes the previous records.
public struct PreparedCandidate: Sendable {
    public let applicationID: ApplicationID
    public let fingerprint: UInt64
    /// SHA-256 over the canonical fields: what the audit trail records instead of the values.
    public let contentSHA256: String
    /// Eligibility checks and CV evidence under the call profile, when there is one.
    public let assessment: ApplicationAssessment?
    let assessmentRows: AssessmentRows.Prepared?
    let candidate: Candidate
    let columns: [DatabaseValue]

    public init(_ candidate: Candidate, assessment: ApplicationAssessment? = nil) {
        self.candidate = candidate
        self.assessment = assessment
        assessmentRows = assessment.map(AssessmentRows.Prepared.init)
        applicationID = candidate.applicationID
        let fields = candidate.canonicalFields
        var digest = SHA256()
        for (_, text) in fields {
            digest.update(data: Array("\(text.utf8.count):".utf8))
            digest.update(data: Array(text.utf8))
        }
        contentSHA256 = digest.finalize().hex
        fingerprint = candidate.fingerprint
        columns = CandidateColumns.values(
            candidate, fingerprint: fingerprint, contentSHA256: contentSHA256)
    }

    var cvText: String { candidate.cvText }
    var motivation: String { candidate.motivation }
}
