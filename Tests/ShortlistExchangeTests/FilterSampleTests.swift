import Foundation
import ShortlistCore
import ShortlistStore
import Testing

@testable import ShortlistExchange

/// Filters over the 250-record sample, imported into a database, against counts derived
/// here from the parsed records without SQL.
@Suite struct FilterSampleTests {
    static let sample = ImportTests.sample

    struct Fixture {
        let harness: ImportHarness
        let records: [Candidate]
        let store: SQLiteStore

        init() throws {
            harness = try ImportHarness()
            _ = try harness.run(FilterSampleTests.sample)
            store = harness.store
            records = try FilterSampleTests.records()
        }

        func ids(_ filter: String, sort: [SortKey] = [SortKey(.id)]) throws -> [ApplicationID] {
            let compiled = try store.compile(filter, for: store.acting(as: "chair"))
            var out: [ApplicationID] = []
            try store.forEachCandidate(filter: compiled, sort: sort) {
                out.append($0.applicationID)
            }
            return out
        }

        func expected(_ predicate: (Candidate) -> Bool) -> Set<ApplicationID> {
            Set(records.filter(predicate).map(\.applicationID))
        }
    }

    static let engine = EligibilityEngine(profile: .builtIn)

    /// The sample read with the import's reader and field parsing, no database.
    static func records() throws -> [Candidate] {
        let reader = CSVReader(fileHandle: try FileHandle(forReadingFrom: sample))
        let header = try #require(reader.next()).fields.map { ApplicationField(columnName: $0) }
        var out: [Candidate] = []
        while let record = reader.next() {
            var fields: [ApplicationField: String] = [:]
            for (field, value) in zip(header, record.fields) {
                if let field { fields[field] = value }
            }
            if case .success(let parsed) = ApplicationParsing.parse(fields) {
                out.append(parsed.candidate)
            }
        }
        return out
    }

    static func level(_ c: Candidate, _ code: String) -> CEFRLevel? {
        c.languages.value?.first { $0.language.rawValue == code }?.level
    }

