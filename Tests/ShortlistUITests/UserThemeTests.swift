import Foundation
import ShortlistTestSupport
import TOMLSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Themes in the user's folder: inheritance, and every mistake named by file, line and key.
@Suite struct UserThemeTests {
    let folder = TemporaryDirectory("shortlist-themes")

    func catalog(_ files: [String: String]) throws -> ThemeCatalog {
        for (name, text) in files {
            try text.write(to: folder.file("\(name).toml"), atomically: true, encoding: .utf8)
        }
        return ThemeCatalog(userDirectory: folder.url)
    }

    func problems(_ name: String, in catalog: ThemeCatalog) -> [TOMLFileError] {
        do {
            _ = try catalog.theme(named: name, depth: .indexed256)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func aThemeInheritsAndItsPaletteReachesTheParentsRoles() throws {
        let catalog = try catalog([
            "mine": """
            inherits = "default"
            [palette]
            accent = [99, "magenta"]
            [roles]
            row = { fg = "accent" }
            """
        ])
        #expect(catalog.names == ThemeCatalog.builtInNames + ["mine"])
        let theme = try catalog.theme(named: "mine", depth: .indexed256)
        #expect(theme[.row].foreground == .indexed(99))
        // default's column-header names "accent": the child's palette entry wins.
        #expect(theme[.columnHeader].foreground == .indexed(99))
        #expect(theme[.columnHeader].attributes == [.bold, .underline])
        // What the child leaves alone is the parent's.
        #expect(theme[.selectedRow] == Theme.default[.selectedRow])
        let sixteen = try catalog.theme(named: "mine", depth: .ansi16)
        #expect(sixteen[.row].foreground == .magenta)
    }

    @Test func mistakesAreReportedWithFileLineAndKey() throws {
        let catalog = try catalog([
            "broken": """
            inherits = "default"
            colour = "red"
            [palette]
            warm = [300, "orange"]
            [roles]
            row = { fg = "warm", bold = true }
            headline = { fg = "red" }
            label = { attrs = ["blink"] }
            """
        ])
        let found = problems("broken", in: catalog)
        let path = folder.file("broken.toml").path
        #expect(found.allSatisfy { $0.file == path })
        let byLine = Dictionary(grouping: found, by: \.line)
        #expect(byLine[2]?.first?.reason.hasPrefix("colour: unknown key") == true)
        #expect(byLine[4]?.first?.reason.contains("palette.warm") == true)
        #expect(byLine[6]?.first?.reason.contains("roles.row: unknown key “bold”") == true)
        #expect(byLine[7]?.first?.reason.contains("roles.headline: unknown role") == true)
        #expect(byLine[8]?.first?.reason.contains("roles.label: attrs") == true)
    }

    @Test func unknownPaletteNamesMissingRolesAndCyclesAreReported() throws {
        let catalog = try catalog([
            "typo": """
            inherits = "default"
            [roles]
            row = { fg = "acent" }
            """,
            "partial": """
            [roles]
            row = {}
            """,
            "a": "inherits = \"b\"\n",
            "b": "inherits = \"a\"\n",
            "orphan": "inherits = \"nowhere\"\n",
        ])
        let typo = problems("typo", in: catalog)
        #expect(typo.count == 1)
        #expect(typo.first?.line == 3)
        #expect(typo.first?.reason.contains("roles.row: fg: “acent” is not in the palette") == true)

        let partial = problems("partial", in: catalog)
        #expect(partial.first?.line == 1, "the [roles] table's line")
        #expect(partial.first?.reason.contains("selected-row") == true)
        #expect(partial.first?.reason.contains("inherits = \"default\"") == true)

        #expect(problems("a", in: catalog).first?.reason.contains("circle") == true)
        #expect(
            problems("orphan", in: catalog).first?.reason.contains("no theme “nowhere”") == true)
    }

    @Test func aBrokenThemeFallsBackToDefaultWithTheReason() throws {
        let catalog = try catalog(["broken": "[roles]\nrow = 3\n"])
        let (theme, failure) = catalog.themeOrDefault(
            named: "broken", depth: .indexed256, glyphs: .ascii)
        #expect(theme.name == "default")
        #expect(theme.glyphs == .ascii)
        #expect(failure?.problems.first?.line == 2)
    }

    @Test func aUserFileCannotReplaceABuiltInTheme() throws {
        let catalog = try catalog(["default": "[roles]\n"])
        #expect(catalog.sources["default"]?.isBuiltIn == true)
        #expect(catalog.problems.first?.reason.contains("built-in theme's name") == true)
    }

    @Test func switchingThemeLiveReportsABrokenOneAndKeepsTheCurrent() throws {
        let catalog = try catalog(["broken": "[roles]\nrow = 3\n"])
        let ui = try UIHarness(catalog: catalog)
        ui.app.execute("theme high-contrast")
        ui.app.render()
        #expect(ui.app.theme.name == "high-contrast")
        #expect(ui.lines.last?.contains("theme high-contrast") == true)
        ui.app.execute("theme broken")
        ui.app.render()
        #expect(ui.app.theme.name == "high-contrast")
        #expect(ui.app.state.message?.isError == true)
        #expect(ui.app.state.message?.text.contains("broken.toml:2") == true)
    }
}
