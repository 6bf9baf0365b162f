import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A load into empty tables drops their secondary indexes and builds them once at its end
/// (`DeferredIndexes`). Whatever happens to the load, the schema afterwards is the schema
/// before, and the indexes hold every row.
@Suite struct DeferredIndexTests {
    let folder = TemporaryDirectory()

    /// Every index of the database with the statement that made it.
    static func indexes(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name || ': ' || coalesce(sql, '(constraint)') FROM sqlite_master
                    WHERE type = 'index' ORDER BY name
                    """)
        }
    }

    static func integrity(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Rows reachable through each deferred index, which must be every row of its table.
    static func rowsThroughIndexes(_ store: SQLiteStore) throws -> [String: Int] {
        try store.pool.read { db in
            var counts: [String: Int] = [:]
            for (table, index) in [
                ("candidates", "candidates_by_name"), ("candidates", "candidates_by_experience"),
                ("candidates", "candidates_by_submission"),
                ("eligibility", "eligibility_by_result"),
                ("evidence", "evidence_by_criterion"),
            ] {
                counts[index] = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM \(table) INDEXED BY \(index)")
            }
            return counts
        }
    }

    /// The fixture's candidates (Greek, Cyrillic, Polish, CJK names), assessed, so that the
    /// eligibility and evidence tables fill too; `copies` times over with fresh ids.
    static func prepared(copies: Int = 1) -> [PreparedCandidate] {
        let assessor = ApplicationAssessor(profile: .builtIn)
        return (0..<copies).flatMap { copy in
            FixtureCandidates.all.map { fixture in
                var candidate = fixture
                if copy > 0 {
                    candidate.applicationID = ApplicationID(
                        "\(fixture.applicationID.rawValue)-\(copy)")
                }
                return PreparedCandidate(candidate, assessment: assessor.assess(candidate))
            }
        }
    }

    static func log(read: Int) -> ImportLogEntry {
        ImportLogEntry(
            startedAt: Timestamp(secondsSinceEpoch: 1_764_700_000), user: "secretary",
            fileName: "t.csv", fileSHA256: String(repeating: "0", count: 64), format: "csv",
            recordsRead: read, inserted: read, updated: 0, unchanged: 0, withWarnings: 0,
            rejected: 0)
    }

    @Test func aFirstBulkLoadEndsWithTheIndexesItBeganWith() throws {
        let store = try TestDatabase.create(at: folder.file("bulk.db"))
        let before = try Self.indexes(store)
        let records = Self.prepared(copies: 3)
        try store.insertCandidates(
            records, by: store.acting(as: "secretary"), progress: nil, timing: nil)
        #expect(try Self.indexes(store) == before)
        #expect(try Self.integrity(store) == ["ok"])
        let counts = try Self.rowsThroughIndexes(store)
        #expect(counts["candidates_by_name"] == records.count)
        #expect(counts["eligibility_by_result"] == records.count)
        #expect((counts["evidence_by_criterion"] ?? 0) > 0)
        // The name index gives the list's order of the fixture's Greek, Cyrillic, Polish and
        // CJK names, the same as sorting the table without it.
        let byIndex = try store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT application_id FROM candidates ORDER BY name_key, id")
        }
        let byScan = try store.pool.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT application_id FROM candidates NOT INDEXED ORDER BY name_key, id")
        }
        #expect(byIndex == byScan)
    }

    @Test func aFirstImportEndsWithTheSchemasIndexesAndItsIdIndex() throws {
        let store = try TestDatabase.create(at: folder.file("import.db"))
        let before = try Self.indexes(store)
        let records = Self.prepared(copies: 2)
        let committed = try store.importApplications(by: store.acting(as: "secretary")) {
            batch in
            for (line, record) in records.enumerated() {
                #expect(try batch.apply(record, line: line + 2) == .inserted)
            }
            // A repeated id and one that differs only in case are still found while the
            // other indexes are set aside.
            #expect(try batch.apply(records[0], line: 900) == .duplicate(firstLine: 2))
            var other = records[1].candidate
            other.applicationID = ApplicationID(other.applicationID.rawValue.lowercased())
            guard
                case .refused(.applicationID, _) = try batch.apply(
                    PreparedCandidate(other), line: 901)
            else {
                Issue.record("an id differing only in case was not refused")
                return nil
            }
            return Self.log(read: records.count)
        }
        #expect(committed)
        let after = try Self.indexes(store)
        #expect(after.filter { !$0.hasPrefix("candidates_by_id_nocase:") } == before)
        #expect(after.contains { $0.hasPrefix("candidates_by_id_nocase:") })
        #expect(try Self.integrity(store) == ["ok"])
        let counts = try Self.rowsThroughIndexes(store)
        #expect(counts["candidates_by_submission"] == records.count)
        #expect(counts["eligibility_by_result"] == records.count)
    }

    @Test(arguments: ["stopped", "failed"])
    func aFirstImportThatDoesNotFinishLeavesTheSchemaAsItWas(ending: String) throws {
        struct Broken: Error {}
        let store = try TestDatabase.create(at: folder.file("\(ending).db"))
        let before = try Self.indexes(store)
        let records = Self.prepared()
        let actor = try store.acting(as: "secretary")
        var outcome = "committed"
        do {
            let committed = try store.importApplications(by: actor) { batch in
                for (line, record) in records.enumerated() {
                    _ = try batch.apply(record, line: line + 2)
                }
                if ending == "failed" { throw Broken() }
                return nil
            }
            if !committed { outcome = "stopped" }
        } catch is Broken {
            outcome = "failed"
        }
        #expect(outcome == ending)
        #expect(try Self.indexes(store) == before)
        #expect(try store.candidateCount() == 0)
        #expect(try Self.integrity(store) == ["ok"])
    }

    @Test func aLoadIntoFilledTablesKeepsTheirIndexes() throws {
        let store = try TestDatabase.create(
            at: folder.file("filled.db"), candidates: [FixtureCandidates.all[0]])
        try store.pool.write { db in
            let deferred = try DeferredIndexes.setAside(db)
            #expect(deferred.isEmpty)
            let indexes = try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM sqlite_master WHERE name = 'candidates_by_name'")
            #expect(indexes == 1)
        }
    }
}
