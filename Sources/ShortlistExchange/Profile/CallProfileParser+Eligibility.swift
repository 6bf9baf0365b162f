import Foundation
import ShortlistCore
import TOMLSupport

extension CallProfileParser {
    /// `[eligibility.RULE]` for each of the six rules, named by the rule ids; every rule must
    /// be there, and no other.
    static func readEligibility(_ t: ProfileTable) throws -> EligibilityParameters {
        try t.allowOnly(EligibilityRule.allCases.map(\.rawValue))
        let nationality = try t.subtable("nationality")
        try nationality.allowOnly(["accepted"])
        let military = try t.subtable("military")
        try military.allowOnly(["accepted"])
        let education = try t.subtable("education")
        try education.allowOnly(["minimum_level", "recognised_diploma_required"])
        let languages = try t.subtable("languages")
        try languages.allowOnly(["counted_languages", "first_level", "second_level"])
        let cast = try t.subtable("cast")
        try cast.allowOnly(["function_groups", "statuses"])
        let deadline = try t.subtable("deadline")
        try deadline.allowOnly(["received_by", "time_zone"])

        let firstLevel = try languages.item("first_level", readLevel)
        let secondLevel = try languages.item("second_level", readLevel)
        guard secondLevel <= firstLevel else {
            throw languages.error(
                "second_level",
                "eligibility.languages.second_level (\(secondLevel)) must not be above first_level (\(firstLevel))"
            )
        }
        let local = try deadline.localDateTime("received_by")
        let zone = try deadline.string("time_zone")
        let resolved: Deadline
        do {
            resolved = try Deadline(local: local, timeZoneIdentifier: zone)
        } catch {
            let key = if case .unknownTimeZone = error { "time_zone" } else { "received_by" }
            throw deadline.error(key, "eligibility.deadline: \(error)")
        }

        return EligibilityParameters(
            nationality: .init(accepted: try nationality.list("accepted", readCountry)),
            military: .init(accepted: try military.list("accepted", readMilitary)),
            education: .init(
                minimumLevel: try education.item("minimum_level", readEducationLevel),
                recognisedDiplomaRequired: try education.bool("recognised_diploma_required")),
            languages: .init(
                counted: try languages.list("counted_languages", readLanguage),
                firstLevel: firstLevel, secondLevel: secondLevel),
            cast: .init(
                functionGroups: try cast.list("function_groups", readFunctionGroup),
                statuses: try cast.list("statuses", readStatus)),
            deadline: resolved)
    }

    private static func readCountry(_ text: String) -> Result<CountryCode, ReadProblem> {
        guard let code = CountryCode(rawValue: text), code.isKnown else {
            return .failure(ReadProblem("“\(text)” is not a country code (e.g. EL, FR)"))
        }
        return .success(code)
    }

    private static func readMilitary(_ text: String) -> Result<MilitaryService, ReadProblem> {
        MilitaryService(text: text).map { .success($0) }
            ?? .failure(
                ReadProblem(
                    "“\(text)” is not a military-service status; they are "
                        + MilitaryService.allCases.map(\.rawValue).joined(separator: ", ")))
    }

    private static func readEducationLevel(_ text: String) -> Result<EducationLevel, ReadProblem> {
        EducationLevel(text: text).map { .success($0) }
            ?? .failure(
                ReadProblem(
                    "“\(text)” is not an education level; they are "
                        + EducationLevel.allCases.map(\.description).joined(separator: ", ")))
    }

    private static func readLanguage(_ text: String) -> Result<LanguageCode, ReadProblem> {
        LanguageCode(rawValue: text).map { .success($0) }
            ?? .failure(ReadProblem("“\(text)” is not an ISO 639-1 language code (e.g. en, fr)"))
    }

    private static func readLevel(_ text: String) -> Result<CEFRLevel, ReadProblem> {
        CEFRLevel(text: text).map { .success($0) }
            ?? .failure(ReadProblem("“\(text)” is not a CEFR level (A1, A2, B1, B2, C1, C2)"))
    }

    private static func readStatus(_ text: String) -> Result<CASTStatus, ReadProblem> {
        CASTStatus(text: text).map { .success($0) }
            ?? .failure(ReadProblem("“\(text)” is not a CAST status (passed or registered)"))
    }
}
