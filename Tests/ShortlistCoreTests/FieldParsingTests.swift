import Testing

@testable import ShortlistCore

@Suite struct FieldParsingTests {
    @Test func countryCodesFollowTheEUConvention() {
        #expect(CountryCode(rawValue: "GR")?.rawValue == "EL")
        #expect(CountryCode(rawValue: "el")?.rawValue == "EL")
        #expect(CountryCode(rawValue: "GB")?.rawValue == "UK")
        #expect(CountryCode(rawValue: "Greece") == nil)
        #expect(CountryCode.parseList("IT; ar")?.map(\.rawValue) == ["IT", "AR"])
        #expect(
            CountryCode.parseList("GR;EL")?.map(\.rawValue) == ["EL"], "one country, two spellings")
        #expect(CountryCode.parseList("IT;Argentina") == nil)
        #expect(CountryCode.euMemberStates.count == 27)
    }

    @Test func languagesKeepTheirOrderAndLevels() {
        let skills = LanguageSkill.parseList("ES:C2;en:c1; RO:B1")
        #expect(skills?.map(\.description) == ["ES:C2", "EN:C1", "RO:B1"])
        #expect(LanguageSkill.parseList("EN:C3") == nil)
        #expect(LanguageSkill.parseList("XX:C1") == nil)
        #expect(LanguageSkill.parseList("EN C1") == nil)
        #expect(CEFRLevel.b2 < CEFRLevel.c1)
        #expect(LanguageCode.euOfficial.count == 24)
        #expect(LanguageCode(rawValue: "ru")?.isEUOfficial == false)
        #expect(LanguageCode(rawValue: "GA")?.isEUOfficial == true)
    }

    @Test func datesAreStrict() {
        #expect(CalendarDate(iso: "1988-12-31")?.description == "1988-12-31")
        #expect(CalendarDate(iso: "31/12/1988") == nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "1988-13-01") == nil)
    }

    @Test(arguments: [
        ("2025-12-02T23:00:00+01:00", "2025-12-02T22:00:00Z"),
        ("2025-12-03T00:00:00+02:00", "2025-12-02T22:00:00Z"),
        ("2025-12-02T17:00:00-05:00", "2025-12-02T22:00:00Z"),
        ("2025-12-02T22:00:00Z", "2025-12-02T22:00:00Z"),
        ("2025-12-02T22:00:00.250Z", "2025-12-02T22:00:00Z"),
        ("2025-12-02T2300+0100", nil),
        ("2025-12-02 23:00:00+0100", "2025-12-02T22:00:00Z"),
    ])
    func timestampsCompareInAbsoluteTime(text: String, utc: String?) {
        let parsed = Timestamp(iso: text)
        if let utc {
            #expect(parsed?.secondsSinceEpoch == Timestamp(iso: utc)?.secondsSinceEpoch, "\(text)")
        } else {
            #expect(parsed == nil)
        }
    }

    @Test func timestampsWithoutOffsetAreRefusedAndOffsetsAreKept() {
        #expect(Timestamp(iso: "2025-12-01T10:00:00") == nil)
        #expect(Timestamp(iso: "2025-12-01 10:00") == nil)
        #expect(
            Timestamp(iso: "2025-12-02T23:30:00+02:00")?.description == "2025-12-02T23:30:00+02:00")
        #expect(Timestamp(iso: "1969-12-31T23:59:59Z")?.secondsSinceEpoch == -1)
        #expect(Timestamp(iso: "2025-12-02T22:00:00+00:00")?.description == "2025-12-02T22:00:00Z")
    }

    @Test func fieldValuesTellMissingFromInvalid() {
        #expect(FieldValue.parse("  ", CEFRLevel.init(text:)) == .missing)
        #expect(FieldValue.parse(nil, CEFRLevel.init(text:)) == .missing)
        #expect(FieldValue.parse("C3", CEFRLevel.init(text:)) == .invalid(raw: "C3"))
        #expect(FieldValue.parse(" c1 ", CEFRLevel.init(text:)) == .value(.c1))
    }

    @Test func enumerationsReadTheFormatsSpelling() {
        #expect(EducationLevel(text: "post-secondary") == .postSecondary)
        #expect(EducationLevel(text: "Master") == .master)
        #expect(EducationLevel(text: "masters") == nil)
        #expect(MilitaryService(text: "not_applicable") == .notApplicable)
        #expect(FunctionGroup(text: "iv") == .iv)
        #expect(FunctionGroup(text: "V") == nil)
        #expect(CASTStatus(text: "Registered") == .registered)
        #expect(Bool(formatText: "TRUE") == true)
        #expect(Bool(formatText: "maybe") == nil)
    }

    @Test func listsAreReadEntryByEntryKeepingWhatCannotBeRead() {
        let nationalities = ApplicationParsing.readNationalityEntries("IT; ZZ ;GR;EL;Greek")
        #expect(nationalities.readable.map(\.rawValue) == ["IT", "EL"])
        #expect(nationalities.unreadable.map(\.text) == ["ZZ", "Greek"])
        #expect(nationalities.unreadableText == "“ZZ” and “Greek”")

        let languages = ApplicationParsing.readLanguageEntries("IT:C2;EN:C1;XX:A2;FR:C9;DE B2")
        #expect(languages.readable.map(\.description) == ["IT:C2", "EN:C1"])
        #expect(languages.unreadable.map(\.text) == ["XX:A2", "FR:C9", "DE B2"])
        // What can still be read of an unreadable entry bounds what it could change.
        #expect(languages.unreadable[0].language == nil && languages.unreadable[0].level == .a2)
        #expect(languages.unreadable[1].language?.rawValue == "fr")
        #expect(languages.unreadable[1].level == nil)
        #expect(
            languages.unreadable.map(\.reason) == [
                "“XX” is not an ISO 639-1 language code",
                "“C9” is not a CEFR level (A1, A2, B1, B2, C1, C2)",
                "“DE B2” is not CODE:LEVEL (e.g. EN:C1)",
            ])
    }
}
