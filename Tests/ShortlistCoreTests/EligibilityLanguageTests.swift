import Foundation
import Testing

@testable import ShortlistCore

/// The two-language rule: C1 or better in one official EU language and B2 or better in a
/// different one. The same language never counts twice; other languages never count.
@Suite struct EligibilityLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var languages: String
        var result: RuleResult
        var reason: String
        var testDescription: String { languages.isEmpty ? "(missing)" : languages }
        init(_ languages: String, _ result: RuleResult, _ reason: String) {
            self.languages = languages
            self.result = result
            self.reason = reason
        }
    }

    @Test(arguments: [
        // A C2 mother tongue and B2 English: enough.
        Case(
            "DE:C2;EN:B2", .pass,
            "C1 in an EU language (DE C2) and a second EU language at B2 or better (EN B2)"),
        // C1 and B2 in the same language: not enough, in either order.
        Case(
            "FR:C1;FR:B2", .fail,
            "C1 in an EU language (FR C1) but no second EU language at B2 or better (FR B2 is the same language)"
        ),
        Case(
            "FR:B2;FR:C1", .fail,
            "C1 in an EU language (FR C1) but no second EU language at B2 or better (FR B2 is the same language)"
        ),
        // The issue's own example, word for word.
        Case(
            "FR:C2;EN:B1;RU:C1", .fail,
            "C1 in an EU language (FR C2) but no second EU language at B2 or better (EN B1; RU C1 is not an EU language)"
        ),
        // A non-EU language at C1 does not give the first language.
        Case(
            "RU:C1;EN:B2", .fail,
            "no EU language at C1 or better (RU C1 is not an EU language; EN B2)"),
        Case(
            "UK:C2;EN:C1;DE:B1", .fail,
            "C1 in an EU language (EN C1) but no second EU language at B2 or better (UK C2 is not an EU language; DE B1)"
        ),
        Case(
            "LB:C2;FR:C1;DE:B2", .pass,
            "C1 in an EU language (FR C1) and a second EU language at B2 or better (DE B2)"),
        Case(
            "EN:C1", .fail,
            "C1 in an EU language (EN C1) but no second EU language at B2 or better (no other language declared)"
        ),
        Case("EN:B2;DE:B2", .fail, "no EU language at C1 or better (EN B2; DE B2)"),
        // English is not required: any two EU languages will do, Irish included.
        Case(
            "ES:C2;NO:A2;PL:C1;HU:B2", .pass,
            "C1 in an EU language (ES C2) and a second EU language at B2 or better (PL C1)"),
        Case(
            "GA:C2;EN:C1", .pass,
            "C1 in an EU language (GA C2) and a second EU language at B2 or better (EN C1)"),
        // A language declared twice counts at its best level.
        Case(
            "EN:C1;EN:C2;FR:B2", .pass,
            "C1 in an EU language (EN C2) and a second EU language at B2 or better (FR B2)"),
        Case(
            "fr:c1;en:b2", .pass,
            "C1 in an EU language (FR C1) and a second EU language at B2 or better (EN B2)"),
        Case("", .needsCheck, "no languages given"),
        Case(
            "EN C1, FR B2", .needsCheck,
            "languages “EN C1, FR B2” cannot be read (CODE:LEVEL pairs are needed, e.g. FR:C2;EN:B2)"
        ),
        // EN at an unreadable level could be the C1 the readable FR B2 lacks.
        Case(
            "EN:C3;FR:B2", .needsCheck,
            "no EU language at C1 or better (FR B2) so far; “EN:C3” cannot be read and could complete it"
        ),
    ])
    func languages(_ c: Case) {
        let check = ProfileFixture.check(.languages, [.languages: c.languages])
        #expect(check.result == c.result)
        #expect(check.reason == c.reason)
    }

    @Test func theLevelsComeFromTheProfile() {
        var parameters = ProfileFixture.eligibility
        parameters.languages.firstLevel = .c2
        parameters.languages.secondLevel = .c1
        let engine = EligibilityEngine(parameters: parameters)
        let check = engine.check(.languages, ProfileFixture.candidate([.languages: "FR:C2;EN:B2"]))
        #expect(check.result == .fail)
        #expect(
            check.reason
                == "C2 in an EU language (FR C2) but no second EU language at C1 or better (EN B2)")
    }
}
