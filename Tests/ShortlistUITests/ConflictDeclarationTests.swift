import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// `D` (issue 22): the acting member declares their own conflict of interest with the
/// selected candidate, with a reason, through the store's `declareConflict` (as `shortlist
/// panel conflict`). The two declarations moved to `Y`.
@Suite struct ConflictDeclarationTests {
    @Test func aMemberDeclaresTheirConflictFromTheCandidate() throws {
        let ui = try UIHarness(actor: "member1")
        let id = PanelFixture.ivanova
        #expect(ui.app.select(id))
        ui.press(.enter, .character("D"))
        let form = try #require(ui.app.state.form)
        #expect(form.purpose == .declareConflict(id))
        Golden.check(ui.screen, "conflict-form-80x24")
        ui.press(.enter)
        #expect(ui.app.state.form?.problem == "reason is required")
        ui.type("сестра моей жены")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(
            ui.app.state.message?.text == "Recorded: member1 has a conflict of interest with \(id)")
        let recorded = try ui.store.conflicts(of: "member1")
        #expect(recorded.map(\.applicationID) == [id])
        #expect(recorded.first?.reason == "сестра моей жены")
        let chair = try ui.store.acting(as: "chair")
        #expect(try ui.store.auditLog(by: chair).last?.action == "conflict.declare")

        // Said, not declared twice.
        ui.press(.character("D"))
        #expect(ui.app.state.form == nil)
        #expect(
            ui.app.state.message?.text.contains("already declared a conflict of interest") == true)
        // Screening the candidate is now refused by the store.
        #expect(throws: (any Error).self) {
            try ui.store.screen(
                id, marks: [CriterionID("A1"): .met], by: ui.store.acting(as: "member1"))
        }
    }

    @Test func aReviewerMayNotDeclareAConflict() throws {
        let ui = try UIHarness(actor: "reviewer")
        ui.press(.character("D"))
        #expect(ui.app.state.overlays.isEmpty)
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .declareOwnConflict))
        #expect(try ui.store.conflicts(of: "reviewer").isEmpty)
    }

    @Test func yOpensTheTwoDeclarations() throws {
        let ui = try UIHarness(actor: "member1")
        ui.press(.character("Y"))
        #expect(ui.app.state.dialog?.purpose == .declare(then: nil))
    }
}
