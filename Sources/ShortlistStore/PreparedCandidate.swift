import Crypto
import GRDB
import ShortlistCore

/// A candidate already turned into column values (names folded, values formatted, the
/// fingerprint and content hash taken, the row values built), so that this work
/// happens on the threads that prepare records while another writes the previous ones.
public struct PreparedCandidate: Sendable {
    public let applicationID: ApplicationID
    public let fingerprint: UInt64
    /// SHA-256 over the canonical fields: what the audit trail records instead of the values.
    public let contentSHA256: String
    /// Eligibility checks and CV evidence under the call profile, when there is one.
    public let assessment: ApplicationAssessment?
    let assessmentRows: AssessmentRows.Prepared?
    let candidate: Candidate
    /// The values of `CandidateColumns.insertSQL`, in order.
    let values: [DatabaseValue]
    /// The CV and the motivation, for `candidate_texts`.
    let texts: [DatabaseValue]

    public init(_ candidate: Candidate, assessment: ApplicationAssessment? = nil) {
        self.candidate = candidate
        self.assessment = assessment
        assessmentRows = assessment.map(AssessmentRows.Prepared.init)
        applicationID = candidate.applicationID
        // Built once for both digests; hashed in place rather than copied into arrays.
        let fields = candidate.canonicalFields
        var digest = SHA256()
        for (_, text) in fields {
            var length = "\(text.utf8.count):"
            length.withUTF8 { digest.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            var text = text
            text.withUTF8 { digest.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        contentSHA256 = digest.finalize().hex
        fingerprint = Candidate.fingerprint(of: fields)
        values = CandidateColumns.values(
            candidate, fingerprint: fingerprint, contentSHA256: contentSHA256)
        texts = [candidate.cvText.databaseValue, candidate.motivation.databaseValue]
    }

    var cvText: String { candidate.cvText }
    var motivation: String { candidate.motivation }
}
