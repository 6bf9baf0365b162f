import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// New files are made with 8 KiB pages (a CV and its motivation fit a page); files made
/// before, with SQLite's 4 KiB, keep theirs and work as before.
@Suite struct SQLitePageSizeTests {
    let folder = TemporaryDirectory()

    static func pageSize(of url: URL) throws -> Int? {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }  // a read-only look: closing cannot lose anything
        return try queue.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
    }

    static let names = ["Παπαδοπούλου", "Кузнецова", "Wiśniewska", "王小明"]

    static func candidates() -> [Candidate] {
        (1...40).map {
            FixtureCandidates.make(
                $0, "\(names[$0 % names.count])-\($0)", "Ζωή", nationality: "EL",
                cv: String(repeating: "Policy officer, procurement and audit. ", count: 60))
        }
    }

    @Test func aCreatedAndABuiltFileUse8KiBPages() throws {
        let created = folder.file("created.db")
        let store = try TestDatabase.create(at: created, candidates: Self.candidates())
        try store.close()
        #expect(try Self.pageSize(of: created) == 8192)

        let built = folder.file("built.db")
        try SQLiteStore.build(at: built, NewDatabase(roster: TestDatabase.roster)) { store in
            try store.insertCandidates(Self.candidates(), by: store.acting(as: "secretary"))
        }
        #expect(try Self.pageSize(of: built) == 8192)
        let reopened = try SQLiteStore.open(at: built)
        #expect(try reopened.candidateCount() == 40)
    }

    @Test func aFileWith4KiBPagesKeepsThemAndWorks() throws {
        let url = folder.file("old.db")
        try TestDatabase.create(at: url, candidates: Self.candidates()).close()
        // As a file made before the change: rewritten with SQLite's default pages.
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
        #expect(try Self.pageSize(of: url) == 4096)

        let store = try SQLiteStore.open(at: url)
        let more = (41...60).map {
            FixtureCandidates.make($0, "Łukasiewicz-\($0)", "Анна", nationality: "PL")
        }
        try store.insertCandidates(more, by: store.acting(as: "secretary"))
        #expect(try store.candidateCount() == 60)
        try store.close()
        #expect(try Self.pageSize(of: url) == 4096)
        #expect(try SQLiteStore.open(at: url).integrityProblems().isEmpty)
    }
}
