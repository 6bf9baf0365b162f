import Foundation
import GRDB
import PropertyBased
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The bulk load binds its rows through SQLite's C interface (`BulkRowInserter`) instead of
/// GRDB's arguments: what it stores must be what GRDB stores, byte for byte and type for type,
/// and a load that stops or fails must leave the database as it was.
@Suite struct BulkRowInserterTests {
    let folder = TemporaryDirectory()

    /// As many values as a candidate row, so that the binding nests as deep as the import's.
    static let valueCount = CandidateColumns.valueCount
    static let columns = (0..<valueCount).map { "v\($0)" }

    /// Pieces of text in the scripts the panel sees, and what breaks naïve byte handling:
    /// combining marks, characters outside the BMP, emoji sequences, quotes and SQL.
    static let pieces = [
        "", "a", "Παπαδοπούλου", "Ελένη", "Иванова", "Щукин", "Łukasz", "Żółć", "Wróblewska",
        "王秀英", "佐藤", "김민준", "👩🏽‍⚖️", "🇪🇺", "e\u{301}", "ß", " ", "'; DROP TABLE t; --",
        "\"", "\n", "\t", "O'Brien", "Ÿ", "ﬁ",
    ]

    /// One value from one generated number: NULL, an integer, a real, or a text of up to 12
    /// pieces, some of them repeated into kilobytes (a CV).
    static func value(_ code: Int) -> DatabaseValue {
        var state = UInt64(truncatingIfNeeded: code) &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        switch code % 9 {
        case 0: return .null
        case 1: return [Int64.min, Int64.max, 0, -1, Int64(code)][next() % 5].databaseValue
        case 2: return (Double(code) / 7 - 1e6).databaseValue
        case 3: return "".databaseValue
        default:
            var text = ""
            for _ in 0..<(next() % 13) { text += pieces[next() % pieces.count] }
            if code % 9 == 8 { text = String(repeating: text + "·", count: 1 + next() % 1000) }
            return text.databaseValue
        }
    }

    static func makeTables(_ db: Database) throws {
        // Columns without a type keep each value's own type, so that a difference shows.
        let list = (["lead"] + columns + ["trail1", "trail2"]).joined(separator: ", ")
        try db.execute(
            sql: "CREATE TABLE by_grdb(\(list)); CREATE TABLE by_bulk(\(list));")
    }

    static func insertSQL(_ table: String) -> String {
        let list = (["lead"] + columns + ["trail1", "trail2"]).joined(separator: ", ")
        let marks = Array(repeating: "?", count: valueCount + 3).joined(separator: ", ")
        return "INSERT INTO \(table)(\(list)) VALUES (\(marks))"
    }

