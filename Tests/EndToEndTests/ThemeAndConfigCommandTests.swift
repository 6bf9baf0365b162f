import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist theme` and `shortlist config`, run as a user would, away from the source tree.
@Suite struct ThemeAndConfigCommandTests {
    let scratch = TemporaryDirectory("shortlist-themes")
    var folder: URL { scratch.url }
    let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")
    static let builtIn = ["default", "light", "high-contrast", "mono", "deuteranopia"]

    init() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("config/shortlist/themes"),
            withIntermediateDirectories: true)
    }

    /// The binary copied alone into a folder where no source is in reach, as it would be
    /// installed: the themes must come from inside it. `cp` writes the copy, so that no
    /// process this one starts meanwhile inherits the file open for writing (which would
    /// make it impossible to run: "text file busy").
    func copiedBinary() throws -> URL {
        let copy = folder.appendingPathComponent("shortlist")
        if !FileManager.default.fileExists(atPath: copy.path) {
            let result = try FileCapture.run(
                URL(fileURLWithPath: "/bin/cp"), [BuiltBinary.url.path, copy.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return copy
    }

    func run(_ arguments: [String]) throws -> BuiltBinary.Result {
        try FileCapture.run(
            try copiedBinary(), arguments,
            environment: [
                "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "NO_COLOR": "",
            ],
            currentDirectory: folder)
    }

    @Test(arguments: builtIn)
    func theBinaryCarriesEachBuiltInThemeExactlyAsItsFile(name: String) throws {
        let result = try run(["theme", "dump", name])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try String(
            contentsOf: themesFolder.appendingPathComponent("\(name).toml"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test func listShowsTheBuiltInAndTheUsersThemes() throws {
        try "inherits = \"mono\"\ndescription = \"Mine.\"\n".write(
            to: folder.appendingPathComponent("config/shortlist/themes/mine.toml"),
            atomically: true, encoding: .utf8)
        let result = try run(["theme", "list"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: " ")[0] }
        #expect(names == Self.builtIn.map { Substring($0) } + ["mine"])
        #expect(result.stdout.contains("Mine."))
        let dump = try run(["theme", "dump", "mine"])
        #expect(dump.stdout.hasPrefix("inherits = \"mono\""))
        let unknown = try run(["theme", "dump", "neon"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no theme “neon”"))
    }

    @Test func configCheckNamesFileAndLineAndFailsOnErrors() throws {
        let config = folder.appendingPathComponent("config/shortlist/config.toml")
        let clean = try run(["config", "check"])
        #expect(clean.status == 0)
        #expect(clean.stderr.contains("no configuration file"))

        try "theme = \"mono\"\nblind = false\n".write(to: config, atomically: true, encoding: .utf8)
        let warned = try run(["config", "check"])
        #expect(warned.status == 0, "a warning is not an error")
        #expect(warned.stderr.contains("config.toml:2: warning: blind"))

        try """
        theme = "mono"
        colour = "red"

        [keys.list]
        open = "s"
        sort = "s"
        """.write(to: config, atomically: true, encoding: .utf8)
        try "[roles]\nrow = { fg = \"nowhere\" }\n".write(
            to: folder.appendingPathComponent("config/shortlist/themes/bad.toml"),
            atomically: true, encoding: .utf8)
        let failed = try run(["config", "check"])
        #expect(failed.status == 1)
        let lines = failed.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "config.toml:2: colour: unknown key; the keys are theme, user, database, blind, symbols, mouse and [keys.CONTEXT] tables"
                )
            })
        #expect(
            lines.contains {
                $0.contains("config.toml:6: keys.list.sort: “s” is already bound to open")
            })
        #expect(lines.contains { $0.contains("bad.toml:1: roles:") })
        #expect(lines.last?.contains("errors") == true)
    }

    @Test func anUnknownThemeOnTheCommandLineIsAUsageError() throws {
        let result = try run(["demo", "--no-tui", "--theme", "neon", "--count", "1"])
        #expect(result.status == 2, "a usage error exits 2, as `shortlist --help` says")
        #expect(result.stderr.contains("no theme “neon”; the themes are default, light"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func shellCompletionScriptsAreGenerated(shell: String) throws {
        let result = try run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("shortlist"))
        #expect(result.stdout.contains("theme"))
    }
}
