import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// No-shows and withdrawals (issue 19, item 3): the candidate leaves the expected cards and
/// the ranking and cannot be scored; undoing it is audited; frozen with the final ranking.
@Suite struct InvitationOutcomeTests {
    @Test(arguments: StoreEngine.all) func aNoShowLeavesTheRankingAndCannotBeScored(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        let secretary = try f.actor("secretary")
        try f.store.invite([a, b], by: secretary)
        try f.mark(b, "member1", [3, 3, 3, 3, 3, 3, 3], submit: false)
        try f.store.recordOutcome(b, .noShow, reason: "did not connect to the call", by: secretary)

        let refused = try #require(throws: StoreError.self) {
            try f.mark(b, "member2", [3, 3, 3, 3, 3, 3, 3])
        }
        #expect("\(refused)".contains("did not attend"), "\(refused)")
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        let view = try #require(try f.store.ranking(for: f.actor("chair")))
        #expect(view.ranked.map(\.applicationID) == [a])
        #expect(view.pending.isEmpty, "the no-show is expected of nobody")
        #expect(view.progress.allSatisfy { $0.expected == 1 })
        // Still on the invited list, with the reason, for the report.
        #expect(try f.store.invitedCandidates() == [a, b])
        let outcome = try #require(try f.store.invitationOutcomes()[b])
        #expect(outcome.outcome == .noShow && outcome.recordedBy == "secretary")
        #expect(outcome.reason == "did not connect to the call")

        try f.store.clearOutcome(b, by: secretary)
        let again = try #require(try f.store.ranking(for: f.actor("chair")))
        #expect(again.pending.map(\.applicationID) == [b], "expected again, the draft kept")
        let log = try f.store.auditLog(by: f.actor("chair")).map(\.action)
        #expect(log.contains("invitation.no-show") && log.contains("invitation.attended"))
        let entry = try #require(
            try f.store.auditLog(by: f.actor("chair")).first { $0.action == "invitation.no-show" })
        #expect(entry.after?.contains("did not connect") == true, "the log shows a reason…")
        // What the chain itself holds is read in the file, under the interface.
        if engine == .sqlite {
            let raw = try f.file.read { db in
                try String.fetchAll(
                    db, sql: "SELECT after FROM audit WHERE action = 'invitation.no-show'")
            }
            #expect(
                raw.allSatisfy { !$0.contains("did not connect") }, "…the chain its digest only")
        }
    }

    @Test(arguments: StoreEngine.all) func aWithdrawalNeedsAReasonAndIsFrozenWithTheRanking(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        let chair = try f.actor("chair")
        try f.store.invite([a, b], by: chair)
        #expect(throws: StoreError.self) {
            try f.store.recordOutcome(b, .withdrawn, reason: "  ", by: chair)
        }
        #expect(throws: StoreError.self) {
            try f.store.recordOutcome(f.eligible[2], .withdrawn, reason: "x", by: chair)
        }
        try f.store.recordOutcome(b, .withdrawn, reason: "accepted another post", by: chair)
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        try f.store.finaliseRanking(by: chair)
        let frozen = try #require(throws: StoreError.self) {
            try f.store.clearOutcome(b, by: chair)
        }
        #expect("\(frozen)".contains("rank reopen"), "\(frozen)")
        #expect(throws: StoreError.self) {
            try f.store.recordOutcome(a, .noShow, reason: "late", by: chair)
        }
    }
}
