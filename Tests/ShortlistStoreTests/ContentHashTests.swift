import Crypto
import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A record's content hash is kept on its row and digested into the import's audit entry:
/// writing each field's length prefix from stack digits must hash the same bytes as the
/// interpolated "\(length):" it replaced.
@Suite struct ContentHashTests {
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 2_048, 65_535, 1_000_000_007, Int.max])
    func lengthPrefixHashesAsItsDecimalText(length: Int) {
        var written = SHA256()
        PreparedCandidate.updateLengthPrefix(&written, length)
        var expected = SHA256()
        expected.update(data: Array("\(length):".utf8))
        #expect(written.finalize() == expected.finalize())
    }

    /// The whole digest, over the fixtures' Greek, Cyrillic, Polish and CJK names, against
    /// the canonical fields hashed the way the content hash was first defined.
    @Test func contentHashIsTheDigestOfTheCanonicalFields() {
        for candidate in FixtureCandidates.all {
            var expected = SHA256()
            for (_, text) in candidate.canonicalFields {
                expected.update(data: Array("\(text.utf8.count):".utf8) + Array(text.utf8))
            }
            let hex = expected.finalize().map { String(format: "%02x", $0) }.joined()
            #expect(PreparedCandidate(candidate).contentSHA256 == hex)
        }
    }
}
