import Foundation
import ShortlistCore
import ShortlistStore
import Testing

@testable import ShortlistExchange

/// One test per kind of defect the format names: rejected or imported with a warning, the
/// line and reason reported, and the records around it imported.
@Suite struct ImportDefectTests {
    typealias H = ImportHarness

    /// A file of three records where the middle one (starting on line 3) is `middle`.
    func sandwich(_ middle: String) -> String {
        H.header + "\n" + H.record("APP-1") + middle + H.record("APP-3")
    }

    func expectNeighboursImported(
        _ h: ImportHarness, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let ids = try h.ids()
        #expect(
            ids.contains("APP-1") && ids.contains("APP-3"), "\(ids)", sourceLocation: sourceLocation
        )
    }

    @Test func missingRequiredFieldIsRejected() throws {
        let h = try H()
        let summary = try h.run(csv: sandwich(H.record("APP-2", [.surname: "  "])))
        #expect(summary.rejected == 1 && summary.inserted == 2)
        #expect(
            h.rejections.map(\.description) == [
                "\(h.folder.file("export.csv").relativePath):3: column surname: is empty: the record cannot be identified; record rejected"
            ])
        #expect(summary.exitStatus == 1)
        try expectNeighboursImported(h)
    }

    @Test func tooFewAndTooManyColumnsAreRejected() throws {
        let h = try H()
        let short = "APP-2,CAST1,Short,Record\n"
        let long = String(H.record("APP-4").dropLast()) + ",extra\n"
        let summary = try h.run(csv: sandwich(short) + long)
        #expect(summary.rejected == 2)
        #expect(h.rejections[0].line == 3)
        #expect(h.rejections[0].reason == "has 4 fields where the header has 21 (too few columns)")
        #expect(h.rejections[1].line == 5)
        #expect(
            h.rejections[1].reason == "has 22 fields where the header has 21 (too many columns)")
        try expectNeighboursImported(h)
    }

    @Test func cefrC3IsImportedAsWrittenAndTheRestIsRead() throws {
        let h = try H()
        let summary = try h.run(csv: sandwich(H.record("APP-2", [.languages: "EN:C3;FR:B2"])))
        #expect(summary.inserted == 3 && summary.rejected == 0 && summary.withWarnings == 1)
        #expect(h.warnings.map(\.line) == [3])
        #expect(h.warnings[0].column == "languages")
        #expect(
            h.warnings[0].reason
                == "“C3” is not a CEFR level (A1, A2, B1, B2, C1, C2) (read: FR:B2)")
        #expect(
            try h.store.candidate(ApplicationID("APP-2"))?.languages == .invalid(raw: "EN:C3;FR:B2")
        )
        #expect(summary.exitStatus == 0, "warnings alone are not a failure")
    }

    @Test func unknownLanguageCodeIsImportedAsWrittenAndTheRestIsRead() throws {
        let h = try H()
        try h.run(csv: sandwich(H.record("APP-2", [.languages: "XX:C1;EN:B2"])))
        #expect(
            h.warnings.map(\.reason) == ["“XX” is not an ISO 639-1 language code (read: EN:B2)"])
        #expect(
            try h.store.candidate(ApplicationID("APP-2"))?.languages == .invalid(raw: "XX:C1;EN:B2")
        )
    }

    @Test func europeanDateIsImportedAsUnknown() throws {
        let h = try H()
        try h.run(csv: sandwich(H.record("APP-2", [.dateOfBirth: "31/12/1988"])))
        #expect(
            h.warnings.map(\.description).first?.hasSuffix(
                ":3: column date_of_birth: “31/12/1988” is not a date written YYYY-MM-DD; imported as unknown"
            ) == true)
        #expect(
            try h.store.candidate(ApplicationID("APP-2"))?.dateOfBirth
                == .invalid(raw: "31/12/1988"))
        try expectNeighboursImported(h)
    }

    @Test func partlyReadValuesAreNamedWithTheirLineAndColumn() throws {
        let h = try H()
        try h.run(
            csv: sandwich(
                H.record("APP-2", [.nationality: "IT;ZZ", .languages: "IT:C2;EN:C1;XX:A2"])))
        let shown = h.warnings.map(\.description).map { $0.split(separator: ":", maxSplits: 1)[1] }
        #expect(
            shown == [
                "3: column nationality: “ZZ” is not a country code (two letters, e.g. EL, FR; several separated by ;) (read: IT); imported as written; eligibility judges what can be read",
                "3: column languages: “XX” is not an ISO 639-1 language code (read: IT:C2;EN:C1); imported as written; eligibility judges what can be read",
            ])
        #expect(
            try h.store.candidate(ApplicationID("APP-2"))?.nationalities == .invalid(raw: "IT;ZZ"))
    }

    @Test func timestampWithoutOffsetIsImportedAsWrittenForTheCallsZone() throws {
        let h = try H()
        try h.run(csv: sandwich(H.record("APP-2", [.submittedAt: "2025-12-02T22:59:00"])))
        #expect(
            h.warnings.map(\.description).first?.hasSuffix(
                ":3: column submitted_at: “2025-12-02T22:59:00” has no UTC offset (write it with Z or ±HH:MM); imported as written; eligibility reads it in the call's time zone"
            ) == true)
        #expect(
            try h.store.candidate(ApplicationID("APP-2"))?.submittedAt
                == .invalid(raw: "2025-12-02T22:59:00"))
    }

    @Test func repeatedIdIsRejectedNamingTheFirstLine() throws {
        let h = try H()
        let summary = try h.run(csv: sandwich(H.record("APP-1", [.surname: "Impostor"])))
        #expect(summary.rejected == 1 && summary.inserted == 2)
        #expect(h.rejections.first?.line == 3)
        #expect(h.rejections.first?.reason == "“APP-1” already appears at line 2")
        #expect(
            try h.store.candidate(ApplicationID("APP-1"))?.surname == "Kowalska",
            "the first one is kept")
    }

    @Test func nulByteIsRejected() throws {
        let h = try H()
        let text = sandwich(H.record("APP-2", [.cvText: "before\u{0}after"]))
        let summary = try h.run(csv: text)
        #expect(summary.rejected == 1)
        #expect(h.rejections.first?.line == 3)
        #expect(h.rejections.first?.column == "cv_text")
        #expect(h.rejections.first?.reason == "contains a NUL byte")
        try expectNeighboursImported(h)
    }

    @Test func invalidUTF8IsRejected() throws {
        let h = try H()
        var bytes = Array((H.header + "\n" + H.record("APP-1")).utf8)
        bytes += Array(H.record("APP-2", [.surname: "Mxller"]).utf8).map {
            $0 == UInt8(ascii: "x") ? 0xFF : $0
        }
        bytes += Array(H.record("APP-3").utf8)
        let summary = try h.run(h.write(bytes: bytes))
        #expect(summary.rejected == 1)
        #expect(h.rejections.first?.line == 3)
        #expect(h.rejections.first?.column == "surname")
        #expect(h.rejections.first?.reason == "is not valid UTF-8")
        try expectNeighboursImported(h)
    }

    @Test func aCVOf100KBIsValid() throws {
        let h = try H()
        let cv = String(
            repeating: "Coordinated the Local Digital Twin pilot, \"phase 2\".\n", count: 2_000)
        #expect(cv.utf8.count > 100_000)
        let summary = try h.run(csv: sandwich(H.record("APP-2", [.cvText: cv])))
        #expect(summary.inserted == 3 && summary.rejected == 0 && h.warnings.isEmpty)
        #expect(try h.store.candidate(ApplicationID("APP-2"))?.cvText == cv)
    }

    @Test func crlfInsideAQuotedFieldIsValid() throws {
        let h = try H()
        let summary = try h.run(csv: sandwich(H.record("APP-2", [.cvText: "One\r\nTwo\r\nThree"])))
        #expect(summary.inserted == 3)
        #expect(try h.store.candidate(ApplicationID("APP-2"))?.cvText == "One\r\nTwo\r\nThree")
        // The record after it starts two lines later.
        let h2 = try H()
        try h2.run(
            csv: sandwich(H.record("APP-2", [.cvText: "One\r\nTwo\r\nThree"]))
                + H.record("APP-4", [.languages: "EN:C9"]))
        #expect(h2.warnings.first?.line == 7)
    }

    @Test func byteOrderMarkIsValid() throws {
        let h = try H()
        let summary = try h.run(csv: "\u{FEFF}" + sandwich(H.record("APP-2")))
        #expect(summary.inserted == 3 && summary.rejected == 0 && h.issues.isEmpty)
    }

    @Test func emptyFileImportsNothing() throws {
        let h = try H()
        #expect(throws: ImportFailure.self) { try h.run(csv: "") }
        do {
            try h.run(csv: "")
        } catch let failure as ImportFailure {
            #expect(failure.reason == "the file is empty: there is no header row")
        }
        #expect(try h.store.candidateCount() == 0)
    }

    @Test func headerOnlyImportsNothing() throws {
        let h = try H()
        let summary = try h.run(csv: H.header + "\r\n")
        #expect(summary.read == 0 && summary.exitStatus == 2)
        #expect(try h.store.importLog().isEmpty, "nothing imported, nothing logged")
    }

    @Test func reorderedColumnsAreFoundByName() throws {
        let h = try H()
        let text =
            "surname,motivation,application_id,given_names,extra_column\nΠαπαδόπουλος,Μοτίβο,APP-9,Ιωάννης,ignored\n"
        let summary = try h.run(csv: text)
        #expect(summary.inserted == 1)
        let c = try #require(try h.store.candidate(ApplicationID("APP-9")))
        #expect(
            c.surname == "Παπαδόπουλος" && c.givenNames == "Ιωάννης" && c.motivation == "Μοτίβο")
        #expect(c.languages == .missing)
        #expect(h.issues.contains { $0.kind == .notice && $0.column == "extra_column" })
        #expect(
            h.issues.contains {
                $0.kind == .notice
                    && $0.reason.contains("no column cast_registration_id, nationality,")
            })
    }

    @Test func unterminatedQuoteAtTheEndRejectsTheLastRecord() throws {
        let h = try H()
        let text =
            H.header + "\n" + H.record("APP-1") + H.record("APP-3")
            + "APP-4,,X,Y,PL,,,,,,,,,,,,,,,\"never closed\n"
        let summary = try h.run(csv: text)
        #expect(summary.inserted == 2 && summary.rejected == 1)
        #expect(h.rejections.first?.line == 4)
        #expect(
            h.rejections.first?.reason
                == "a quoted field is never closed before the end of the file")
    }

    @Test func missingIdentityColumnStopsTheImport() throws {
        let h = try H()
        #expect(throws: ImportFailure.self) { try h.run(csv: "surname,given_names\nA,B\n") }
        #expect(try h.store.candidateCount() == 0)
    }
}
