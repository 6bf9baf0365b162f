import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// A chair or member who has not declared is asked to, in a dialog, at their first look at a
/// candidate's record; Enter declares both through the store and the record opens, Esc
/// declares nothing and opens nothing. `:declare` asks at any time.
@Suite struct DeclarationDialogTests {
    private func undeclared(_ name: String = "member2", width: Int = 80, height: Int = 24)
        throws -> UIHarness
    {
        try UIHarness(
            width: width, height: height, actor: name, roundOpen: false,
            prepare: { store in try store.adoptGrid(by: store.acting(as: "chair")) })
    }

    @Test func enterOnACandidateAsksThenDeclaresAndOpensTheDetail() throws {
        let ui = try undeclared()
        ui.press(.enter)
        #expect(ui.app.state.dialog?.purpose == .declare(then: .open))
        #expect(!ui.app.state.detailOpen)
        #expect(ui.screen.contains("confidential"))
        ui.press(.enter)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.detailOpen)
        let member = try ui.store.acting(as: "member2")
        #expect(try ui.store.hasDeclared(member))
        let actions = try ui.store.auditLog(candidate: nil, by: ui.store.acting(as: "chair"), limit: nil)
            .filter { $0.actor == "member2" && $0.action == "panel.declare" }
        #expect(actions.count == DeclarationKind.allCases.count)
        // Declared once: the next record opens without asking.
        ui.press(.escape, .character("j"), .enter)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.detailOpen)
    }

    @Test func escapeDeclaresNothingAndOpensNothing() throws {
        let ui = try undeclared()
        ui.press(.enter)
        #expect(ui.app.state.dialog != nil)
        ui.press(.escape)
        #expect(ui.app.state.dialog == nil)
        #expect(!ui.app.state.detailOpen)
        #expect(try !ui.store.hasDeclared(ui.store.acting(as: "member2")))
        #expect(try ui.store.declarations().isEmpty)
        #expect(ui.screen.contains("nothing declared"))
    }

    @Test func theDeclareCommandAsksAtAnyTime() throws {
        let ui = try undeclared("chair")
        ui.type(":declare")
        ui.press(.enter)
        #expect(ui.app.state.dialog?.purpose == .declare(then: nil))
        ui.press(.enter)
        #expect(try ui.store.hasDeclared(ui.store.acting(as: "chair")))
        #expect(!ui.app.state.detailOpen)
    }

    @Test func theSecretaryOpensRecordsWithoutDeclaring() throws {
        let ui = try undeclared("secretary")
        ui.press(.enter)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.detailOpen)
    }

    @Test func goldenDialog() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let ui = try undeclared(width: width, height: height)
            ui.press(.enter)
            Golden.check(ui.screen, "declaration-dialog-\(width)x\(height)")
        }
    }
}
