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
            Self.updateLengthPrefix(&digest, text.utf8.count)
            var text = text
            text.withUTF8 { digest.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        contentSHA256 = digest.finalize().hex
        fingerprint = Candidate.fingerprint(of: fields)
        values = CandidateColumns.values(
            candidate, fingerprint: fingerprint, contentSHA256: contentSHA256)
        texts = [candidate.cvText.databaseValue, candidate.motivation.databaseValue]
    }

    /// Hashes "\(length):" from digits written on the stack: the interpolated string, made
    /// for each of a record's twenty-odd fields, cost more than hashing it.
    static func updateLengthPrefix(_ digest: inout SHA256, _ length: Int) {
        precondition(length >= 0)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
            var start = buffer.count - 1
            buffer[start] = UInt8(ascii: ":")
            var rest = length
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            digest.update(
                bufferPointer: UnsafeRawBufferPointer(
                    start: buffer.baseAddress! + start, count: buffer.count - start))
        }
    }

    var cvText: String { candidate.cvText }
    var motivation: String { candidate.motivation }
}
