import Foundation
import ShortlistCore
import ShortlistStore
import TOMLSupport
import Testing

@testable import ShortlistExchange

@Suite struct ImportTests {
    typealias H = ImportHarness

    /// The brief's sample export, copied into Tests/Fixtures.
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/applications-250.csv").standardizedFileURL

    @Test func theSampleImportsCompletelyAndExactly() throws {
        let h = try H()
        let summary = try h.run(Self.sample)
        #expect(summary.read == 250 && summary.inserted == 250 && summary.rejected == 0)
        #expect(summary.exitStatus == 0)
        #expect(try h.store.candidateCount() == 250)
        // Values checked against Python's csv module reading the same file.
        let stoica = try #require(try h.store.candidate(ApplicationID("APP-0000002")))
        #expect(stoica.givenNames == "Ștefan")
        #expect(stoica.cvText.utf8.count == 2441)  // Python: 2,430 characters, 2,441 bytes
        #expect(stoica.cvText.split(separator: "\n", omittingEmptySubsequences: false).count == 27)
        #expect(
            stoica.cvText.hasSuffix(
                "al coding club in Leuven; organiser of \"Open Data Day 2015\"."))
        #expect(stoica.languages.value.map(LanguageSkill.format) == "RO:C2;EN:B2;SK:A1")
        #expect(stoica.submittedAt.value?.description == "2025-11-11T16:59:58+02:00")
        let antoniou = try #require(try h.store.candidate(ApplicationID("APP-0000005")))
        #expect(antoniou.surname == "Αντωνίου" && antoniou.givenNames == "Ιωάννης Γιώργος")
        #expect(
            antoniou.cvText.hasSuffix(
                "hnical University (2021).\nSkills: PyTorch, Java, MS Project."))
        let ivanov = try #require(try h.store.candidate(ApplicationID("APP-0000057")))
        #expect(ivanov.surname == "Иванов" && ivanov.givenNames == "Димитър")
        #expect(ivanov.cvText.count == 913)
        let log = try h.store.importLog()
        #expect(log.count == 1)
        #expect(
            log.first?.fileSHA256
                == "efe07e6090a082258672925df8651e476a9f47e7519a65d12e0dbec157564ce8")
        #expect(log.first?.user == "secretary" && log.first?.inserted == 250)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let h = try H()
        let text = H.header + "\n" + (1...20).map { H.record("APP-\($0)") }.joined()
        let url = try h.write(text)
        try h.run(url)
        let before = try h.store.candidates(order: .applicationID, page: .first(limit: 100))
        let second = try h.run(url)
        #expect(
            second.read == 20 && second.unchanged == 20 && second.inserted == 0
                && second.updated == 0)
        #expect(second.exitStatus == 0)
        #expect(try h.store.candidates(order: .applicationID, page: .first(limit: 100)) == before)
        #expect(
            try h.store.importLog().count == 2, "an import of unchanged records is still logged")
    }

    @Test func aModifiedRecordUpdatesOnlyItKeepingItsRow() throws {
        let h = try H()
        let records = (1...5).map { H.record("APP-\($0)") }
        try h.run(csv: H.header + "\n" + records.joined())
        let before = try h.store.candidates(order: .applicationID, page: .first(limit: 100))
        var changed = records
        changed[2] = H.record(
            "APP-3", [.languages: "PL:C2;EN:C2;FR:B2", .cvText: "Now with Digital Twins."])
        let summary = try h.run(csv: H.header + "\n" + changed.joined())
        #expect(summary.updated == 1 && summary.unchanged == 4)
        let after = try h.store.candidates(order: .applicationID, page: .first(limit: 100))
        #expect(after.map(\.summary.id) == before.map(\.summary.id), "rows keep their ids")
        #expect(after[2].summary.languages.value.map(LanguageSkill.format) == "PL:C2;EN:C2;FR:B2")
        #expect(
            Array(after[0..<2]) == Array(before[0..<2]) && Array(after[3...]) == Array(before[3...])
        )
        #expect(try h.store.candidate(ApplicationID("APP-3"))?.cvText == "Now with Digital Twins.")
        #expect(
            try h.store.searchNames("kowalska").count == 5, "the name index still finds every row")
    }

    @Test func strictImportsNothingWhenAnythingIsWrong() throws {
        let h = try H()
        let text = H.header + "\n" + H.record("APP-1") + H.record("APP-2", [.languages: "EN:C3"])
        let summary = try h.run(csv: text) { $0.strict = true }
        #expect(summary.exitStatus == 2 && !summary.committed)
        #expect(try h.store.candidateCount() == 0)
        #expect(summary.line.hasSuffix("--strict: nothing written"))
        let clean = try h.run(csv: H.header + "\n" + H.record("APP-1")) { $0.strict = true }
        #expect(clean.exitStatus == 0 && clean.inserted == 1)
    }

    @Test func dryRunWritesNothingButCountsTruly() throws {
        let h = try H()
        try h.run(csv: H.header + "\n" + H.record("APP-1"))
        let text = H.header + "\n" + H.record("APP-1") + H.record("APP-2") + H.record("APP-2")
        let summary = try h.run(csv: text) { $0.dryRun = true }
        #expect(summary.unchanged == 1 && summary.inserted == 1 && summary.rejected == 1)
        #expect(summary.exitStatus == 1)
        #expect(try h.ids() == ["APP-1"])
        #expect(try h.store.importLog().count == 1)
    }

    @Test func rejectsFileHoldsTheRecordsUnchangedAndCanBeImportedOnceFixed() throws {
        let h = try H()
        let bad = "APP-2,CAST1,,Nobody,PL,,,,,,,,,,,,,,,\"CV, with \"\"quotes\"\"\",x\n"
        let text = H.header + "\n" + H.record("APP-1") + bad
        let rejects = h.folder.file("rejects.csv")
        let summary = try h.run(csv: text) { $0.rejects = rejects }
        #expect(summary.rejected == 1)
        let written = try String(contentsOf: rejects, encoding: .utf8)
        #expect(
            written == H.header + ",reason\r\n" + String(bad.dropLast())
                + ",column surname: is empty: the record cannot be identified\r\n")
        let mode =
            try FileManager.default.attributesOfItem(atPath: rejects.path)[.posixPermissions]
            as? Int
        #expect(mode == 0o600)
        // The officer fills in the surname; the reason column is ignored on the way back.
        let fixed = written.replacingOccurrences(
            of: "APP-2,CAST1,,Nobody", with: "APP-2,CAST1,Fixed,Nobody")
        let again = try h.run(csv: fixed)
        #expect(again.inserted == 1 && again.rejected == 0)
        #expect(h.issues.contains { $0.kind == .notice && $0.column == "reason" })
        #expect(try h.store.candidate(ApplicationID("APP-2"))?.cvText == "CV, with \"quotes\"")
    }

    @Test func semicolonSeparatedExportsAreRead() throws {
        let h = try H()
        let text =
            "application_id;surname;given_names;years_experience\nAPP-1;Dupont;Marie;\"4,5\"\n"
        let summary = try h.run(csv: text)
        #expect(summary.inserted == 1)
        #expect(try h.store.candidate(ApplicationID("APP-1"))?.yearsExperience == .value(4.5))
        #expect(h.issues.contains { $0.reason.contains("semicolons") })
    }

    @Test func mappingFileRenamesColumns() throws {
        let h = try H()
        let map = h.folder.file("map.toml")
        try """
        # The HR system's export names
        [columns]
        application_id = "Application ID"
        surname = "Last name"
        given_names = "First name(s)"
        """.write(to: map, atomically: true, encoding: .utf8)
        let mapping = try ColumnMapping.load(map)
        let summary = try h.run(
            csv: "Application ID,Last name,First name(s)\nAPP-7,Ó Súilleabháin,Siobhán\n"
        ) {
            $0.mapping = mapping
        }
        #expect(summary.inserted == 1)
        #expect(try h.store.candidate(ApplicationID("APP-7"))?.surname == "Ó Súilleabháin")
    }

    @Test func mappingFileErrorsNameTheLine() throws {
        func parse(_ text: String) -> TOMLFileError? {
            do {
                _ = try ColumnMapping.parse(TOMLSource(text: text, file: "map.toml"))
                return nil
            } catch let error as TOMLFileError {
                return error
            } catch {
                return nil
            }
        }
        #expect(parse("[columns]\nsurname = \"Name\"\nsurnme = \"X\"\n")?.line == 3)
        #expect(
            parse("[columns]\nsurname = \"Name\"\nsurnme = \"X\"\n")?.reason.hasPrefix(
                "unknown field “surnme”") == true)
        #expect(
            parse("[columns]\nsurname = 3\n")?.description
                == "map.toml:2: surname must be the column's name as a non-empty string")
        #expect(parse("[columns\nsurname = \"x\"")?.line == 1)
        #expect(parse("title = \"x\"\n[columns]\n")?.line == 1)
        #expect(
            parse("[columns]\nsurname = \"N\"\ngiven_names = \"n\"\n")?.reason.contains("both")
                == true)
    }

    @Test func jsonArrayAndJSONLines() throws {
        let h = try H()
        let array = """
            [
              {"application_id": "APP-1", "surname": "Παπαδόπουλος", "given_names": "Ιωάννης",
               "nationality": ["GR", "CY"], "education_years": 17, "diploma_recognised": true,
               "languages": [{"code": "EL", "level": "C2"}, {"code": "EN", "level": "C1"}]},
              {"application_id": "APP-2", "surname": "Broken", "given_names": },
              {"application_id": "APP-3", "surname": "Иванова", "given_names": "Мария", "hobby": "chess"}
            ]
            """
        let summary = try h.run(h.write(array, name: "export.json"))
        #expect(summary.inserted == 2 && summary.rejected == 1)
        #expect(h.rejections.first?.line == 5)
        let c = try #require(try h.store.candidate(ApplicationID("APP-1")))
        #expect(
            c.nationalities == .value([CountryCode(rawValue: "EL")!, CountryCode(rawValue: "CY")!]))
        #expect(c.educationYears == .value(17) && c.diplomaRecognised == .value(true))
        #expect(c.languages.value.map(LanguageSkill.format) == "EL:C2;EN:C1")
        #expect(h.issues.contains { $0.kind == .notice && $0.column == "hobby" })

        let lines = """
            {"application_id": "APP-10", "surname": "Żółć", "given_names": "Łukasz", "languages": "PL:C2;EN:C3"}
            {"application_id": "APP-11", "surname": "王", "given_names": "小明"}
            """
        let second = try h.run(h.write(lines, name: "export.jsonl"))
        #expect(second.inserted == 2 && second.withWarnings == 1)
        #expect(h.warnings.first?.line == 1 && h.warnings.first?.column == "languages")
    }

    @Test func jsonRejectsFileAddsTheReason() {
        let line = RejectsWriter.jsonLine(
            raw: Array("{\"application_id\": \"APP-2\"}".utf8), reason: "surname is empty")
        #expect(line == "{\"reason\":\"surname is empty\",\"application_id\": \"APP-2\"}")
        let broken = RejectsWriter.jsonLine(raw: Array("{\"a\": }".utf8), reason: "bad")
        #expect(broken == "{\"reason\":\"bad\",\"raw\":\"{\\\"a\\\": }\"}")
    }

    @Test func anInterruptedImportLeavesNothing() throws {
        let h = try H()
        try h.run(csv: H.header + "\n" + H.record("APP-0"))
        let text = H.header + "\n" + (1...3000).map { H.record("APP-\($0)") }.joined()
        let url = try h.write(text)
        var options = ImportOptions(user: "secretary")
        options.format = .csv
        let importer = ApplicationImporter(file: url, options: options)
        var seen = 0
        importer.onProgress = { _ in seen += 1 }
        importer.isCancelled = { seen > 0 }
        let summary = try importer.run(into: h.store, by: h.store.acting(as: "secretary"))
        #expect(summary.interrupted && summary.exitStatus == 130 && !summary.committed)
        #expect(try h.ids() == ["APP-0"])
    }
}
