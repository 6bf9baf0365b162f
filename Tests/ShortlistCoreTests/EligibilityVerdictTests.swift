import Foundation
import Testing

@testable import ShortlistCore

/// The verdict from the rules' results, and the chair's overrides in it.
@Suite struct EligibilityVerdictTests {
    @Test(arguments: [
        ([RuleResult.pass, .pass, .pass], EligibilityResult.eligible),
        ([.pass, .needsCheck, .pass], .needsCheck),
        ([.pass, .fail, .pass], .ineligible),
        ([.needsCheck, .fail, .needsCheck], .ineligible),
        ([.fail, .needsCheck], .ineligible),
        ([], .eligible),
    ])
    func aFailOutweighsANeedsCheck(results: [RuleResult], verdict: EligibilityResult) {
        #expect(EligibilityResult(combining: results) == verdict)
    }

    @Test func aCandidateWhoPassesEveryRuleIsEligible() {
        let assessment = ProfileFixture.engine.assess(ProfileFixture.candidate())
        #expect(assessment.result == .eligible)
        #expect(assessment.outcomes.map(\.rule) == EligibilityRule.allCases)
        #expect(assessment.unresolved.isEmpty)
        #expect(!assessment.hasOverrides)
    }

    @Test func anOverrideDecidesTheRuleAndSaysSo() {
        let candidate = ProfileFixture.candidate([.castFunctionGroup: "III"])
        #expect(ProfileFixture.engine.assess(candidate).result == .ineligible)
        let override = EligibilityOverride(
            .cast, .pass, reason: "EPSO confirmed an FG IV pass on 3 December (letter ref. 123)")
        let assessment = ProfileFixture.engine.assess(candidate, overrides: [override])
        #expect(assessment.result == .eligible)
        let cast = assessment.outcome(.cast)
        #expect(cast.isOverridden && cast.result == .pass && cast.check.result == .fail)
        #expect(
            cast.description
                == "cast: overridden to pass: EPSO confirmed an FG IV pass on 3 December (letter ref. 123) (the data gave fail: FG III passed: function group III is not accepted (needed: FG IV, passed or registered))"
        )
        #expect(assessment.hasOverrides)
        #expect(!assessment.outcome(.languages).isOverridden)
    }

    @Test func anOverrideCanFailARuleAndSettleANeedsCheck() {
        let unclear = ProfileFixture.candidate([.militaryService: "done"])
        #expect(ProfileFixture.engine.assess(unclear).result == .needsCheck)
        let settled = ProfileFixture.engine.assess(
            unclear,
            overrides: [EligibilityOverride(.military, .pass, reason: "certificate seen")])
        #expect(settled.result == .eligible)
        let failed = ProfileFixture.engine.assess(
            ProfileFixture.candidate(),
            overrides: [
                EligibilityOverride(.education, .fail, reason: "diploma withdrawn by the issuer")
            ])
        #expect(failed.result == .ineligible)
        #expect(failed.unresolved.map(\.rule) == [.education])
    }

    @Test func theLastOverrideOfARuleCounts() {
        let assessment = EligibilityAssessment(
            checks: ProfileFixture.engine.checks(ProfileFixture.candidate()),
            overrides: [
                EligibilityOverride(.deadline, .fail, reason: "first"),
                EligibilityOverride(.deadline, .pass, reason: "second"),
            ])
        #expect(assessment.outcome(.deadline).override?.reason == "second")
        #expect(assessment.result == .eligible)
    }

    @Test func storedChecksAreCombinedAgainAndAMissingOneNeedsACheck() {
        let checks = ProfileFixture.engine.checks(ProfileFixture.candidate())
        let partial = EligibilityAssessment(checks: checks.filter { $0.rule != .languages })
        #expect(partial.result == .needsCheck)
        #expect(partial.outcome(.languages).reason == "not checked yet")
        let shuffled = EligibilityAssessment(checks: checks.reversed())
        #expect(shuffled.outcomes.map(\.rule) == EligibilityRule.allCases)
        #expect(shuffled.result == .eligible)
    }

    @Test func checksAndOverridesKeepTheirWordsInJSON() throws {
        let check = RuleCheck(.languages, .needsCheck, "no languages given")
        let data = try JSONEncoder().encode(check)
        #expect(
            String(decoding: data, as: UTF8.self).contains("\"result\":\"needs_check\""))
        #expect(try JSONDecoder().decode(RuleCheck.self, from: data) == check)
        let override = EligibilityOverride(.cast, .fail, reason: "x")
        #expect(
            try JSONDecoder().decode(
                EligibilityOverride.self, from: JSONEncoder().encode(override)) == override)
    }
}
