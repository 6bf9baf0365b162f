import Foundation
import Testing

@testable import ShortlistCore

/// Each rule on its own, table-driven: the fields changed from a candidate who passes
/// everything, the result, and the reason (in full where its wording matters to a reader).
@Suite struct EligibilityRuleTests {
    typealias F = ApplicationField

    struct Case: CustomTestStringConvertible, Sendable {
        var fields: [ApplicationField: String]
        var result: RuleResult
        var reason: String
        var testDescription: String {
            fields.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        }
        init(_ fields: [ApplicationField: String], _ result: RuleResult, _ reason: String) {
            self.fields = fields
            self.result = result
            self.reason = reason
        }
    }

    @Test(arguments: [
        Case([.nationality: "FR"], .pass, "FR is an EU member state"),
        Case([.nationality: "GR"], .pass, "EL is an EU member state"),
        Case([.nationality: "el"], .pass, "EL is an EU member state"),
        Case([.nationality: "US;IE"], .pass, "IE is an EU member state (declared: US;IE)"),
        Case([.nationality: "FR;DE"], .pass, "FR and DE are EU member states"),
        Case([.nationality: "US"], .fail, "US is not an EU member state"),
        Case([.nationality: "UK"], .fail, "UK is not an EU member state"),
        Case([.nationality: "GB;CH"], .fail, "no EU member state among UK;CH"),
        Case([.nationality: ""], .needsCheck, "no nationality given"),
        Case(
            [.nationality: "Greek"], .needsCheck,
            "nationality “Greek” cannot be read as country codes (e.g. EL, FR; several separated by ;)"
        ),
    ])
    func nationality(_ c: Case) {
        let check = ProfileFixture.check(.nationality, c.fields)
        #expect(check.result == c.result)
        #expect(check.reason == c.reason)
    }

    @Test(arguments: [
        Case(
            [.militaryService: "fulfilled"], .pass,
            "fulfilled (accepted: fulfilled, exempt or not_applicable)"),
        Case(
            [.militaryService: "exempt"], .pass,
            "exempt (accepted: fulfilled, exempt or not_applicable)"),
        Case(
            [.militaryService: "not_applicable"], .pass,
            "not_applicable (accepted: fulfilled, exempt or not_applicable)"),
        Case(
            [.militaryService: "pending"], .fail,
            "pending, obligations not yet fulfilled, is not accepted (accepted: fulfilled, exempt or not_applicable)"
        ),
        Case([.militaryService: ""], .needsCheck, "military service not stated"),
        Case(
            [.militaryService: "done"], .needsCheck,
            "military service “done” is not one of fulfilled, exempt, not_applicable or pending (accepted: fulfilled, exempt or not_applicable)"
        ),
    ])
    func military(_ c: Case) {
        let check = ProfileFixture.check(.military, c.fields)
        #expect(check.result == c.result)
        #expect(check.reason == c.reason)
    }

    @Test(arguments: [
        Case(
            [.educationLevel: "bachelor"], .pass,
            "bachelor with a diploma recognised in the EU (minimum: bachelor)"),
        Case(
            [.educationLevel: "doctorate"], .pass,
            "doctorate with a diploma recognised in the EU (minimum: bachelor)"),
        Case(
            [.educationLevel: "post-secondary"], .fail,
            "post-secondary is below the minimum, bachelor"),
        Case([.educationLevel: "secondary"], .fail, "secondary is below the minimum, bachelor"),
        Case(
            [.educationLevel: "bachelor", .diplomaRecognised: "false"], .fail,
            "bachelor, but the diploma is not recognised in the EU"),
        Case(
            [.educationLevel: "post-secondary", .diplomaRecognised: "false"], .fail,
            "post-secondary is below the minimum, bachelor; the diploma is not recognised in the EU"
        ),
        // A known level below the minimum decides, whatever the missing recognition says.
        Case(
            [.educationLevel: "post-secondary", .diplomaRecognised: ""], .fail,
            "post-secondary is below the minimum, bachelor; also, whether the diploma is recognised is not stated"
        ),
        Case(
            [.educationLevel: "", .diplomaRecognised: "false"], .fail,
            "the diploma is not recognised in the EU; also, the education level is not stated"),
        Case(
            [.educationLevel: "master", .diplomaRecognised: ""], .needsCheck,
            "master, but whether the diploma is recognised is not stated"),
        Case(
            [.educationLevel: "master", .diplomaRecognised: "NARIC requested"], .needsCheck,
            "master, but diploma recognition “NARIC requested” is not true or false"),
        Case([.educationLevel: ""], .needsCheck, "the education level is not stated"),
        Case(
            [.educationLevel: "MSc"], .needsCheck,
            "education level “MSc” is not one of secondary, post-secondary, bachelor, master or doctorate"
        ),
        // The years of schooling do not enter the rule (the export counts school years too).
        Case(
            [.educationLevel: "bachelor", .educationYears: "2"], .pass,
            "bachelor with a diploma recognised in the EU (minimum: bachelor)"),
    ])
    func education(_ c: Case) {
        let check = ProfileFixture.check(.education, c.fields)
        #expect(check.result == c.result)
        #expect(check.reason == c.reason)
    }

