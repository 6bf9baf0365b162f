import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A database from before slots, outcomes and checklists, opened read-only and so not
/// migrated, still ranks and lists: it reads as having none of them.
@Suite struct SQLiteOlderSchemaReadTests {
    @Test func aReadOnlyOlderDatabaseRanksWithoutTheNewColumns() throws {
        let f = try ScoringFixture()
        let a = f.eligible[0]
        try f.store.invite([a], by: f.actor("chair"))
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        try f.file.write { db in
            try db.execute(
                sql: """
                    DROP INDEX invitations_by_slot;
                    ALTER TABLE invitations DROP COLUMN slot_at;
                    ALTER TABLE invitations DROP COLUMN slot_epoch;
                    ALTER TABLE invitations DROP COLUMN slot_place;
                    ALTER TABLE invitations DROP COLUMN slot_languages;
                    ALTER TABLE invitations DROP COLUMN outcome;
                    ALTER TABLE invitations DROP COLUMN outcome_reason;
                    ALTER TABLE invitations DROP COLUMN outcome_by;
                    ALTER TABLE invitations DROP COLUMN outcome_at;
                    DROP TABLE letter_template;
                    DROP TABLE recruitment_checks;
                    DELETE FROM grdb_migrations WHERE identifier >= 'v10';
                    """)
        }
        let old = try SQLiteStore.open(at: f.directory.file("s.sqlite"), readOnly: true)
        let chair = try old.acting(as: "chair")
        #expect(try old.ranking(for: chair)?.ranked.map(\.applicationID) == [a])
        #expect(try old.interviewSlots().isEmpty)
        #expect(try old.invitationOutcomes().isEmpty)
        #expect(try old.recruitmentMissing().isEmpty)
        #expect(try old.letterTemplate() == nil)
    }
}
