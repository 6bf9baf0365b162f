import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A final ranking stays final (issue 16, item 1): the roster's scoring entries freeze with
/// it, and what is shown as final is checked against the digest kept at finalise.
@Suite struct FinalRankingTests {
    /// Two candidates fully scored by the demo panel, and the ranking finalised.
    static func finalised() throws -> (ScoringFixture, ApplicationID, ApplicationID) {
        let f = try ScoringFixture()
        let (a, b) = (f.eligible[0], f.eligible[1])
        try f.store.invite([a, b], by: f.actor("chair"))
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        try f.scoreFully(b, [3, 3, 3, 3, 3, 3, 3])
        try f.store.finaliseRanking(by: f.actor("chair"))
        return (f, a, b)
    }

    @Test func finalisingFreezesTheChairAndMemberEntries() throws {
        let (f, _, _) = try Self.finalised()
        let totals = try f.store.ranking(for: f.actor("chair"))!.ranked.map {
            $0.result.value?.total
        }
        let chair = try f.actor("chair")
        let secretary = try f.actor("secretary")
        let refusals: [(String, () throws -> Void)] = [
            ("remove", { try f.store.removePanelMember(named: "member3", by: secretary) }),
            ("remove", { try f.store.removePanelMember(named: "member3", by: chair) }),
            (
                "add",
                {
                    try f.store.addPanelMember(
                        PanelMember(name: "member4", displayName: "M4", role: .member), by: chair)
                }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "member2", login: "mk", by: chair) }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "member1", role: .reviewer, by: chair) }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "reviewer", role: .member, by: secretary) }
            ),
        ]
        for (verb, change) in refusals {
            let error = try #require(throws: StoreError.self, "\(verb)") { try change() }
            #expect("\(error)".contains("cannot \(verb) the entry"), "\(error)")
            #expect("\(error)".contains("the ranking was finalised by chair"), "\(error)")
            #expect("\(error)".contains("rank reopen"), "\(error)")
        }
        #expect(try f.store.panelMembers().count == 6)
        let after = try f.store.ranking(for: chair)!
        #expect(after.ranked.map { $0.result.value?.total } == totals)
        #expect(after.finalMismatch == nil)
        #expect(try f.store.checkFinalRanking() == .matches)
        // Reviewer and secretary entries are not part of the ranking: they stay manageable.
        try f.store.addPanelMember(
            PanelMember(name: "reader", displayName: "R", role: .reviewer), by: secretary)
    }

    @Test func theLastChairCannotBeRemoved() throws {
        let f = try ScoringFixture()
        for actor in ["chair", "secretary"] {
            let error = try #require(throws: StoreError.self) {
                try f.store.removePanelMember(named: "chair", by: f.actor(actor))
            }
            #expect("\(error)".contains("chair is the only chair"), "\(error)")
        }
        let error = try #require(throws: StoreError.self) {
            try f.store.changePanelMember(named: "chair", role: .member, by: f.actor("chair"))
        }
        #expect("\(error)".contains("the only chair"), "\(error)")
        // With a second chair, one of them may go.
        try f.store.addPanelMember(
            PanelMember(name: "cochair", displayName: "C", role: .chair), by: f.actor("chair"))
        try f.store.removePanelMember(named: "chair", by: f.actor("cochair"))
        #expect(try f.store.panelMembers().filter { $0.role == .chair }.map(\.name) == ["cochair"])
    }

    @Test func aMarkChangedBehindTheStoresBackIsCaught() throws {
        let (f, a, _) = try Self.finalised()
        #expect(try f.store.checkFinalRanking() == .matches)
        try f.store.pool.write { db in
            try db.execute(
                sql: """
                    UPDATE scorecard_marks SET mark = 0 WHERE member = 'member3' AND criterion = 'A1'
                    AND candidate_id = (SELECT id FROM candidates WHERE application_id = ?)
                    """, arguments: [a.rawValue])
        }
        let mismatch = try #require(try f.store.checkFinalRanking().mismatch)
        #expect(mismatch.hasPrefix("the final ranking no longer matches what was finalised: "))
        #expect(mismatch.contains("\(a.rawValue) total 80.00 → 76.00"), "\(mismatch)")
        #expect(try f.store.ranking(for: f.actor("secretary"))?.finalMismatch == mismatch)
        // The audit chain itself is intact: only the final-ranking check sees the change.
        #expect(try f.store.verifyAuditTrail().isIntact)
    }

    @Test func anAlteredRecordOfTheFinalRankingIsCaught() throws {
        let (f, _, _) = try Self.finalised()
        try f.store.pool.write { db in
            try db.execute(
                sql:
                    "UPDATE ranking_finalisation SET canonical = replace(canonical, '80.00', '90.00')"
            )
        }
        let mismatch = try #require(try f.store.checkFinalRanking().mismatch)
        #expect(mismatch.contains("the stored record of it was altered"), "\(mismatch)")
    }

    @Test func aRecordRewrittenToFitChangedMarksIsCaughtByTheTrail() throws {
        let (f, a, _) = try Self.finalised()
        try f.store.pool.write { db in
            try db.execute(
                sql: """
                    UPDATE scorecard_marks SET mark = 5 WHERE member = 'member3'
                    AND candidate_id = (SELECT id FROM candidates WHERE application_id = ?)
                    """, arguments: [a.rawValue])
            let canonical = try Store.canonicalRanking(db)
            try db.execute(
                sql: "UPDATE ranking_finalisation SET canonical = ?, digest = ?",
                arguments: [canonical, sha256Hex(canonical)])
        }
        let mismatch = try #require(try f.store.checkFinalRanking().mismatch)
        #expect(mismatch.contains("not the one the audit trail recorded"), "\(mismatch)")
    }

    @Test func aPurgeAfterFinalisingKeepsTheRankedRowErased() throws {
        let (f, a, b) = try Self.finalised()
        let before = try f.store.ranking(for: f.actor("chair"))!
        try f.store.purge([a], reason: "erasure request", by: f.actor("secretary"))
        let after = try f.store.ranking(for: f.actor("chair"))!
        #expect(after.ranked.map(\.applicationID) == [a, b])
        #expect(after.ranked.first?.name == "[erased]")
        #expect(
            after.ranked.map { $0.result.value?.total }
                == before.ranked.map {
                    $0.result.value?.total
                })
        #expect(after.finalMismatch == nil)
        #expect(try f.store.checkFinalRanking() == .matches)
    }

    @Test func reopeningForgetsTheDigest() throws {
        let (f, _, _) = try Self.finalised()
        try f.store.reopenRanking(reason: "a card was mistyped", by: f.actor("chair"))
        #expect(try f.store.checkFinalRanking() == .notFinal)
        try f.store.removePanelMember(named: "member3", by: f.actor("chair"))
    }
}
