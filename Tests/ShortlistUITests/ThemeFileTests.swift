import Foundation
import TOMLSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The theme files in Themes/: the built-in set, carried in the binary.
@Suite struct ThemeFileTests {
    @Test func themesFolderHoldsExactlyTheBuiltInSet() {
        let names = Repository.themeFiles.map { $0.deletingPathExtension().lastPathComponent }
        #expect(
            Set(names) == Set(["default", "light", "high-contrast", "mono", "deuteranopia"]))
        #expect(Set(names) == Set(ThemeCatalog.builtInNames))
    }

    @Test(arguments: Repository.themeFiles.map(\.lastPathComponent))
    func everyFileParsesAndDefinesEveryRoleItself(file: String) throws {
        let url = Repository.url("Themes/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let name = String(file.dropLast(".toml".count))
        let document = try ThemeDocument.parse(text: text, name: name, file: url.path)
        let missing = Set(ThemeRole.allCases).subtracting(document.definedRoles)
        #expect(missing.isEmpty, "\(file) leaves out \(missing.map(\.rawValue).sorted())")
        #expect(document.inherits == nil, "a built-in theme is a complete template")
        #expect(document.description?.isEmpty == false)
        for depth in ColorDepth.allCases {
            let theme = try ThemeCatalog.builtIn.theme(named: name, depth: depth)
            #expect(theme.styles.count == ThemeRole.allCases.count)
        }
    }

    @Test(arguments: Repository.themeFiles.map(\.lastPathComponent))
    func theEmbeddedTextIsTheFileByteForByte(file: String) throws {
        let text = try String(contentsOf: Repository.url("Themes/\(file)"), encoding: .utf8)
        let embedded = BuiltInThemeFiles.files.first { $0.name == file }?.text
        #expect(
            embedded == text,
            "run: python3 scripts/embed-text.py (see the head of BuiltInThemeFiles.swift)")
    }

    @Test func monoUsesNoColourAtAnyDepth() throws {
        for depth in ColorDepth.allCases {
            let theme = try ThemeCatalog.builtIn.theme(named: "mono", depth: depth)
            for role in ThemeRole.allCases {
                #expect(theme[role].foreground == .default && theme[role].background == .default)
            }
        }
    }

    @Test func noThemeUsesColourOnATerminalWithout() throws {
        for name in ThemeCatalog.builtInNames {
            let theme = try ThemeCatalog.builtIn.theme(named: name, depth: .none)
            for role in ThemeRole.allCases {
                #expect(theme[role].foreground == .default, "\(name) \(role)")
                #expect(theme[role].background == .default, "\(name) \(role)")
            }
        }
        // The colour's attribute fallback stands in: high-contrast's selection bar reverses.
        let mono = try ThemeCatalog.builtIn.theme(named: "high-contrast", depth: .none)
        #expect(mono[.error].attributes.contains(.reverse))
    }

    @Test func fallbacksFollowTheTerminal() throws {
        let catalog = ThemeCatalog.builtIn
        let rich = try catalog.theme(named: "high-contrast", depth: .indexed256)
        #expect(rich[.selectedRow].background == .indexed(226))
        let sixteen = try catalog.theme(named: "high-contrast", depth: .ansi16)
        #expect(sixteen[.selectedRow].background == .ansi(11))
        // On eight colours a bright foreground is the normal colour in bold; a bright
        // background is the normal colour.
        let eight = try catalog.theme(named: "high-contrast", depth: .ansi8)
        #expect(eight[.selectedRow].background == .ansi(3))
        #expect(eight[.base].foreground == .ansi(7))
        #expect(eight[.base].attributes.contains(.bold))
        // The default theme keeps to the terminal's own palette at every depth.
        let plain = try catalog.theme(named: "default", depth: .indexed256)
        #expect(plain[.columnHeader].foreground == .cyan)
        #expect(plain[.base] == .plain)
    }

    @Test func aColourWithoutAChoiceForTheTerminalDegrades() {
        let only256 = ColorFallbacks(choices: [.indexed(196)], attributes: [])
        #expect(only256.resolve(for: .ansi16, isForeground: true).0 == .ansi(9))
        #expect(only256.resolve(for: .ansi8, isForeground: true) == (.ansi(1), [.bold]))
        let withAttributes = ColorFallbacks(choices: [.indexed(196)], attributes: [.underline])
        #expect(
            withAttributes.resolve(for: .ansi16, isForeground: true) == (.default, [.underline]))
        #expect(withAttributes.resolve(for: .none, isForeground: true) == (.default, [.underline]))
    }

    @Test func highContrastBringsItsOwnBackgroundToEveryCell() throws {
        let theme = try ThemeCatalog.builtIn.theme(named: "high-contrast", depth: .indexed256)
        let ui = try UIHarness(theme: theme)
        for y in 0..<24 {
            for x in 0..<80 {
                #expect(ui.backend.screen[x, y].style.background != .default, "(\(x), \(y))")
            }
        }
    }

    @Test func noColourChoosesMonoUnlessTheUserChoseATheme() {
        let noColor = ["NO_COLOR": "1"]
        #expect(
            ThemeCatalog.startingThemeName(commandLine: nil, configured: nil, environment: noColor)
                == "mono")
        #expect(
            ThemeCatalog.startingThemeName(
                commandLine: "light", configured: nil, environment: noColor) == "light")
        #expect(
            ThemeCatalog.startingThemeName(
                commandLine: nil, configured: "deuteranopia", environment: noColor)
                == "deuteranopia")
        #expect(
            ThemeCatalog.startingThemeName(
                commandLine: "light", configured: "deuteranopia", environment: [:]) == "light")
        // https://no-color.org: an empty value does not count.
        #expect(
            ThemeCatalog.startingThemeName(
                commandLine: nil, configured: nil, environment: ["NO_COLOR": ""]) == "default")
    }
}
