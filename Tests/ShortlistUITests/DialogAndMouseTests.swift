import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The theme chooser, and the mouse in every list and pane.
@Suite struct DialogAndMouseTests {
    static let many = KeyDispatchTests.many

    func click(_ x: Int, _ y: Int) -> InputEvent {
        .mouse(MouseEvent(action: .press, position: Position(x: x, y: y)))
    }

    func wheel(down: Bool, _ x: Int, _ y: Int) -> InputEvent {
        .mouse(MouseEvent(action: down ? .wheelDown : .wheelUp, position: Position(x: x, y: y)))
    }

    @Test func theThemeChooserPreviewsAndEscPutsTheThemeBack() throws {
        let ui = try UIHarness()
        ui.press(.character("T"))
        #expect(ui.app.state.dialog != nil)
        Golden.check(ui.screen, "theme-dialog-80x24")
        ui.press(.down, .down)
        #expect(ui.app.theme.name == "high-contrast", "the theme shows while choosing")
        ui.press(.escape)
        #expect(ui.app.theme.name == "default" && ui.app.state.dialog == nil)
        ui.press(.character("T"), .character("G"), .enter)
        #expect(ui.app.theme.name == "deuteranopia")
        #expect(ui.lines.last?.contains("theme deuteranopia") == true)
    }

    @Test func theChooserMarksTheSelectionBySymbolAndCursor() throws {
        let ui = try UIHarness()
        ui.press(.character("T"), .down)
        let row = ui.lines.firstIndex { $0.contains("▶ light") }
        #expect(row != nil)
        #expect(ui.backend.cursor?.y == row)
    }

    @Test func mouseInTheChooser() throws {
        let ui = try UIHarness()
        ui.press(.character("T"))
        let row = try #require(ui.lines.firstIndex { $0.contains(" mono ") })
        let x = try #require(ui.lines[row].range(of: "mono")).lowerBound.utf16Offset(
            in: ui.lines[row])
        ui.send(click(x, row))
        #expect(ui.app.state.dialog?.selected == 3)
        #expect(ui.app.theme.name == "mono")
        ui.send(wheel(down: true, x, row))
        #expect(ui.app.state.dialog?.selected == 4)
        ui.send(wheel(down: false, x, row))
        ui.send(click(x, row))
        #expect(ui.app.state.dialog == nil, "a click on the selected item takes it")
        #expect(ui.app.theme.name == "mono")
        ui.press(.character("T"))
        ui.send(click(0, 1))
        #expect(ui.app.state.dialog == nil, "a click outside cancels")
        #expect(ui.app.theme.name == "mono")
    }

    @Test func clickingACompletionTakesIt() throws {
        let ui = try UIHarness()
        ui.type(":theme ")
        ui.press(.tab)
        let row = try #require(ui.lines.firstIndex { $0.hasPrefix("       light") })
        ui.send(click(8, row))
        #expect(ui.app.state.commandLine?.string == "theme light")
        #expect(ui.app.state.commandLine?.completions.isEmpty == true)
        ui.send(click(10, 5))
        #expect(ui.app.state.commandLine == nil, "a click elsewhere closes the line")
    }

    @Test func helpScrollsWithTheWheelAndClosesOnAClick() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.press(.character("?"))
        ui.send(wheel(down: true, 40, 10))
        #expect(ui.app.state.helpScroll == 3)
        ui.send(wheel(down: false, 40, 10))
        #expect(ui.app.state.helpScroll == 0)
        ui.send(click(40, 10))
        #expect(!ui.app.state.helpOpen)
    }

    @Test func clickingTheHelpHintOpensTheHelp() throws {
        let ui = try UIHarness()
        ui.send(click(70, 23))
        #expect(ui.app.state.helpOpen)
    }

    @Test func clickingTheDetailGivesItTheFocusAndTheWheelScrollsIt() throws {
        var long = FixtureCandidates.make(999, "Aardvark", "Long", nationality: "FR")
        long.cvText = (1...80).map { "Line \($0)." }.joined(separator: "\n")
        let ui = try UIHarness(width: 120, height: 40, candidates: [long] + Self.many)
        ui.press(.character("G"), .enter, .tab)
        #expect(ui.app.state.focus == .list)
        ui.send(click(100, 10))
        #expect(ui.app.state.focus == .detail)
        ui.send(wheel(down: true, 100, 10))
        #expect(ui.app.state.detailScroll == 3)
        ui.send(click(10, 5))
        #expect(ui.app.state.focus == .list)
        #expect(ui.app.state.selected == ui.app.state.top + 3)
    }
}
