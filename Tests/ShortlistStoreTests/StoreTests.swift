import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct StoreTests {
    let folder = TemporaryDirectory()

    func filledStore(_ candidates: [Candidate] = FixtureCandidates.all) throws -> Store {
        let store = try TestDatabase.create(at: folder.file("t.db"), candidates: candidates)
        return store
    }

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
            try Store.open(at: url)
        }
        let created = try TestDatabase.create(at: folder.file("fresh.db"))
        try created.close()
        let reopened = try Store.open(at: folder.file("fresh.db"))
        #expect(try reopened.candidateCount() == 0)
    }

    @Test func refusesMissingAndForeignFiles() throws {
        let missing = folder.file("missing.db")
        #expect(throws: StoreError.notFound(path: missing.path)) { try Store.open(at: missing) }
        let text = folder.file("notes.txt")
        try "hello, this is not a database at all, just text".write(
            to: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAShortlistDatabase(path: text.path)) {
            try Store.open(at: text)
        }
    }

    @Test func refusesToCreateOverAnExistingFile() throws {
        _ = try TestDatabase.create(at: folder.file("a.db"))
        #expect(throws: StoreError.alreadyExists(path: folder.file("a.db").path)) {
            try TestDatabase.create(at: folder.file("a.db"))
        }
    }

    @Test func roundTripsEveryField() throws {
        var odd = FixtureCandidates.all[2]
        odd.languages = .invalid(raw: "PL:C3")
        odd.dateOfBirth = .invalid(raw: "31/12/1988")
        odd.militaryService = .missing
        odd.cvText = "Line one\r\nline \"two\", with commas\n\nΚείμενο"
        let store = try filledStore([FixtureCandidates.all[0], odd])
        #expect(
            try store.candidate(FixtureCandidates.all[0].applicationID) == FixtureCandidates.all[0])
        #expect(try store.candidate(odd.applicationID) == odd)
        #expect(try store.candidate(ApplicationID("APP-9999999")) == nil)
    }

    @Test func pagesForwardBackwardAndFromTheEnd() throws {
        let many = (1...250).map {
            FixtureCandidates.make(
                $0, "Surname\(String(format: "%03d", 251 - $0))", "Given", nationality: "FR")
        }
        let store = try filledStore(many)
        #expect(try store.candidateCount() == 250)
        for order in CandidateOrder.allCases {
            let all = many.map(\.applicationID)
            let expected = order == .name ? all.reversed() : all
            let first = try store.candidates(order: order, page: .first(limit: 20))
            #expect(first.map(\.summary.applicationID) == Array(expected[0..<20]))
            let next = try store.candidates(
                order: order, page: .after(first.last!.anchor, limit: 20))
            #expect(next.map(\.summary.applicationID) == Array(expected[20..<40]))
            let middle = try store.candidates(order: order, page: .offset(120, limit: 10))
            #expect(middle.map(\.summary.applicationID) == Array(expected[120..<130]))
            let back = try store.candidates(
                order: order, page: .before(middle.first!.anchor, limit: 5))
            #expect(back.map(\.summary.applicationID) == Array(expected[115..<120]))
            let last = try store.candidates(order: order, page: .last(limit: 15))
            #expect(last.map(\.summary.applicationID) == Array(expected[235..<250]))
            let beyond = try store.candidates(
                order: order, page: .after(last.last!.anchor, limit: 15))
            #expect(beyond.isEmpty)
        }
    }

    @Test func sortsByNameAcrossScripts() throws {
        let store = try filledStore()
        let names = try store.candidates(order: .name, page: .first(limit: 50)).map(
            \.summary.surname)
        #expect(names.first == "Dall'Ò")
        #expect(names.firstIndex(of: "Müller")! < names.firstIndex(of: "Ó Súilleabháin")!)
        #expect(names.firstIndex(of: "Żółć")! < names.firstIndex(of: "Παπαδόπουλος")!)
    }

    @Test(arguments: [
        ("παπαδ", "APP-0000001"), ("Παπαδόπουλος", "APP-0000001"), ("papadopoulos", "APP-0000001"),
        ("xyzzy", nil),
        ("muller", "APP-0000004"), ("MÜLLER", "APP-0000004"), ("lukasz zolc", "APP-0000003"),
        ("иван", "APP-0000002"), ("suilleabhain", "APP-0000005"), ("weiss", "APP-0000012"),
        ("王", "APP-0000010"), ("APP-0000007", "APP-0000007"),
    ])
    func findsNamesWithoutCaseOrDiacritics(query: String, expected: String?) throws {
        let store = try filledStore()
        let found = try store.searchNames(query)
        if let expected {
            #expect(found.contains(ApplicationID(expected)), "\(query) → \(found)")
        } else {
            #expect(found.isEmpty, "\(query) → \(found)")
        }
    }

    @Test func aFailedLoadLeavesNothing() throws {
        let store = try filledStore([FixtureCandidates.all[0]])
        // The second record repeats an id: the whole load is refused.
        #expect(throws: StoreError.self) {
            try store.insertCandidates(
                [FixtureCandidates.all[1], FixtureCandidates.all[0]],
                by: store.acting(as: "secretary"))
        }
        #expect(try store.candidateCount() == 1)
    }
}
