import TerminalKit
import Testing

@testable import ShortlistUI

/// The list in three themes, styles included: the golden files show one letter a cell and
/// which theme roles each letter stands for.
@Suite struct ThemeGoldenTests {
    @Test(arguments: ["default", "mono", "high-contrast"])
    func listWithStyles(themeName: String) throws {
        let theme = try ThemeCatalog.builtIn.theme(named: themeName, depth: .indexed256)
        let ui = try UIHarness(width: 80, height: 24, theme: theme)
        ui.press(.down, .down)
        Golden.check(
            StyledScreen.render(ui.backend.screen, theme: theme), "list-styled-\(themeName)-80x24")
    }

    @Test func eightColourTerminalGetsTheEightColourFallbacks() throws {
        let theme = try ThemeCatalog.builtIn.theme(named: "high-contrast", depth: .ansi8)
        let ui = try UIHarness(width: 80, height: 24, theme: theme, colorCount: 8)
        Golden.check(
            StyledScreen.render(ui.backend.screen, theme: theme),
            "list-styled-high-contrast-8-colours-80x24")
        for y in 0..<24 {
            for x in 0..<80 {
                let style = ui.backend.screen[x, y].style
                for color in [style.foreground, style.background] {
                    if case .ansi(let n) = color { #expect(n < 8) }
                    if case .indexed = color { Issue.record("256-colour index on 8 colours") }
                }
            }
        }
    }
}
