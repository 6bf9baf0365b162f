import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Withdrawing an excusal and what blocks finalising: the store's one implementation, under
/// the same rules as the excusal (the chair only, refused once the ranking is final, a
/// reason required, audited).
@Suite struct ExcusalWithdrawalTests {
    @Test func theChairWithdrawsAnExcusalAndTheMemberIsExpectedAgain() throws {
        let f = try ScoringFixture()
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        for (member, marks) in ScoringFixture.worked { try f.mark(id, member, marks) }
        try f.store.excuse(member: "member3", from: id, reason: "ill", by: f.actor("chair"))
        #expect(try f.store.excusedMembers(of: id) == ["member3"])
        #expect(try f.store.finalisationBlockers().isEmpty)

        #expect(throws: PermissionDenied.self) {
            try f.store.withdrawExcuse(
                member: "member3", from: id, reason: "came after all", by: f.actor("secretary"))
        }
        #expect(throws: StoreError.self) {
            try f.store.withdrawExcuse(
                member: "member3", from: id, reason: " ", by: f.actor("chair"))
        }
        try f.store.withdrawExcuse(
            member: "member3", from: id, reason: "came after all", by: f.actor("chair"))
        #expect(try f.store.excusedMembers(of: id).isEmpty)
        #expect(
            try f.store.candidateScoring(id, for: f.actor("chair")).expected.contains("member3"))
        let blockers = try f.store.finalisationBlockers()
        #expect(blockers == [FinalisationBlocker(applicationID: id, waitingFor: ["member3"])])
        let entry = try #require(try f.store.auditLog(by: f.actor("chair")).last)
        #expect(entry.action == "score.excuse-withdraw")
        #expect(entry.object == id.rawValue)
        #expect(entry.before?.contains("excused") == true)
        #expect(entry.after?.contains("expected") == true)

        // Nobody excused any more: a second withdrawal is refused, and nothing is audited.
        let count = try f.store.auditLog(by: f.actor("chair")).count
        #expect(throws: StoreError.self) {
            try f.store.withdrawExcuse(
                member: "member3", from: id, reason: "again", by: f.actor("chair"))
        }
        #expect(try f.store.auditLog(by: f.actor("chair")).count == count)
    }

    @Test func finalisingIsRefusedWithWhatAndWhoThenFreezesExcusals() throws {
        let f = try ScoringFixture()
        let (first, second) = (f.eligible[0], f.eligible[1])
        try f.store.invite([first, second], by: f.actor("chair"))
        try f.scoreFully(first, [3, 3, 3, 3, 3, 3, 3])
        try f.mark(second, "member1", [3, 3, 3, 3, 3, 3, 3])
        let refusal = #expect(throws: StoreError.self) {
            try f.store.finaliseRanking(by: f.actor("chair"))
        }
        let words = "\(refusal.map { "\($0)" } ?? "")"
        #expect(
            words.contains(
                "1 invited candidate is not fully scored yet (\(second) (chair, member2, member3))"),
            "\(words)")
        for member in ["chair", "member2", "member3"] {
            try f.store.excuse(member: member, from: second, reason: "absent", by: f.actor("chair"))
        }
        try f.store.finaliseRanking(by: f.actor("chair"))
        #expect(throws: StoreError.self) {
            try f.store.withdrawExcuse(
                member: "member2", from: second, reason: "late", by: f.actor("chair"))
        }
        #expect(try f.store.excusedMembers(of: second) == ["chair", "member2", "member3"])
    }
}

/// The audit trail's filter: one definition for `audit log` and the audit screen.
@Suite struct AuditFilterTests {
    @Test func anActionNamesItselfOrItsFamilyAndTimesArePrefixes() throws {
        let f = try ScoringFixture()
        let id = f.eligible[0]
        try f.store.invite([id], by: f.actor("chair"))
        try f.mark(id, "member1", [3, 3, 3, 3, 3, 3, 3])
        let chair = try f.actor("chair")
        let score = try f.store.auditLog(filter: AuditFilter(action: "score"), by: chair)
        #expect(!score.isEmpty)
        #expect(score.allSatisfy { $0.action.hasPrefix("score.") })
        let submit = try f.store.auditLog(filter: AuditFilter(action: "score.submit"), by: chair)
        #expect(submit.map(\.action) == ["score.submit"])
        #expect(try f.store.auditLog(filter: AuditFilter(action: "scor"), by: chair).isEmpty)
        #expect(try f.store.auditLog(filter: AuditFilter(action: "score_"), by: chair).isEmpty)
        let member1 = try f.store.auditLog(
            filter: AuditFilter(actor: "member1", candidate: id), by: chair)
        #expect(!member1.isEmpty && member1.allSatisfy { $0.actor == "member1" })
        let all = try f.store.auditLog(by: chair)
        let day = String(try #require(all.last).at.prefix(10))
        #expect(
            try f.store.auditLog(filter: AuditFilter(since: day, until: day), by: chair).count
                == all.filter { $0.at.hasPrefix(day) }.count)
        #expect(try f.store.auditLog(filter: AuditFilter(until: "2000"), by: chair).isEmpty)
        let newest = try f.store.auditLog(filter: AuditFilter(), by: chair, limit: 2, newest: true)
        #expect(newest.map(\.seq) == all.suffix(2).map(\.seq))
        #expect(throws: PermissionDenied.self) {
            try f.store.auditLog(filter: AuditFilter(), by: f.actor("member1"))
        }
    }
}