    /// A phrase as whole words, the last one possibly longer ("digital twins").
    static func containsPhrase(_ text: String, _ words: [String]) -> Bool {
        let tokens = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        guard tokens.count >= words.count else { return false }
        for start in 0...(tokens.count - words.count) {
            let window = tokens[start..<start + words.count]
            if zip(window, words).enumerated().allSatisfy({ i, pair in
                i == words.count - 1 ? pair.0.hasPrefix(pair.1) : pair.0 == pair.1
            }) {
                return true
            }
        }
        return false
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func filtersSelectWhatAnIndependentReadingSelects() throws {
        let f = try Fixture()
        #expect(f.records.count == 250)
        let brussels = Int64(1_764_543_600)  // 2025-12-01 00:00 CET
        let cases: [(String, (Candidate) -> Bool)] = [
            ("exp >= 5", { ($0.yearsExperience.value ?? -1) >= 5 }),
            ("fg = IV", { $0.functionGroup.value == .iv }),
            ("fg < IV", { ($0.functionGroup.value?.rawValue ?? 9) < 4 }),
            (
                "nat in (EL, CY)",
                {
                    ($0.nationalities.value ?? []).contains {
                        $0.rawValue == "EL" || $0.rawValue == "CY"
                    }
                }
            ),
            (
                "lang:fr >= C1",
                { (Self.level($0, "fr") ?? .a1) >= .c1 && Self.level($0, "fr") != nil }
            ),
            ("lang:de < B2", { Self.level($0, "de").map { $0 < .b2 } ?? false }),
            ("edu >= master", { ($0.educationLevel.value?.rawValue ?? 0) >= 4 }),
            (
                "submitted < 2025-12-01",
                { ($0.submittedAt.value?.secondsSinceEpoch ?? .max) < brussels }
            ),
            ("military = pending", { $0.militaryService.value == .pending }),
            ("eligible", { Self.engine.assess($0).result == .eligible }),
            ("needs_check", { Self.engine.assess($0).result == .needsCheck }),
            ("ineligible", { Self.engine.assess($0).result == .ineligible }),
            (
                "rule:languages = fail",
                {
                    Self.engine.assess($0).outcomes.contains {
                        $0.rule == .languages && $0.result == .fail
                    }
                }
            ),
            (
                "rule:deadline != pass",
                {
                    Self.engine.assess($0).outcomes.contains {
                        $0.rule == .deadline && $0.result != .pass
                    }
                }
            ),
            (
                "eligible and lang:fr >= C1 and exp >= 5",
                {
                    Self.engine.assess($0).result == .eligible
                        && (Self.level($0, "fr") ?? .a1) >= .c1
                        && Self.level($0, "fr") != nil && ($0.yearsExperience.value ?? -1) >= 5
                }
            ),
            (
                "not eligible or fg != IV",
                {
                    Self.engine.assess($0).result != .eligible
                        || ($0.functionGroup.value.map { $0 != .iv } ?? false)
                }
            ),
            (
                "text:\"digital twin\"",
                { Self.containsPhrase($0.cvText + " " + $0.motivation, ["digital", "twin"]) }
            ),
            (
                "evidence:B2 >= 1",
                {
                    EvidenceMatcher(profile: .builtIn).find(in: $0.cvText).count(CriterionID("B2"))
                        >= 1
                }
            ),
            ("A = all-met", { _ in false }),
            ("B >= 0", { _ in true }),
        ]
        for (filter, predicate) in cases {
            let found = try f.ids(filter)
            let expected = f.expected(predicate)
            #expect(
                Set(found) == expected,
                "\(filter): \(found.count) found, \(expected.count) expected")
            #expect(found.count == Set(found).count, "\(filter): a candidate listed twice")
            // `not` selects exactly the others.
            #expect(try f.ids("not (\(filter))").count == 250 - expected.count, "not (\(filter))")
        }
        // The text filter finds something, else the comparison above proves little.
        #expect(try !f.ids("text:\"digital twin\"").isEmpty)
        #expect(try !f.ids("eligible and lang:fr >= C1 and exp >= 5").isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func sortsAreByTheirKeysThenStableByID() throws {
        let f = try Fixture()
        let byRecord = Dictionary(uniqueKeysWithValues: f.records.map { ($0.applicationID, $0) })
        let ids = try f.ids("exp >= 0", sort: [SortKey(.experience, descending: true)])
        let years = ids.map { byRecord[$0]!.yearsExperience.value! }
        #expect(years == years.sorted(by: >))
        for (a, b) in zip(ids, ids.dropFirst())
        where byRecord[a]!.yearsExperience.value == byRecord[b]!.yearsExperience.value {
            #expect(a < b, "equal keys keep application id order")
        }
        let names = try f.ids("exp >= 0 or not exp >= 0", sort: [SortKey(.name)])
        #expect(names.count == 250)
        let keys = names.map {
            NameCollation.key(surname: byRecord[$0]!.surname, givenNames: byRecord[$0]!.givenNames)
        }
        #expect(keys == keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    /// Any sort: pages read by offset, positions and "next after" agree with the full
    /// listing, missing values included.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func everySortAgreesWithItselfInPagesPositionsAndSearches() throws {
        let f = try Fixture()
        let sorts = ["-exp,name", "edu,-submitted", "eligibility,nat", "fg,-edu,exp", "-name"]
        for text in sorts {
            let keys = try SortKey.parseList(text)
            let all = try f.ids("exp >= 0 or not exp >= 0", sort: keys)
            #expect(all.count == 250)
            var paged: [ApplicationID] = []
            for offset in stride(from: 0, to: 250, by: 37) {
                paged += try f.store.candidates(sortedBy: keys, offset: offset, limit: 37).map(
                    \.summary.applicationID)
            }
            #expect(paged == all, "\(text): pages")
            for (i, id) in all.enumerated() where i % 7 == 0 {
                #expect(try f.store.position(of: id, sortedBy: keys) == i, "\(text): \(id)")
            }
            // "app" matches every application id: the search walks the list in its order.
            let search = try #require(CandidateSearch("app"))
            var walked: [ApplicationID] = []
            var start: ApplicationID?
            for _ in 0..<12 {
                let hit = try #require(
                    try f.store.nextMatch(
                        search, from: start, inclusive: start == nil, order: .name,
                        sortedBy: keys))
                #expect(hit.position == walked.count, "\(text)")
                walked.append(hit.applicationID)
                start = hit.applicationID
            }
            #expect(walked == Array(all.prefix(12)), "\(text): search order")
        }
    }
}
