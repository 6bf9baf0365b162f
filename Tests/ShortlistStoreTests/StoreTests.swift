import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// What every engine's store does with candidates: create, read back, page, sort, find.
@Suite struct StoreTests {
    let folder = TemporaryDirectory()

    func filledStore(_ engine: StoreEngine, _ candidates: [Candidate] = FixtureCandidates.all)
        throws -> any PanelDatabase
    {
        try TestDatabase.create(engine, "t.db", in: folder, candidates: candidates)
    }

    @Test(arguments: StoreEngine.all) func createsAnEmptyDatabaseThatSaysWhatItIs(
        engine: StoreEngine
    ) throws {
        let store = try TestDatabase.create(engine, "new.db", in: folder)
        #expect(try store.candidateCount() == 0)
        let meta = try store.metadata()
        #expect(meta["format"] == "shortlist")
        #expect(meta["call_reference"] == "EC/2025/CNECT/441297")
        #expect(meta["database_id"]?.count == 36)
        try store.close()
        let reopened = try engine.open("new.db", in: folder)
        #expect(try reopened.metadata()["database_id"] == meta["database_id"])
    }

    @Test(arguments: StoreEngine.all) func refusesToCreateOverAnExistingDatabase(
        engine: StoreEngine
    ) throws {
        _ = try TestDatabase.create(engine, "a.db", in: folder)
        #expect(throws: StoreError.self) {
            try TestDatabase.create(engine, "a.db", in: folder)
        }
    }

    @Test(arguments: StoreEngine.all) func roundTripsEveryField(engine: StoreEngine) throws {
        var odd = FixtureCandidates.all[2]
        odd.languages = .invalid(raw: "PL:C3")
        odd.dateOfBirth = .invalid(raw: "31/12/1988")
        odd.militaryService = .missing
        odd.cvText = "Line one\r\nline \"two\", with commas\n\nΚείμενο"
        let store = try filledStore(engine, [FixtureCandidates.all[0], odd])
        #expect(
            try store.candidate(FixtureCandidates.all[0].applicationID) == FixtureCandidates.all[0])
        #expect(try store.candidate(odd.applicationID) == odd)
        #expect(try store.candidate(ApplicationID("APP-9999999")) == nil)
    }

    @Test(arguments: StoreEngine.all) func pagesForwardBackwardAndFromTheEnd(engine: StoreEngine)
        throws
    {
        let many = (1...250).map {
            FixtureCandidates.make(
                $0, "Surname\(String(format: "%03d", 251 - $0))", "Given", nationality: "FR")
        }
        let store = try filledStore(engine, many)
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

    @Test(arguments: StoreEngine.all) func sortsByNameAcrossScripts(engine: StoreEngine) throws {
        let store = try filledStore(engine)
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
        for engine in StoreEngine.all { try findsNames(engine, query, expected) }
    }

    func findsNames(_ engine: StoreEngine, _ query: String, _ expected: String?) throws {
        let store = try filledStore(engine)
        let found = try store.searchNames(query)
        if let expected {
            #expect(found.contains(ApplicationID(expected)), "\(query) → \(found)")
        } else {
            #expect(found.isEmpty, "\(query) → \(found)")
        }
    }

    @Test(arguments: StoreEngine.all) func aFailedLoadLeavesNothing(engine: StoreEngine) throws {
        let store = try filledStore(engine, [FixtureCandidates.all[0]])
        // The second record repeats an id: the whole load is refused.
        #expect(throws: StoreError.self) {
            try store.insertCandidates(
                [FixtureCandidates.all[1], FixtureCandidates.all[0]],
                by: store.acting(as: "secretary"))
        }
        #expect(try store.candidateCount() == 1)
    }
}
