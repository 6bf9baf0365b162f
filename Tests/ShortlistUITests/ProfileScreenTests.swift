import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The call profile as a screen (`C`): each value said to be the call's or the panel's, the
/// adoption shown; the chair adopts from it (`A`, after a confirmation) through the store's
/// `adoptGrid`, as `shortlist profile adopt` does; anyone else gets the store's refusal.
@Suite struct ProfileScreenTests {
    private func proposal(_ name: String = "chair", width: Int = 80, height: Int = 24) throws
        -> UIHarness
    {
        try UIHarness(width: width, height: height, actor: name, roundOpen: false)
    }

    @Test func goldenNotAdoptedAndAdopted() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let ui = try proposal(width: width, height: height)
            ui.press(.character("C"))
            #expect(ui.app.state.profile != nil)
            Golden.check(ui.screen, "profile-not-adopted-\(width)x\(height)")
            ui.press(.character("a"), .character("k"), .enter)
            Golden.check(ui.screen, "profile-adopted-\(width)x\(height)")
        }
    }

    @Test func eachValueSaysWhoseItIs() throws {
        let ui = try proposal(width: 120, height: 40)
        ui.press(.character("C"))
        var seen = ""
        for _ in 0..<40 {
            seen += ui.screen
            ui.press(.character("j"))
        }
        #expect(seen.contains("stated by the call"))
        #expect(seen.contains("the panel's choice"))
        #expect(seen.contains("Overall pass mark"))
        #expect(seen.contains("Reserve list"))
        #expect(seen.contains("Not adopted"))
    }

    @Test func theChairAdoptsFromTheScreen() throws {
        let ui = try proposal()
        ui.press(.character("C"), .character("a"))
        #expect(ui.app.state.dialog?.purpose == .adoptGrid)
        #expect(ui.screen.contains("Adopt this grid?"))
        #expect(ui.screen.contains("cannot change"))
        // Cancel is the default choice: Enter alone adopts nothing.
        ui.press(.enter)
        #expect(try ui.store.gridAdoption() == nil)
        ui.press(.character("a"), .character("k"), .enter)
        let adoption = try #require(try ui.store.gridAdoption())
        #expect(adoption.by == "chair")
        #expect(adoption.gridSHA256 != nil)
        let entries = try ui.store.auditLog(by: ui.store.acting(as: "chair"))
            .filter { $0.action == "profile.adopt" }
        #expect(entries.count == 1)
        #expect(entries.first?.actor == "chair")
        #expect(ui.app.state.profile?.view.adoption == adoption)
        #expect(ui.screen.contains("adopted by chair"))
        // Adopted, the key says so and changes nothing.
        ui.press(.character("a"))
        #expect(ui.app.state.dialog == nil)
        #expect(ui.screen.contains("already adopted"))
    }

    @Test func aMemberIsRefusedWithTheStoresMessage() throws {
        let ui = try proposal("member1")
        ui.press(.character("C"))
        #expect(!ui.screen.contains("adopt the grid"))
        ui.press(.character("a"))
        #expect(ui.app.state.dialog == nil)
        #expect(try ui.store.gridAdoption() == nil)
        let said = try #require(ui.app.state.message)
        #expect(said.isError)
        #expect(ui.app.state.messages.contains(said))
        // The words are the store's own refusal.
        #expect(throws: (any Error).self) {
            try ui.store.adoptGrid(by: ui.store.acting(as: "member1"))
        }
        do {
            try ui.store.adoptGrid(by: ui.store.acting(as: "member1"))
        } catch {
            #expect(said.text == "\(error)")
        }
    }

    @Test func escapeCloses() throws {
        let ui = try proposal()
        ui.press(.character("C"), .escape)
        #expect(ui.app.state.profile == nil)
    }
}

extension ProfileScreenTests {
    /// A member watching the profile sees the chair's adoption from another process.
    @Test func anAdoptionElsewhereShowsOnTheOpenScreen() throws {
        let ui = try proposal("member1", width: 120, height: 40)
        ui.app.changeFeed = try WatchedChanges(store: ui.store)
        ui.app.liveInterval = 0
        ui.press(.character("C"))
        #expect(ui.app.state.profile?.view.adoption == nil)
        let other = try SQLiteStore.open(at: ui.store.url, clock: UIHarness.clock)
        try other.adoptGrid(by: other.acting(as: "chair"))
        #expect(ui.app.pollExternalChanges())
        ui.app.render()
        #expect(ui.app.state.profile?.view.adoption?.by == "chair")
        #expect(ui.screen.contains("adopted by chair"))
    }
}
