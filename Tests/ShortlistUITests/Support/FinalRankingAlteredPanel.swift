import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import Synchronization

/// The real store, but with a final ranking that no longer matches what was finalised (as
/// after a mark changed with SQL), noting the threads the audit check ran on.
final class FinalRankingAlteredPanel: ForwardingPanelDatabase, @unchecked Sendable {
    static let mismatch =
        "the final ranking no longer matches what was finalised: APP-0000003 moved from 1 to 2"
    private let reads = Mutex<[(name: String, thread: pthread_t)]>([])

    func threads(of name: String) -> [pthread_t] {
        reads.withLock { $0.filter { $0.name == name }.map(\.thread) }
    }

    override func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification {
        reads.withLock { $0.append(("verifyAuditTrail", pthread_self())) }
        return try base.verifyAuditTrail(expectedHead: expectedHead)
    }

    override func checkFinalRanking() throws -> FinalRankingCheck {
        reads.withLock { $0.append(("checkFinalRanking", pthread_self())) }
        return .mismatch(Self.mismatch)
    }
}
