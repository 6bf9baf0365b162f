import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// `B`: the chair switches the database's blind mode from the interface, through the store
/// (audited as `shortlist blind on|off`); nobody else may, and a user's own blind mode stays.
@Suite struct BlindToggleTests {
    @Test func theChairSwitchesBlindModeOnAndOffAndNamesFollow() throws {
        let ui = try UIHarness()
        let chair = try ui.store.acting(as: "chair")
        #expect(ui.screen.contains("Παπαδόπουλος"))
        ui.press(.character("B"))
        #expect(try ui.store.isBlind())
        #expect(ui.app.context.isBlind)
        #expect(ui.app.state.message?.text == "Blind mode is on")
        #expect(ui.lines[0].contains("blind mode"))
        for name in ["Παπαδόπουλος", "Иванова", "Żółć"] {
            #expect(!ui.screen.contains(name), "\(name)")
        }
        #expect(try ui.store.auditLog(by: chair).last?.action == "blind.on")
        Golden.check(ui.screen, "list-blind-on-80x24")

        ui.type(":blind")
        ui.press(.enter)
        #expect(try !ui.store.isBlind())
        #expect(!ui.app.context.isBlind)
        #expect(ui.app.state.message?.text == "Blind mode is off")
        #expect(ui.screen.contains("Παπαδόπουλος"))
        #expect(try ui.store.auditLog(by: chair).last?.action == "blind.off")
    }

    /// The chair switches blind mode in another process (two stores on one file): an open
    /// session follows on its next look at the change feed, names hidden, then shown again.
    @Test func blindModeSwitchedByAnotherProcessIsFollowed() throws {
        let (ui, invited) = try LiveChangesTests.watching("member1")
        let names = ["Παπαδόπουλος", "Иванова", "Żółć"]
        for name in names { #expect(ui.screen.contains(name), "\(name)") }
        let other = try LiveChangesTests.otherProcess(ui)
        let chair = try other.acting(as: "chair")
        try other.setBlindMode(true, reason: "", by: chair)
        #expect(ui.app.pollExternalChanges())
        ui.app.processPendingEvents()
        #expect(ui.app.context.isBlind)
        #expect(ui.lines[0].contains("blind mode"))
        for name in names { #expect(!ui.screen.contains(name), "\(name)") }
        #expect(ui.app.selectedID == invited[2], "the selection stays")

        try other.setBlindMode(false, reason: "", by: chair)
        #expect(ui.app.pollExternalChanges())
        ui.app.processPendingEvents()
        #expect(!ui.app.context.isBlind)
        #expect(!ui.lines[0].contains("blind mode"))
        for name in names { #expect(ui.screen.contains(name), "\(name)") }
    }

    /// A viewer's own blind mode stays on whatever another process does to the database's.
    @Test func aViewersOwnBlindModeStaysWhenAnotherProcessSwitchesItOff() throws {
        let ui = try UIHarness(blindViewer: true)
        ui.app.changeFeed = try WatchedChanges(store: ui.store)
        ui.app.liveInterval = 0
        let other = try LiveChangesTests.otherProcess(ui)
        try other.setBlindMode(true, reason: "", by: other.acting(as: "chair"))
        #expect(ui.app.pollExternalChanges())
        try other.setBlindMode(false, reason: "", by: other.acting(as: "chair"))
        #expect(ui.app.pollExternalChanges())
        ui.app.processPendingEvents()
        #expect(ui.app.context.isBlind)
        #expect(!ui.screen.contains("Παπαδόπουλος"))
    }

    @Test func aUsersOwnBlindModeStaysWhenTheDatabasesGoesOff() throws {
        let ui = try UIHarness(blindViewer: true)
        ui.press(.character("B"))
        #expect(try ui.store.isBlind())
        ui.press(.character("B"))
        #expect(try !ui.store.isBlind())
        #expect(ui.app.context.isBlind, "the viewer's own setting")
        #expect(!ui.screen.contains("Παπαδόπουλος"))
        #expect(ui.app.state.message?.text.hasPrefix("Blind mode is off for the panel") == true)
    }

    @Test(arguments: ["member1", "secretary", "reviewer"])
    func onlyTheChairMaySwitchIt(_ actor: String) throws {
        let ui = try UIHarness(actor: actor)
        ui.press(.character("B"))
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .setBlindMode))
        #expect(try !ui.store.isBlind())
        #expect(ui.screen.contains("Παπαδόπουλος"))
    }
}
