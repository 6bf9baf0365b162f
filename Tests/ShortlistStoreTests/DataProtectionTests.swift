import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct DataProtectionTests {
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
        let store = try Store.create(at: url, .createdBy("secretary", login: nil, group: group))
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
            try Store.create(
                at: folder.file("nogroup.db"),
                .createdBy("s", login: nil, group: "no-such-group-xyz"))
        }
    }

    @Test func theCreatorIsTheSecretaryBoundToTheirLogin() throws {
        let store = try Store.create(
            at: folder.file("c.db"), .createdBy("akowalska", login: "akowalska"))
        #expect(
            try store.panelMembers() == [
                PanelMember(
                    name: "akowalska", displayName: "akowalska", role: .secretary,
                    login: "akowalska")
            ])
        let other = try Store.create(
            at: folder.file("d.db"), .createdBy("chair-to-be", login: "root"))
        #expect(
            try other.panelMembers().first?.login == nil,
            "a name that is not the login stays unbound")
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

    @Test func purgeByRetentionDate() throws {
        var early = FixtureCandidates.make(
            40, "Early", "Bird", nationality: "FR", submitted: "2025-01-10T10:00:00+01:00")
        early.cvText = "old"
        let store = try TestDatabase.create(
            at: folder.file("r.db"), candidates: FixtureCandidates.all + [early])
        let count = try store.purge(
            submittedBefore: Timestamp(iso: "2025-06-01T00:00:00Z")!,
            reason: "retention period over",
            by: store.acting(as: "secretary"))
        #expect(count == 1)
        #expect(try store.candidate(early.applicationID)?.surname == "[erased]")
        #expect(
            try store.candidate(FixtureCandidates.all[0].applicationID)?.surname == "Παπαδόπουλος")
    }

    @Test func blindModeWithholdsNamesAndPersonalFields() throws {
        let store = try TestDatabase.create(
            at: folder.file("blind.db"), candidates: FixtureCandidates.all)
        try store.setBlindMode(true, reason: "anonymised screening", by: store.acting(as: "chair"))
        let rows = try store.candidates(order: .name, page: .first(limit: 50))
        for row in rows {
            #expect(
                row.summary.isBlinded
                    && row.summary.displayName == row.summary.applicationID.rawValue)
            #expect(row.summary.nationalities == .missing)
        }
        let c = try #require(try store.candidate(FixtureCandidates.all[0].applicationID))
        #expect(c.surname == "APP-0000001" && c.email == nil && c.dateOfBirth == .missing)
        #expect(try store.searchNames("παπαδ").isEmpty, "names cannot be searched")
        #expect(try store.searchNames("APP-0000004") == [ApplicationID("APP-0000004")], "ids can")
        // A viewer can add blinding for themselves; never remove the database's.
        try store.setBlindMode(false, reason: "interviews", by: store.acting(as: "chair"))
        try store.close()
        let viewer = try Store.open(at: folder.file("blind.db"), blindViewer: true)
        #expect(try viewer.candidate(FixtureCandidates.all[0].applicationID)?.isBlinded == true)
    }
}

extension Optional where Wrapped == Data {
    var orEmpty: Data { self ?? Data() }
}
