import ArgumentParser
import Foundation
import ShortlistUI

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the configuration file and your themes, or say where they are.",
        discussion: "The format is described in docs/configuration.md.",
        subcommands: [ConfigCheckCommand.self, ConfigPathCommand.self])
}

struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in config.toml and your themes, with file and line.",
        discussion: """
            Exit status: 0 no error (warnings may be printed); 1 some setting is wrong and \
            would be left out.
            """)

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = UserSettings(environment: environment)
        let problems = settings.problems + settings.themeProblems()
        for problem in problems { Console.message("\(problem)") }
        let file = settings.location.configFile.path
        let exists = FileManager.default.fileExists(atPath: file)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        var summary = exists ? "\(file): " : "no configuration file at \(file) (none is needed); "
        summary +=
            errors == 0 && warnings == 0
            ? "no problems"
            : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        Console.message(summary)
        if errors > 0 { throw ExitCode(1) }
    }
}

struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Print where the configuration file and the themes go.")

    func run() throws {
        let location = ConfigLocation(environment: ProcessInfo.processInfo.environment)
        Console.output(location.configFile.path)
        Console.output(location.themesDirectory.path + "/")
    }
}
