import Foundation
import ShortlistTestSupport
import TOMLSupport
import TerminalKit
import Testing

@testable import ShortlistUI

@Suite struct ConfigurationTests {
    @Test func everySettingIsRead() {
        let (config, problems) = Configuration.parse(
            text: """
                theme = "high-contrast"
                user = "member1"
                database = "~/panels/cnect.db"
                blind = true
                symbols = "ascii"
                mouse = false

                [keys.list]
                open = ["Enter", "o"]
                sort = "<disabled>"
                """, file: "config.toml", environment: ["HOME": "/home/ana"])
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.theme == "high-contrast")
        #expect(config.user == "member1")
        #expect(config.database == "/home/ana/panels/cnect.db")
        #expect(config.blind)
        #expect(config.symbols == .ascii)
        #expect(!config.mouse)
        #expect(
            config.keyBindings == [
                KeyBinding(
                    context: .list, command: .open, keys: [.enter, .character("o")],
                    file: "config.toml", line: 9),
                KeyBinding(context: .list, command: .sort, keys: [], file: "config.toml", line: 10),
            ])
    }

    @Test func unknownKeysAndBadValuesAreReportedWithTheirLine() {
        let (config, problems) = Configuration.parse(
            text: """
                theme = 3
                colour = "red"
                mouse = "yes"
                symbols = "fancy"

                [keys.list]
                open = "Hyper-x"
                jump = "J"

                [keys.sidebar]
                down = "j"
                """, file: "config.toml")
        let lines = problems.map(\.error.line)
        #expect(lines == [1, 2, 3, 4, 7, 8, 10], "\(problems)")
        #expect(problems.allSatisfy { $0.severity == .error })
        #expect(problems[1].description.hasPrefix("config.toml:2: colour: unknown key"))
        #expect(problems[4].error.reason.contains("“Hyper-x” is not a key"))
        #expect(problems[5].error.reason.contains("keys.list.jump: unknown command"))
        #expect(problems[6].error.reason.contains("keys.sidebar: unknown context"))
        // What was wrong is left out; the rest holds.
        #expect(config.theme == nil && config.mouse && config.symbols == .auto)
    }

    @Test func blindModeCanOnlyBeSwitchedOn() {
        let (off, problems) = Configuration.parse(text: "blind = false\n", file: "c.toml")
        #expect(!off.blind)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.error.reason.contains("never off") == true)
        let (on, none) = Configuration.parse(text: "blind = true\n", file: "c.toml")
        #expect(on.blind && none.isEmpty)
        let (_, bad) = Configuration.parse(text: "blind = \"no\"\n", file: "c.toml")
        #expect(bad.first?.severity == .error)
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let (_, problems) = Configuration.parse(text: "theme = \"mono\"\nuser = \n", file: "c.toml")
        #expect(problems.count == 1)
        #expect(problems.first?.error.line == 2)
    }

    @Test func settingsFromTheUsersFolder() throws {
        let folder = TemporaryDirectory("shortlist-config")
        let location = ConfigLocation(directory: folder.url)
        try FileManager.default.createDirectory(
            at: location.themesDirectory, withIntermediateDirectories: true)
        try "theme = \"mine\"\nsymbols = \"ascii\"\n[keys.global]\nquit = \"Q\"\n".write(
            to: location.configFile, atomically: true, encoding: .utf8)
        try "inherits = \"mono\"\n".write(
            to: location.themesDirectory.appendingPathComponent("mine.toml"), atomically: true,
            encoding: .utf8)
        let settings = UserSettings(environment: [:], location: location)
        #expect(settings.problems.isEmpty, "\(settings.problems)")
        #expect(settings.keymap.command(for: .character("Q"), in: .list) == .quit)
        #expect(settings.keymap.command(for: .character("q"), in: .list) == nil)
        let (theme, problems) = settings.startingTheme(
            commandLine: nil, environment: ["NO_COLOR": "1"], colorCount: 8)
        #expect(problems.isEmpty)
        #expect(theme.name == "mine", "a configured theme wins over NO_COLOR")
        #expect(theme.glyphs == .ascii)
        #expect(theme.depth == .ansi8)
    }

    @Test func aConfiguredThemeThatDoesNotExistIsReported() throws {
        let folder = TemporaryDirectory("shortlist-config")
        let location = ConfigLocation(directory: folder.url)
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try "\n\ntheme = \"neon\"\n".write(
            to: location.configFile, atomically: true, encoding: .utf8)
        let settings = UserSettings(environment: [:], location: location)
        #expect(settings.problems.first?.error.line == 3)
        #expect(settings.problems.first?.error.reason.contains("no theme “neon”") == true)
        let (theme, _) = settings.startingTheme(
            commandLine: nil, environment: [:], colorCount: 256)
        #expect(theme.name == "default")
    }

    @Test func theConfigurationLivesUnderXDGConfigHome() {
        #expect(
            ConfigLocation(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/a"])
                .configFile.path == "/x/conf/shortlist/config.toml")
        #expect(
            ConfigLocation(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"])
                .themesDirectory.path == "/home/a/.config/shortlist/themes")
    }
}
