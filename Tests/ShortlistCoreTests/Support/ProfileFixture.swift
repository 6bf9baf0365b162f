import Foundation

@testable import ShortlistCore

/// The built-in call's rules, written out in Swift: ShortlistCore cannot read TOML, and the
/// ShortlistExchange tests check that the built-in profile says the same.
enum ProfileFixture {
    static let deadline = try! Deadline(
        local: LocalDateTime(
            date: CalendarDate(year: 2025, month: 12, day: 2)!, hour: 23, minute: 0, second: 0)!,
        timeZoneIdentifier: "Europe/Brussels")

    static let eligibility = EligibilityParameters(
        nationality: .init(accepted: CountryCode.euMemberStates),
        military: .init(accepted: [.fulfilled, .exempt, .notApplicable]),
        education: .init(minimumLevel: .bachelor, recognisedDiplomaRequired: true),
        languages: .init(counted: LanguageCode.euOfficial, firstLevel: .c1, secondLevel: .b2),
        cast: .init(functionGroups: [.iv], statuses: [.passed, .registered]),
        deadline: deadline)

    static let engine = EligibilityEngine(parameters: eligibility)

    /// An application that passes every rule, with fields replaced as given, read through
    /// the import's own parsing (so `GR` becomes `EL` and a bad value becomes invalid, as in
    /// a real import). An empty string makes a field missing.
    static func candidate(_ changes: [ApplicationField: String] = [:]) -> Candidate {
        var fields: [ApplicationField: String] = [
            .applicationID: "APP-TEST", .surname: "Kowalska", .givenNames: "Anna",
            .nationality: "PL", .submittedAt: "2025-11-30T10:00:00+01:00",
            .castFunctionGroup: "IV", .castStatus: "passed", .educationLevel: "master",
            .educationYears: "17", .diplomaRecognised: "true", .languages: "PL:C2;EN:C1",
            .militaryService: "not_applicable",
        ]
        for (field, value) in changes { fields[field] = value }
        guard case .success(let parsed) = ApplicationParsing.parse(fields) else {
            fatalError("the fixture record was rejected")
        }
        return parsed.candidate
    }

    static func check(_ rule: EligibilityRule, _ changes: [ApplicationField: String]) -> RuleCheck {
        engine.check(rule, candidate(changes))
    }
}
