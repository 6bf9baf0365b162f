import Foundation
import Testing

@testable import ShortlistCore

/// A value partly unreadable is judged on what can be read: for each rule, a readable part
/// that decides, one that cannot decide, and nothing readable.
@Suite struct PartlyReadValueTests {
    func check(_ rule: EligibilityRule, _ field: ApplicationField, _ text: String) -> RuleCheck {
        ProfileFixture.check(rule, [field: text])
    }

    // MARK: nationality

    @Test func anEUNationalityAmongUnreadableCodesPasses() {
        let c = check(.nationality, .nationality, "IT;ZZ")
        #expect(c.result == .pass)
        #expect(c.reason == "IT is an EU member state; “ZZ” cannot be read as a country code")
    }

    @Test func noEUNationalitySoFarNeedsACheckBecauseTheUnreadableOneCouldBe() {
        let c = check(.nationality, .nationality, "US;ZZ")
        #expect(c.result == .needsCheck)
        #expect(
            c.reason
                == "US is not an EU member state so far; “ZZ” cannot be read as a country code and could be"
        )
    }

    @Test func noReadableNationalityNeedsACheck() {
        let c = check(.nationality, .nationality, "ZZ;Q1")
        #expect(c.result == .needsCheck)
        #expect(c.reason.hasPrefix("nationality “ZZ;Q1” cannot be read"))
    }

    // MARK: languages

    @Test func readableLanguagesThatMeetTheRulePass() {
        let c = check(.languages, .languages, "IT:C2;EN:C1;XX:A2")
        #expect(c.result == .pass)
        #expect(
            c.reason
                == "C1 in an EU language (IT C2) and a second EU language at B2 or better (EN C1); “XX:A2” cannot be read"
        )
    }

    @Test func anUnreadableEntryThatCouldCompleteTheRuleNeedsACheck() {
        // FR at an unreadable level could be C2, and an unknown language at B2 could be a
        // second EU language: either completes the rule.
        for text in ["FR:C9;EN:B2", "EN:C1;XX:B2", "EN:C1;DE-B2"] {
            let c = check(.languages, .languages, text)
            #expect(c.result == .needsCheck, "\(text)")
            #expect(c.reason.contains("so far;"), "\(text)")
            #expect(c.reason.contains("cannot be read and could complete it"), "\(text)")
        }
    }

    @Test func anUnreadableEntryThatCannotCompleteTheRuleFails() {
        // An unknown language at A2 is below B2 whatever it is.
        let c = check(.languages, .languages, "EN:C1;XX:A2")
        #expect(c.result == .fail)
        #expect(
            c.reason
                == "C1 in an EU language (EN C1) but no second EU language at B2 or better (no other language declared); “XX:A2” cannot be read, but could not complete it"
        )
    }

    @Test func noReadableLanguageNeedsACheck() {
        let c = check(.languages, .languages, "XX:C1;YY:B2")
        #expect(c.result == .needsCheck)
        #expect(c.reason.hasPrefix("languages “XX:C1;YY:B2” cannot be read"))
    }

    // MARK: deadline

    @Test func aTimeWithoutOffsetIsReadInBrusselsWinterTime() {
        let c = check(.deadline, .submittedAt, "2025-12-02T22:30:00")
        #expect(c.result == .pass)
        #expect(
            c.reason
                == "received 2025-12-02T22:30:00+01:00, by the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels (no UTC offset given, read as Europe/Brussels time 2025-12-02T22:30:00+01:00)"
        )
        let late = check(.deadline, .submittedAt, "2025-12-02T23:00:01")
        #expect(late.result == .fail)
        #expect(late.reason.hasPrefix("received 2025-12-02T23:00:01+01:00, 1 second after"))
    }

    @Test func aTimeWithoutOffsetIsReadInBrusselsSummerTime() {
        let c = check(.deadline, .submittedAt, "2025-07-15T10:00:00")
        #expect(c.result == .pass)
        #expect(c.reason.contains("read as Europe/Brussels time 2025-07-15T10:00:00+02:00"))
        let instants = Timestamp.instants(
            readingLocal: "2025-07-15T10:00:00", in: TimeZone(identifier: "Europe/Brussels")!)
        #expect(instants?.map(\.description) == ["2025-07-15T10:00:00+02:00"])
        #expect(
            instants?.first?.secondsSinceEpoch
                == Timestamp(iso: "2025-07-15T08:00:00Z")?
                .secondsSinceEpoch)
    }

    @Test func theHoursTheClocksChangeAreReadCarefully() {
        let zone = TimeZone(identifier: "Europe/Brussels")!
        // 2025-03-30 02:30 never happened in Brussels; 2025-10-26 02:30 happened twice.
        #expect(Timestamp.instants(readingLocal: "2025-03-30T02:30:00", in: zone) == [])
        #expect(
            Timestamp.instants(readingLocal: "2025-10-26T02:30:00", in: zone)?.map(\.description)
                == ["2025-10-26T02:30:00+02:00", "2025-10-26T02:30:00+01:00"])
        let skipped = check(.deadline, .submittedAt, "2025-03-30T02:30:00")
        #expect(skipped.result == .needsCheck)
        let repeated = check(.deadline, .submittedAt, "2025-10-26T02:30:00")
        #expect(repeated.result == .pass, "both readings are long before the deadline")
    }

    @Test func anUnreadableTimeStillNeedsACheck() {
        let c = check(.deadline, .submittedAt, "02/12/2025 22:30")
        #expect(c.result == .needsCheck)
        #expect(c.reason.hasPrefix("submission time “02/12/2025 22:30” cannot be read"))
    }

    // MARK: what the import says

    @Test func theWarningNamesTheUnreadablePartAndWhatWasRead() {
        let fields: [ApplicationField: String] = [
            .applicationID: "A", .surname: "S", .givenNames: "G", .nationality: "IT;ZZ",
            .languages: "IT:C2;EN:C1;XX:A2", .submittedAt: "2025-12-02T22:30:00",
        ]
        guard case .success(let parsed) = ApplicationParsing.parse(fields) else {
            Issue.record("rejected")
            return
        }
        let byField = Dictionary(uniqueKeysWithValues: parsed.warnings.map { ($0.field, $0) })
        #expect(
            byField[.nationality]?.reason
                == "“ZZ” is not a country code (two letters, e.g. EL, FR; several separated by ;) (read: IT)"
        )
        #expect(
            byField[.languages]?.reason
                == "“XX” is not an ISO 639-1 language code (read: IT:C2;EN:C1)")
        #expect(
            byField[.nationality]?.consequence
                == "imported as written; eligibility judges what can be read")
        #expect(
            byField[.submittedAt]?.consequence
                == "imported as written; eligibility reads it in the call's time zone")
        #expect(parsed.candidate.nationalities == .invalid(raw: "IT;ZZ"))
    }
}