    @Test(arguments: [
        Case(
            [.castFunctionGroup: "IV", .castStatus: "passed"], .pass,
            "FG IV passed (accepted: FG IV, passed or registered)"),
        Case(
            [.castFunctionGroup: "IV", .castStatus: "registered"], .pass,
            "FG IV registered (accepted: FG IV, passed or registered)"),
        Case(
            [.castFunctionGroup: "FG IV", .castStatus: "Registered"], .pass,
            "FG IV registered (accepted: FG IV, passed or registered)"),
        Case(
            [.castFunctionGroup: "III", .castStatus: "passed"], .fail,
            "FG III passed: function group III is not accepted (needed: FG IV, passed or registered)"
        ),
        Case(
            [.castFunctionGroup: "I", .castStatus: "registered"], .fail,
            "FG I registered: function group I is not accepted (needed: FG IV, passed or registered)"
        ),
        Case(
            [.castFunctionGroup: "II", .castStatus: ""], .fail,
            "FG II: function group II is not accepted; also, the CAST status is not stated (needed: FG IV, passed or registered)"
        ),
        Case(
            [.castFunctionGroup: "IV", .castStatus: ""], .needsCheck,
            "FG IV: the CAST status is not stated (needed: FG IV, passed or registered)"),
        Case(
            [.castFunctionGroup: "", .castStatus: "passed"], .needsCheck,
            "passed: the function group is not stated (needed: FG IV, passed or registered)"),
        Case(
            [.castFunctionGroup: "AD5", .castStatus: "passed"], .needsCheck,
            "passed: function group “AD5” is not one of I, II, III, IV (needed: FG IV, passed or registered)"
        ),
        Case(
            [.castFunctionGroup: "IV", .castStatus: "applied"], .needsCheck,
            "FG IV: CAST status “applied” is not passed or registered (needed: FG IV, passed or registered)"
        ),
    ])
    func cast(_ c: Case) {
        let check = ProfileFixture.check(.cast, c.fields)
        #expect(check.result == c.result)
        #expect(check.reason == c.reason)
    }

    @Test func aCASTStatusTheCallDoesNotAcceptFails() {
        var parameters = ProfileFixture.eligibility
        parameters.cast.statuses = [.passed]
        let engine = EligibilityEngine(parameters: parameters)
        let check = engine.check(
            .cast, ProfileFixture.candidate([.castFunctionGroup: "IV", .castStatus: "registered"]))
        #expect(check.result == .fail)
        #expect(
            check.reason
                == "FG IV registered: status registered is not accepted (needed: FG IV, passed)")
    }

    @Test func anotherListOfNationalitiesIsNamedAsSuch() {
        var parameters = ProfileFixture.eligibility
        parameters.nationality.accepted =
            CountryCode.euMemberStates + [CountryCode(rawValue: "NO")!]
        let engine = EligibilityEngine(parameters: parameters)
        #expect(
            engine.check(.nationality, ProfileFixture.candidate([.nationality: "NO"])).reason
                == "NO is an accepted nationality")
        #expect(
            engine.check(.nationality, ProfileFixture.candidate([.nationality: "US"])).reason
                == "US is not an accepted nationality")
    }

    @Test func everyRuleNeedsACheckWhenEveryFieldIsMissing() {
        let empty = Candidate(
            applicationID: ApplicationID("APP-EMPTY"), surname: "X", givenNames: "Y")
        let checks = ProfileFixture.engine.checks(empty)
        #expect(checks.map(\.rule) == EligibilityRule.allCases)
        #expect(checks.allSatisfy { $0.result == .needsCheck })
        #expect(ProfileFixture.engine.assess(empty).result == .needsCheck)
    }

    @Test func theReasonIsShownAfterTheRuleID() {
        let check = ProfileFixture.check(.military, [.militaryService: "pending"])
        #expect(check.description.hasPrefix("military: pending, obligations not yet fulfilled"))
    }
}
