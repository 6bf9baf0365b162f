import ShortlistCore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Key sequences through the real keymap and dispatcher, asserting state and screen.
@Suite struct KeyDispatchTests {
    static let many = (1...500).map {
        FixtureCandidates.make(
            $0, "Surname\(String(format: "%03d", $0))", "Given", nationality: "FR")
    }

    @Test func arrowsAndViKeysMoveTheSelection() throws {
        let ui = try UIHarness()
        ui.press(.down, .character("j"), .character("j"), .up)
        #expect(ui.app.state.selected == 2)
        #expect(ui.lines[4].hasPrefix("▶ Żółć, Łukasz"))
        ui.press(.character("k"), .character("k"), .character("k"))
        #expect(ui.app.state.selected == 0, "stops at the top")
        #expect(ui.lines.last!.hasPrefix(" 1/12  ui.db"))
    }

    @Test func pagesAndJumpsThroughFiveHundred() throws {
        let ui = try UIHarness(candidates: Self.many)
        // 24 rows: title, header, status leave 21 rows of candidates.
        ui.press(.pageDown)
        #expect(ui.app.state.selected == 21)
        #expect(ui.app.state.top == 21)
        ui.press(.character("G"))
        #expect(ui.app.state.selected == 499)
        #expect(ui.lines[22].hasPrefix("▶ Surname500"))
        #expect(ui.lines.last!.hasPrefix(" 500/500"))
        ui.press(.pageUp)
        #expect(ui.app.state.selected == 478)
        ui.press(.home)
        #expect(ui.app.state.selected == 0 && ui.app.state.top == 0)
        ui.press(.end, .character("g"), .ctrl("f"))
        #expect(ui.app.state.selected == 21)
    }

    @Test func enterOpensTabSwitchesEscCloses() throws {
        let ui = try UIHarness(width: 120, height: 40)
        ui.press(.down, .enter)
        #expect(ui.app.state.detailOpen && ui.app.state.focus == .detail)
        #expect(ui.screen.contains("Иванова, Мария · APP-0000002"))
        ui.press(.tab)
        #expect(ui.app.state.focus == .list)
        ui.press(.down)
        #expect(
            ui.screen.contains("Żółć, Łukasz · APP-0000003"), "the detail follows the selection")
        ui.press(.tab, .escape)
        #expect(!ui.app.state.detailOpen)
        ui.press(.tab)
        #expect(ui.app.state.detailOpen, "Tab opens the detail when it is closed")
    }

    @Test func sortByNameKeepsTheSelectedCandidate() throws {
        let ui = try UIHarness()
        ui.press(.character("j"), .character("j"), .character("j"))  // Müller
        ui.press(.character("s"))
        #expect(ui.app.window.order == .name)
        let row = ui.lines.first { $0.hasPrefix("▶ ") }
        #expect(row?.hasPrefix("▶ Müller, Jürgen") == true)
        #expect(ui.lines.last!.contains("sorted by name"))
        ui.press(.character("s"))
        #expect(ui.app.state.selected == 3)
    }

    @Test func helpIsGeneratedFromTheCommandTable() throws {
        let ui = try UIHarness(width: 100, height: 40)
        ui.press(.character("?"))
        #expect(ui.app.state.helpOpen)
        Golden.check(ui.screen, "help-100x40")
        let help = ui.helpLines()
        for command in Command.all {
            let line = help.first { $0.contains(" \(command.title) ") }
            #expect(
                line?.contains(String(command.description.prefix(30))) == true,
                "\(command.id) is in the help")
        }
        ui.press(.character("q"))
        #expect(
            !ui.app.state.helpOpen && ui.app.state.exitCode == nil, "q closes help, not the app")
        ui.press(.character("q"))
        #expect(ui.app.state.exitCode == 0)
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        let ui = try UIHarness(candidates: Self.many)
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 10, y: 6))))
        #expect(ui.app.state.selected == 4, "row 6 on screen is the fifth candidate")
        ui.send(.mouse(MouseEvent(action: .wheelDown, position: Position(x: 10, y: 6))))
        #expect(ui.app.state.selected == 7)
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 10, y: 6 - 3 + 3))))
        ui.send(
            .mouse(
                MouseEvent(action: .press, position: Position(x: 10, y: 2 + 7 - ui.app.state.top))))
        #expect(ui.app.state.detailOpen, "a click on the selected row opens it")
    }

    @Test func scrollBarClickJumps() throws {
        let ui = try UIHarness(candidates: Self.many)
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 79, y: 22))))
        #expect(ui.app.state.selected == 499)
    }

    @Test func signalsEndTheSessionWithTheirStatus() throws {
        let ui = try UIHarness()
        ui.send(.interrupt(15))
        #expect(ui.app.state.exitCode == 143)
    }

    @Test func resizeRedrawsAtOnce() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.backend.resize(width: 120, height: 40)
        ui.app.processPendingEvents()
        #expect(ui.lines.count == 40)
        #expect(ui.lines[1].contains("Application"), "the id column appears from 100 columns")
        ui.backend.resize(width: 50, height: 10)
        ui.app.processPendingEvents()
        #expect(ui.screen.contains("Terminal too small"))
    }

    @Test func whileTooSmallOnlyQuittingWorks() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.backend.resize(width: 10, height: 3)
        ui.app.processPendingEvents()
        ui.press(.character("j"), .character("G"), .enter, .character("/"))
        #expect(ui.app.state.selected == 0, "no key acts unseen")
        #expect(!ui.app.state.detailOpen && ui.app.state.commandLine == nil)
        ui.press(.character("q"))
        #expect(ui.app.state.exitCode == 0)
    }
}
