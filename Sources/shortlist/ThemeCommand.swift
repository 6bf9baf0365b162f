import ArgumentParser
import Foundation
import ShortlistUI

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "List the themes, or print one to start your own from.",
        discussion: """
            Your own themes are TOML files in $XDG_CONFIG_HOME/shortlist/themes/ \
            (~/.config/shortlist/themes/). To start one: \
            shortlist theme dump default > ~/.config/shortlist/themes/mine.toml
            """,
        subcommands: [ThemeListCommand.self, ThemeDumpCommand.self])
}

struct ThemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The themes, built-in and yours, with what they are for.")

    func run() throws {
        let settings = UserSettings(environment: ProcessInfo.processInfo.environment)
        let catalog = settings.catalog
        let width = catalog.names.map(\.count).max() ?? 0
        for name in catalog.names {
            let source = catalog.sources[name]!
            let description: String
            do {
                description = try catalog.document(named: name).description ?? ""
            } catch {
                description = "does not load: shortlist config check"
            }
            let origin = source.isBuiltIn ? "built in" : source.file
            Console.output(
                "\(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(description) (\(origin))"
            )
        }
        for problem in catalog.problems { Console.error("\(problem)") }
    }
}

struct ThemeDumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a theme's file exactly as it is (the built-in ones are in the binary).")

    @Argument(
        help: ArgumentHelp("The theme's name.", valueName: "name"),
        completion: .custom { _, _, _ in
            ThemeCatalog(
                userDirectory: ConfigLocation(environment: ProcessInfo.processInfo.environment)
                    .themesDirectory
            ).names
        })
    var name: String

    func run() throws {
        let settings = UserSettings(environment: ProcessInfo.processInfo.environment)
        guard let source = settings.catalog.sources[name] else {
            Console.error(
                "no theme “\(name)”; the themes are \(settings.catalog.names.joined(separator: ", "))"
            )
            throw ExitCode(2)
        }
        Console.output(source.text, terminator: "")
    }
}
