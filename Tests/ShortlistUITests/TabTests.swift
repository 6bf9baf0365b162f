import ShortlistCore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The detail's tabs through the real dispatcher: keys, clicks, and the tab kept while the
/// selection moves.
@Suite struct TabTests {
    @Test func numberKeysSwitchTabs() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: PanelFixture.prepare)
        ui.press(.character("2"))
        #expect(ui.app.state.detailOpen && ui.app.state.detailTab == .eligibility)
        #expect(ui.screen.contains("[2 Eligibility]"))
        #expect(ui.screen.contains("nationality"))
        ui.press(.character("3"))
        #expect(ui.app.state.detailTab == .screening)
        #expect(ui.screen.contains("[3 Screening]"))
        ui.press(.character("4"))
        #expect(ui.app.state.detailTab == .audit)
        #expect(ui.screen.contains("Audit trail of APP-0000001"))
        ui.press(.character("1"))
        #expect(ui.app.state.detailTab == .details)
        #expect(ui.screen.contains("Curriculum vitae"))
    }

    @Test func theTabStaysWhileTheSelectionMoves() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: PanelFixture.prepare)
        ui.press(.character("2"), .tab)
        #expect(ui.app.state.focus == .list)
        ui.press(.down)
        #expect(ui.app.state.detailTab == .eligibility)
        #expect(ui.screen.contains("Иванова, Мария · APP-0000002"))
        #expect(ui.screen.contains("overridden"), "APP-0000002's override is shown")
    }

    @Test func aClickOnATabSelectsIt() throws {
        let ui = try UIHarness(width: 120, height: 40)
        ui.press(.enter)
        let tabRow = 2
        let line = ui.lines[tabRow]
        let column = line[..<(try #require(line.range(of: "3 Screening")).lowerBound)].displayWidth
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: column + 2, y: tabRow))))
        #expect(ui.app.state.detailTab == .screening)
        #expect(ui.app.state.focus == .detail)
    }

    @Test func inANarrowTerminalATabKeyShowsTheDetail() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.press(.character("2"))
        #expect(ui.app.state.detailOpen && ui.app.state.focus == .detail)
        #expect(ui.screen.contains("[2 Eligibility]"))
        ui.press(.escape)
        #expect(!ui.app.state.detailOpen)
        ui.press(.down, .character("3"))
        #expect(ui.screen.contains("Иванова, Мария · APP-0000002"))
    }
}
