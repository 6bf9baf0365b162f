import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// What only a SQLite file does: its mode on disk, and what is or is not a Shortlist file.
@Suite struct SQLiteFileTests {
    let folder = TemporaryDirectory()

    @Test func createsEmptyFileWithSchemaAndPrivateMode() throws {
        let url = folder.file("new.db")
        let store = try TestDatabase.create(at: url)
        #expect(try store.candidateCount() == 0)
        let meta = try store.metadata()
        #expect(meta["format"] == "shortlist")
        #expect(meta["call_reference"] == "EC/2025/CNECT/441297")
        #expect(meta["database_id"]?.count == 36)
        for suffix in ["", "-wal", "-shm"] {
            let path = url.path + suffix
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let mode =
                try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "mode of \(path)")
        }
    }

    @Test func migratesAnEmptyExistingFile() throws {
        // An empty file is a valid, empty SQLite database; it is not a Shortlist one.
        let url = folder.file("empty.db")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
        #expect(throws: StoreError.notAShortlistDatabase(path: url.path)) {
            try SQLiteStore.open(at: url)
        }
        let created = try TestDatabase.create(at: folder.file("fresh.db"))
        try created.close()
        let reopened = try SQLiteStore.open(at: folder.file("fresh.db"))
        #expect(try reopened.candidateCount() == 0)
    }

    @Test func refusesMissingAndForeignFiles() throws {
        let missing = folder.file("missing.db")
        #expect(throws: StoreError.notFound(path: missing.path)) {
            try SQLiteStore.open(at: missing)
        }
        let text = folder.file("notes.txt")
        try "hello, this is not a database at all, just text".write(
            to: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAShortlistDatabase(path: text.path)) {
            try SQLiteStore.open(at: text)
        }
    }

    @Test func refusesToCreateOverAnExistingFile() throws {
        _ = try TestDatabase.create(at: folder.file("a.db"))
        #expect(throws: StoreError.alreadyExists(path: folder.file("a.db").path)) {
            try TestDatabase.create(at: folder.file("a.db"))
        }
    }
}
