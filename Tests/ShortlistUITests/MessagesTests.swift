import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// Errors are said, never swallowed: a store error reaching the interface shows on the status
/// line and stays in the history that `:messages` lists.
@Suite struct MessagesTests {
    @Test func aFailedReadOfTheStoreIsSaidAndKept() throws {
        let ui = try UIHarness(width: 120, height: 40)
        try ui.store.close()
        // The list's marks (overrides, invitations, tags) are read again, from a closed
        // database: the list must not silently show none.
        ui.app.panelChanged()
        ui.app.render()
        let said = try #require(ui.app.state.message)
        #expect(said.isError)
        #expect(ui.lines.last?.contains(String(said.text.prefix(20))) == true)
        #expect(ui.app.state.messages.contains(said))
        let kept = ui.app.state.messages.count
        ui.app.panelChanged()
        ui.app.render()
        #expect(ui.app.state.messages.count == kept, "the same failure again is kept once")

        ui.type(":messages")
        ui.press(.enter)
        #expect(ui.app.state.dialog?.purpose == .messages)
        #expect(ui.app.state.dialog?.items.map(\.name).contains(said.text) == true)
        ui.press(.escape)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.messages.contains(said), "the history stays")
    }

    @Test func aRefusalIsKeptAndNewsIsNot() throws {
        let ui = try UIHarness(actor: "secretary")
        ui.press(.character("m"))
        #expect(ui.app.state.message?.isError == true)
        ui.press(.character("j"))
        #expect(ui.app.state.message == nil, "said once: the next key clears it")
        #expect(ui.app.state.messages.count == 1)
        ui.app.show("3 marked")
        #expect(ui.app.state.messages.count == 1, "only errors are kept")
    }
}
