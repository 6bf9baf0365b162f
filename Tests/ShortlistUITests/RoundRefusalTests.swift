import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The screening form (`m`) and the scorecard (`c`) are not opened before the panel adopts
/// its grid (the store's refusal is shown instead), nor for a member who has not declared
/// (the declaration dialog opens instead).
@Suite struct RoundRefusalTests {
    @Test func screeningBeforeAdoptionShowsHowToAdopt() throws {
        let ui = try UIHarness(width: 120, height: 40, actor: "member2", roundOpen: false)
        ui.press(.character("m"))
        #expect(ui.app.state.form == nil)
        #expect(
            ui.screen.contains("shortlist profile adopt --user chair"), "\(ui.lines.last ?? "")")
    }

    @Test func aMemberWhoHasNotDeclaredIsAskedToDeclare() throws {
        let ui = try UIHarness(
            width: 160, height: 40, actor: "member2", roundOpen: false,
            prepare: { store in
                try store.adoptGrid(by: store.acting(as: "chair"))
                try store.invite(
                    Array(try store.eligibleApplicationIDs(limit: 1)), by: store.acting(as: "chair")
                )
            })
        ui.press(.character("m"))
        #expect(ui.app.state.form == nil)
        #expect(ui.app.state.dialog?.purpose == .declare(then: .screen))
        ui.press(.escape)
        ui.press(.character("c"))
        #expect(ui.app.state.dialog?.purpose == .declare(then: .scorecard))
        ui.press(.escape)
        #expect(try !ui.store.hasDeclared(ui.store.acting(as: "member2")))
        try ui.store.declare(by: ui.store.acting(as: "member2"))
        ui.press(.character("m"))
        #expect(ui.app.state.form != nil)
    }
}
