import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A final ranking changed under Shortlist, straight in the SQLite file, is caught.
@Suite struct SQLiteFinalRankingTamperingTests {
    static func finalised() throws -> (ScoringFixture, ApplicationID, ApplicationID) {
        try FinalRankingTests.finalised(.sqlite)
    }

    @Test func aMarkChangedBehindTheStoresBackIsCaught() throws {
        let (f, a, _) = try Self.finalised()
        #expect(try f.store.checkFinalRanking() == .matches)
        try f.file.pool.write { db in
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
        try f.file.pool.write { db in
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
        try f.file.pool.write { db in
            try db.execute(
                sql: """
                    UPDATE scorecard_marks SET mark = 5 WHERE member = 'member3'
                    AND candidate_id = (SELECT id FROM candidates WHERE application_id = ?)
                    """, arguments: [a.rawValue])
            let canonical = try SQLiteStore.canonicalRanking(db)
            try db.execute(
                sql: "UPDATE ranking_finalisation SET canonical = ?, digest = ?",
                arguments: [canonical, sha256Hex(canonical)])
        }
        let mismatch = try #require(try f.store.checkFinalRanking().mismatch)
        #expect(mismatch.contains("not the one the audit trail recorded"), "\(mismatch)")
    }
}
