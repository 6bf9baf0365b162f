import Foundation
import ShortlistCore
import Testing

@testable import ShortlistExchange

/// The 250-record sample export checked end to end against the built-in profile: read with
/// the import's CSV reader and field parsing, checked by the eligibility engine.
@Suite struct EligibilitySampleTests {
    static let sample = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/applications-250.csv")

    static func candidates() throws -> [ApplicationID: Candidate] {
        let reader = CSVReader(fileHandle: try FileHandle(forReadingFrom: sample))
        let header = try #require(reader.next()).fields.map { ApplicationField(columnName: $0) }
        var out: [ApplicationID: Candidate] = [:]
        while let record = reader.next() {
            var fields: [ApplicationField: String] = [:]
            for (field, value) in zip(header, record.fields) {
                if let field { fields[field] = value }
            }
            guard case .success(let parsed) = ApplicationParsing.parse(fields) else {
                Issue.record("line \(record.line) was rejected")
                continue
            }
            #expect(parsed.warnings.isEmpty, "line \(record.line): \(parsed.warnings)")
            out[parsed.candidate.applicationID] = parsed.candidate
        }
        return out
    }

    static let engine = EligibilityEngine(profile: .builtIn)

    @Test
    func theWholeSampleGivesTheCountsAnIndependentReadingGives() throws {
        let all = try Self.candidates()
        #expect(all.count == 250)
        var results: [EligibilityResult: Int] = [:]
        var fails: [EligibilityRule: Int] = [:]
        for candidate in all.values {
            let assessment = Self.engine.assess(candidate)
            results[assessment.result, default: 0] += 1
            for outcome in assessment.outcomes where outcome.result == .fail {
                fails[outcome.rule, default: 0] += 1
            }
            // Every reason is a sentence a person can read, never empty.
            #expect(assessment.outcomes.allSatisfy { !$0.reason.isEmpty })
        }
        // The same rules written separately in Python (csv module, datetime with offsets)
        // over the same file: 75 eligible, 175 ineligible; fails per rule as below. The
        // sample has no missing or unreadable values, so nothing needs a check.
        #expect(results == [.eligible: 75, .ineligible: 175])
        #expect(
            fails == [
                .cast: 153, .education: 99, .languages: 30, .nationality: 14, .deadline: 6,
                .military: 6,
            ])
    }

    struct Verified: CustomTestStringConvertible, Sendable {
        var id: String
        var result: EligibilityResult
        /// The rules that fail, with the reason each must give; every other rule passes.
        var fails: [EligibilityRule: String]
        var testDescription: String { id }
        init(_ id: String, _ result: EligibilityResult, _ fails: [EligibilityRule: String] = [:]) {
            self.id = id
            self.result = result
            self.fails = fails
        }
    }

    /// Thirteen records checked by hand against the call text. Between them they pass and
    /// fail every rule.
    static let verified: [Verified] = [
        // APP-0000008: FR; not_applicable; bachelor, recognised; FR:C2;EN:C1;RO:C2; FG IV
        // *registered* (enough at application stage); 2025-11-13T08:35:35+01:00. Eligible.
        Verified("APP-0000008", .eligible),
        // APP-0000130: EL; doctorate, recognised; EL:C2;EN:C1; FG IV passed; submitted
        // 2025-12-02T23:27:30+02:00: past 23:00 on an Athens clock, but 22:27:30 in Brussels,
        // so on time. Eligible.
        Verified("APP-0000130", .eligible),
        // APP-0000080: IE; GA:C2;EN:C1 (Irish is an official EU language); submitted
        // 2025-12-02T16:40:23Z, 17:40:23 in Brussels. Eligible.
        Verified("APP-0000080", .eligible),
        // APP-0000020: ES; ES:C2;NO:A2;PL:C1;HU:B2: no English, but ES C2 and PL C1 are two
        // EU languages (Norwegian does not count, and need not). Eligible.
        Verified("APP-0000020", .eligible),
        // APP-0000178: US only; everything else in order (EN:C2;MT:B2, FG IV passed,
        // 2025-11-20T21:14:00-05:00). Ineligible on nationality alone.
        Verified(
            "APP-0000178", .ineligible, [.nationality: "US is not an EU member state"]),
        // APP-0000100: EL; military service pending; master, EL:C2;EN:B2, FG IV passed.
        Verified(
            "APP-0000100", .ineligible,
            [
                .military:
                    "pending, obligations not yet fulfilled, is not accepted (accepted: fulfilled, exempt or not_applicable)"
            ]),
        // APP-0000034: LT; bachelor but the diploma is not recognised.
        Verified(
            "APP-0000034", .ineligible,
            [.education: "bachelor, but the diploma is not recognised in the EU"]),
        // APP-0000205: SI; SL:C2;EN:B1;RU:B2: English below B2, Russian not an EU language.
        Verified(
            "APP-0000205", .ineligible,
            [
                .languages:
                    "C1 in an EU language (SL C2) but no second EU language at B2 or better (EN B1; RU B2 is not an EU language)"
            ]),
        // APP-0000174: IT; IT:C2;UK:C2: Ukrainian (uk) is not an EU language; and FG III.
        Verified(
            "APP-0000174", .ineligible,
            [
                .languages:
                    "C1 in an EU language (IT C2) but no second EU language at B2 or better (UK C2 is not an EU language)",
                .cast:
                    "FG III passed: function group III is not accepted (needed: FG IV, passed or registered)",
            ]),
        // APP-0000019: LV; LV:C2;EN:B1;EL:B1;RU:C1, the issue's own case; FG III passed.
        Verified(
            "APP-0000019", .ineligible,
            [
                .languages:
                    "C1 in an EU language (LV C2) but no second EU language at B2 or better (EN B1; EL B1; RU C1 is not an EU language)",
                .cast:
                    "FG III passed: function group III is not accepted (needed: FG IV, passed or registered)",
            ]),
        // APP-0000002: RO; master; RO:C2;EN:B2; FG III *passed*, which does not count.
        Verified(
            "APP-0000002", .ineligible,
            [
                .cast:
                    "FG III passed: function group III is not accepted (needed: FG IV, passed or registered)"
            ]),
        // APP-0000139: NL; FG III registered; submitted 2025-12-05T04:21:05+01:00, two and a
        // quarter days late.
        Verified(
            "APP-0000139", .ineligible,
            [
                .cast:
                    "FG III registered: function group III is not accepted (needed: FG IV, passed or registered)",
                .deadline:
                    "received 2025-12-05T04:21:05+01:00, 2 days 5 hours 21 minutes 5 seconds after the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels",
            ]),
        // APP-0000117: IT; post-secondary; IT:C2;EN:B1;GA:A1;FI:A1; FG I registered;
        // 2025-12-03T05:32:35+01:00. Four rules fail.
        Verified(
            "APP-0000117", .ineligible,
            [
                .education: "post-secondary is below the minimum, bachelor",
                .languages:
                    "C1 in an EU language (IT C2) but no second EU language at B2 or better (EN B1; GA A1; FI A1)",
                .cast:
                    "FG I registered: function group I is not accepted (needed: FG IV, passed or registered)",
                .deadline:
                    "received 2025-12-03T05:32:35+01:00, 6 hours 32 minutes 35 seconds after the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels",
            ]),
    ]

    @Test(arguments: verified)
    func recordsVerifiedByHand(_ v: Verified) throws {
        let candidate = try #require(try Self.candidates()[ApplicationID(v.id)])
        let assessment = Self.engine.assess(candidate)
        #expect(assessment.result == v.result)
        for outcome in assessment.outcomes {
            if let reason = v.fails[outcome.rule] {
                #expect(outcome.result == .fail, "\(outcome)")
                #expect(outcome.reason == reason)
            } else {
                #expect(outcome.result == .pass, "\(outcome)")
            }
        }
    }

    @Test func theVerifiedRecordsCoverEveryRulePassingAndFailing() {
        let failing = Set(Self.verified.flatMap(\.fails.keys))
        #expect(failing == Set(EligibilityRule.allCases))
        #expect(Self.verified.contains { $0.result == .eligible })
    }
}
