import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The Eligibility tab, and overrides through its dialog: the chair's are stored and
/// audited, anyone else's refused with the reason and nothing changed.
@Suite struct EligibilityTabTests {
    @Test func everyRuleWithItsReasonAndTheOverrideAt80x24() throws {
        let ui = try UIHarness(width: 80, height: 24, prepare: PanelFixture.prepare)
        ui.press(.down, .character("2"))
        Golden.check(ui.screen, "eligibility-overridden-80x24")
        ui.press(.character("G"))
        Golden.check(ui.screen, "eligibility-overridden-end-80x24")
    }

    @Test func everyRuleWithItsReasonAndTheOverrideAt120x40() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: PanelFixture.prepare)
        ui.press(.down, .character("2"))
        Golden.check(ui.screen, "eligibility-overridden-120x40")
        let text = ui.detailText
        for rule in EligibilityRule.allCases {
            #expect(text.contains(" \(rule.rawValue) "), "\(rule) is listed")
        }
        #expect(text.contains(PanelFixture.castJustification))
        #expect(text.contains("the data gave ✗ fail:"), "what the data said stays visible")
        #expect(text.contains("⚑ overridden"))
    }

    @Test func theChairOverridesARuleThroughTheDialog() throws {
        let ui = try UIHarness(width: 120, height: 40)
        let dvorak = PanelFixture.dvorak
        ui.press(.character("j"), .character("j"), .character("j"), .character("j"))
        ui.press(.character("j"), .character("2"))
        #expect(ui.screen.contains("Dvořák, Jiří · APP-0000006"))
        let auditBefore = try ui.store.auditLog(by: ui.store.acting(as: "chair")).count
        ui.press(.character("o"))
        let form = try #require(ui.app.state.form)
        #expect(form.value("rule") == "cast", "the first rule that does not pass")
        #expect(form.value("result") == "pass")
        Golden.check(ui.screen, "override-dialog-120x40")

        // Saving without a justification is refused in the form itself.
        ui.press(.enter)
        #expect(ui.app.state.form?.problem == "justification is required")
        #expect(ui.app.state.form?.focused.name == "reason")
        ui.type("FG IV CAST passed in 2024, certificate seen")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(
            ui.lines.last?.contains("APP-0000006: cast overridden to pass; now eligible") == true)

        let assessment = try #require(try ui.store.eligibility(of: dvorak))
        #expect(assessment.outcome(.cast).override?.result == .pass)
        #expect(
            assessment.outcome(.cast).override?.reason
                == "FG IV CAST passed in 2024, certificate seen")
        #expect(assessment.result == .eligible)
        let trail = try ui.store.auditLog(candidate: dvorak, by: ui.store.acting(as: "chair"))
        let entry = try #require(trail.last)
        #expect(entry.action == "eligibility.override" && entry.actor == "chair")
        #expect(entry.after?.contains("FG IV CAST passed in 2024, certificate seen") == true)
        #expect(entry.before?.contains("fail") == true)
        #expect(try ui.store.auditLog(by: ui.store.acting(as: "chair")).count == auditBefore + 1)

        #expect(ui.screen.contains("⚑ overridden"), "the tab shows it at once")
        let row = try #require(ui.lines.first { $0.hasPrefix("▶ Dvořák") })
        #expect(row.contains("✓ eligible ⚑"), "and the list: \(row)")
    }

    @Test func theRuleChosenSetsTheOppositeResult() throws {
        let ui = try UIHarness(width: 120, height: 40)
        ui.press(.character("o"))
        #expect(ui.app.state.form?.value("rule") == "nationality", "every rule passes")
        #expect(ui.app.state.form?.value("result") == "fail")
        ui.press(.right, .right, .right, .right)
        #expect(ui.app.state.form?.value("rule") == "cast")
        #expect(ui.app.state.form?.value("result") == "fail", "cast passes for this candidate")
        ui.press(.escape)
        #expect(ui.app.state.form == nil)
        #expect(try ui.store.overriddenApplications().isEmpty, "cancelled: nothing stored")
    }

    @Test func theChairWithdrawsAnOverride() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: PanelFixture.prepare)
        ui.press(.down, .character("2"), .character("w"))
        let form = try #require(ui.app.state.form)
        #expect(form.value("rule") == "cast")
        ui.press(.down)
        ui.type("the certificate was for FG III after all")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(
            ui.lines.last?.contains("the override of cast is withdrawn; now ineligible") == true)
        #expect(try ui.store.eligibility(of: PanelFixture.ivanova)?.outcome(.cast).override == nil)
        let trail = try ui.store.auditLog(
            candidate: PanelFixture.ivanova, by: ui.store.acting(as: "chair"))
        #expect(trail.last?.action == "eligibility.override-withdrawn")
        #expect(!ui.screen.contains("⚑"))
    }

    @Test func aMembersOverrideIsRefusedWithTheReasonAndNothingChanges() throws {
        let ui = try UIHarness(width: 120, height: 40, actor: "member1")
        let chair = try ui.store.acting(as: "chair")
        let before = try ui.store.auditLog(by: chair).count
        ui.press(.character("j"), .character("j"), .character("j"), .character("j"))
        ui.press(.character("j"), .character("2"), .character("o"))
        #expect(ui.app.state.form == nil, "no dialog opens")
        let refusal =
            "member1 is a member and cannot override an eligibility rule: only the chair can"
        #expect(ui.app.state.message == StatusMessage(refusal, isError: true))
        #expect(ui.lines.last?.contains(refusal) == true)
        #expect(ui.detailText.contains("Overrides: \(refusal)."), "the tab says who may")
        ui.press(.character("w"))
        #expect(ui.app.state.form == nil)
        #expect(try ui.store.overriddenApplications().isEmpty)
        #expect(try ui.store.eligibility(of: PanelFixture.dvorak)?.result == .ineligible)
        #expect(try ui.store.auditLog(by: chair).count == before, "nothing was recorded")
    }

    @Test func theSecretaryIsRefusedToo() throws {
        let ui = try UIHarness(width: 80, height: 24, actor: "secretary")
        ui.type(":override")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(
            ui.app.state.message?.text
                == "secretary is a secretary and cannot override an eligibility rule: only the chair can"
        )
    }
}