    /// Each column as its type and its bytes, row by row.
    static func contents(_ table: String, _ db: Database) throws -> [[String]] {
        let list = (["lead"] + columns + ["trail1", "trail2"]).map {
            "typeof(\($0)) || ':' || hex(\($0))"
        }.joined(separator: ", ")
        return try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY rowid").map {
            row in (0..<row.count).map { row[$0] as String }
        }
    }

    /// GRDB's synchronous write, from the property's asynchronous body.
    static func write<T>(_ queue: DatabaseQueue, _ body: (Database) throws -> T) throws -> T {
        try queue.write(body)
    }

    @Test func bulkRowsEqualGRDBBoundRows() async throws {
        let queue = try DatabaseQueue(path: folder.file("equal.db").path)
        let inserter = try Self.write(queue) { db in
            try Self.makeTables(db)
            return try BulkRowInserter(db, sql: Self.insertSQL("by_bulk"))
        }
        let generator = Gen.int(in: 0...1_000_000).array(of: Self.valueCount...Self.valueCount)
        await propertyCheck(count: 100, input: generator, Gen.int(in: -5...5)) { codes, lead in
            let values = codes.map(Self.value)
            try Self.write(queue) { db in
                try db.execute(
                    sql: Self.insertSQL("by_grdb"),
                    arguments: StatementArguments(
                        [Int64(lead).databaseValue] + values + [
                            Int64.max.databaseValue, Int64(lead).databaseValue,
                        ]))
                try inserter.insert(leading: Int64(lead), values, trailing: .max, Int64(lead))
                let grdb = try Self.contents("by_grdb", db).last
                let bulk = try Self.contents("by_bulk", db).last
                #expect(bulk == grdb)
                // Both could be wrong alike: the texts must be the bytes given.
                let stored = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(Self.columns.map { "CAST(\($0) AS BLOB)" }.joined(separator: ", "))
                        FROM by_bulk ORDER BY rowid DESC LIMIT 1
                        """)
                for (index, value) in values.enumerated() {
                    if case .string(let text) = value.storage {
                        let bytes = (stored?[index] as Data?) ?? Data()
                        #expect(Array(bytes) == Array(text.utf8))
                    }
                }
            }
        }
        try Self.write(queue) { db in
            let bulk = try Self.contents("by_bulk", db)
            #expect(bulk == (try Self.contents("by_grdb", db)))
            #expect(bulk.count >= 100)
        }
    }

    @Test func aStringValueIsBoundInPlaceAndNotKeptAfterTheRow() throws {
        let queue = try DatabaseQueue(path: folder.file("bindings.db").path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(a, b)")
            let inserter = try BulkRowInserter(db, sql: "INSERT INTO t(a, b) VALUES (?, ?)")
            try inserter.insert(["Ωμέγα".databaseValue, "".databaseValue])
            // Each row binds every value anew: nothing of the previous row (whose strings may
            // be gone) is used; an empty text stays a text, not NULL.
            try inserter.insert([.null, "東京".databaseValue])
            let rows = try Row.fetchAll(db, sql: "SELECT a, typeof(b), b FROM t ORDER BY rowid")
            #expect(rows.map { $0[0] as String? } == ["Ωμέγα", nil])
            #expect(rows.map { $0[1] as String } == ["text", "text"])
            #expect(rows.map { $0[2] as String } == ["", "東京"])
        }
    }

    @Test func aConstraintErrorComesBackAsGRDBsAndTheStatementStaysUsable() throws {
        let queue = try DatabaseQueue(path: folder.file("unique.db").path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(id TEXT UNIQUE)")
            let inserter = try BulkRowInserter(db, sql: "INSERT INTO t(id) VALUES (?)")
            try inserter.insert(["Łódź".databaseValue])
            #expect {
                try inserter.insert(["Łódź".databaseValue])
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
            }
            try inserter.insert(["Kraków".databaseValue])
            #expect(
                try String.fetchAll(db, sql: "SELECT id FROM t ORDER BY rowid") == [
                    "Łódź", "Kraków",
                ])
        }
    }

    // MARK: Hostile: loads that do not finish

    /// Every table a load writes, dumped as text, with the schema.
    static func dump(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            var lines = try String.fetchAll(
                db,
                sql:
                    "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"
            )
            for table in ["candidates", "candidate_texts", "eligibility", "evidence", "audit"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map {
                    "\(table): \($0)"
                }
            }
            return lines
        }
    }

    @Test(arguments: ["cancelled", "failed"])
    func aBulkLoadThatDoesNotFinishLeavesTheDatabaseAsItWas(ending: String) throws {
        let store = try TestDatabase.create(
            at: folder.file("\(ending).db"), candidates: [FixtureCandidates.all[0]])
        let before = try Self.dump(store)
        #expect(before.contains { $0.hasPrefix("candidates: ") })
        let copies = DeferredIndexTests.prepared(copies: 1100 / FixtureCandidates.all.count + 1)
            .filter { $0.applicationID != FixtureCandidates.all[0].applicationID }
        // A failing load repeats the stored candidate's id after 1,000 new rows.
        let records =
            ending == "cancelled"
            ? copies
            : Array(copies.prefix(1000)) + DeferredIndexTests.prepared().prefix(1)
        #expect(records.count >= 1000)
        let actor = try store.acting(as: "secretary")
        if ending == "cancelled" {
            #expect(throws: LoadCancelled.self) {
                try store.insertCandidates(
                    records, by: actor, progress: { $0 < 1000 }, timing: nil)
            }
        } else {
            #expect(throws: StoreError.self) {
                try store.insertCandidates(records, by: actor, progress: nil, timing: nil)
            }
        }
        #expect(try Self.dump(store) == before)
        // And the next load goes through.
        try store.insertCandidates(
            copies.prefix(10), by: actor, progress: nil, timing: nil)
        #expect(try store.candidateCount() == 11)
    }
}
