import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The SQLite file's own protection: its mode and group, and no byte of a purged candidate left in it.
@Suite struct SQLiteDataProtectionTests {
    let folder = TemporaryDirectory()

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func privateDatabaseFilesAre0600() throws {
        let url = folder.file("private.db")
        let store = try TestDatabase.create(at: url, candidates: FixtureCandidates.all)
        _ = try store.candidateCount()
        for suffix in ["", "-wal", "-shm"]
        where FileManager.default.fileExists(atPath: url.path + suffix) {
            #expect(try mode(url.path + suffix) == 0o600, "\(suffix)")
        }
        #expect(FileManager.default.fileExists(atPath: url.path + "-wal"), "WAL mode has its files")
    }

    @Test func groupDatabaseFilesAre0660AndBelongToTheGroup() throws {
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let url = folder.file("shared.db")
        let store = try SQLiteStore.create(
            at: url, .createdBy("secretary", login: nil), group: group)
        _ = try store.panelMembers()
        for suffix in ["", "-wal", "-shm"]
        where FileManager.default.fileExists(atPath: url.path + suffix) {
            #expect(try mode(url.path + suffix) == 0o660, "\(suffix)")
            let owner =
                try FileManager.default.attributesOfItem(atPath: url.path + suffix)[
                    .groupOwnerAccountName] as? String
            #expect(owner == group)
        }
        #expect(try store.metadata()["file_mode"] == "0660")
        #expect(throws: StoreError.self) {
            try SQLiteStore.create(
                at: folder.file("nogroup.db"),
                .createdBy("s", login: nil), group: "no-such-group-xyz")
        }
    }

    @Test func purgeErasesOneCandidateFromTablesIndexAndFile() throws {
        let url = folder.file("purge.db")
        let store = try TestDatabase.create(at: url, candidates: FixtureCandidates.all)
        let target = FixtureCandidates.all[3]  // Müller, Jürgen
        let email = try #require(target.email)
        let before =
            try Data(contentsOf: url)
            + (try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))).orEmpty
        #expect(before.range(of: Data("Jürgen".utf8)) != nil, "the name is in the file at first")

        let erased = try store.purge(
            [target.applicationID], reason: "erasure request of 2026-11-20",
            by: store.acting(as: "secretary"))
        #expect(erased == 1)
        let c = try #require(try store.candidate(target.applicationID))
        #expect(
            c.surname == "[erased]" && c.givenNames.isEmpty && c.email == nil && c.cvText.isEmpty)
        #expect(c.languages == .missing && c.nationalities == .missing)
        #expect(try store.searchNames("muller").isEmpty)
        #expect(try store.searchNames("jurgen").isEmpty)
        // The others are untouched.
        for other in FixtureCandidates.all where other.applicationID != target.applicationID {
            #expect(try store.candidate(other.applicationID) == other)
        }
        #expect(try store.verifyAuditTrail().isIntact)
        try store.close()

        var bytes = try Data(contentsOf: url)
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal")) { bytes += wal }
        for needle in ["Müller", "Jürgen", email, target.cvText] {
            #expect(bytes.range(of: Data(needle.utf8)) == nil, "“\(needle)” is still in the file")
        }
        #expect(bytes.range(of: Data("Παπαδόπουλος".utf8)) != nil, "others' data is still there")
    }
}
