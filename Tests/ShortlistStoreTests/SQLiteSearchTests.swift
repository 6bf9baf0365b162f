import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// How the SQLite engine finds: walking the list for a common prefix, and an older file's
/// name columns filled in when it is opened.
@Suite struct SQLiteSearchTests {
    let folder = TemporaryDirectory("search")

    @Test func aSearchWithManyMatchesWalksTheListAndFindsTheSame() throws {
        let count = 1200
        let many = try TestDatabase.create(
            at: folder.file("many.db"),
            candidates: (1...count).map {
                FixtureCandidates.make(
                    $0, $0 % 3 == 0 ? "Nowak" : "Marek", "Given", nationality: "PL")
            })
        let matching = (1...count).filter { $0 % 3 != 0 }
        #expect(matching.count > SQLiteStore.walkAbove)
        let search = try #require(CandidateSearch("mar"))
        func id(_ n: Int) -> ApplicationID { ApplicationID(String(format: "APP-%07d", n)) }

        let first = try #require(
            try many.nextMatch(search, from: id(3), inclusive: true, order: .applicationID))
        #expect(first.applicationID == id(4) && first.position == 3 && !first.wrapped)
        #expect(first.matches == matching.count && !first.isCountCapped)
        let back = try #require(
            try many.nextMatch(
                search, from: id(1), forward: false, inclusive: false, order: .applicationID))
        #expect(back.applicationID == id(matching.last!) && back.wrapped)
        #expect(back.position == count - 2)

        // In name order every Marek comes before every Nowak, in row order.
        let byName = try #require(
            try many.nextMatch(search, from: id(count), inclusive: true, order: .name))
        #expect(byName.applicationID == id(1) && byName.position == 0 && byName.wrapped)

        // Within a filter the matches are counted in the list, not in the whole index.
        let filter = try many.compile(
            "id in (APP-0000001, APP-0000002, APP-0000003)", for: many.acting(as: "chair"))
        let filtered = try #require(
            try many.nextMatch(
                search, from: nil, inclusive: true, order: .applicationID, filter: filter))
        #expect(filtered.matches == 2 && filtered.position == 0)
    }

    @Test func anOlderDatabaseGainsTheLatinNamesWhenOpened() throws {
        let url = folder.file("old.db")
        let queue = try DatabaseQueue(path: url.path)
        try Schema.migrator.migrate(queue, upTo: "v5-saved-filters")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO candidates(application_id, surname, given_names, name_key, name_search)
                    VALUES ('APP-0000001', 'Παπαδόπουλος', 'Ιωάννης', 'x', 'παπαδοπουλοσ ιωαννησ');
                    INSERT INTO name_index(name_index) VALUES('rebuild');
                    """)
        }
        try Schema.migrator.migrate(queue)
        try queue.read { db in
            let row = try #require(
                try Row.fetchOne(db, sql: "SELECT name_key, name_latin FROM candidates"))
            #expect(row[1] as String == "papadopoulos ioannis")
            #expect(
                row[0] as String
                    == NameCollation.key(surname: "Παπαδόπουλος", givenNames: "Ιωάννης"))
            #expect(
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM name_index WHERE name_index MATCH '\"papad\"*'")
                    == 1)
        }
    }
}
