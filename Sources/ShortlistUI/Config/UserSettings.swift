import Foundation
import TOMLSupport
import TerminalKit

/// The user's configuration with what it refers to: the theme catalog (built-in themes and
/// the user's files) and the keymap with the configured bindings. Loaded once at start; a
/// problem never stops the program, it is reported and the setting left out.
public struct UserSettings: Sendable {
    public let location: ConfigLocation
    public let configuration: Configuration
    public let catalog: ThemeCatalog
    public let keymap: Keymap
    /// Everything wrong with the configuration, its key bindings, and the theme folder.
    public let problems: [ConfigProblem]

    public init(environment: [String: String], location: ConfigLocation? = nil) {
        let location = location ?? ConfigLocation(environment: environment)
        self.location = location
        var (configuration, problems) = Configuration.load(location, environment: environment)
        catalog = ThemeCatalog(userDirectory: location.themesDirectory)
        problems += catalog.problems.map { ConfigProblem(.error, $0) }
        if let name = configuration.theme, catalog.sources[name] == nil,
            let file = configuration.file
        {
            problems.append(
                ConfigProblem(
                    .error,
                    TOMLFileError(
                        file: file, line: Self.line(ofKey: "theme", in: file),
                        reason:
                            "theme: no theme “\(name)”; the themes are \(catalog.names.joined(separator: ", "))"
                    )))
            configuration.theme = nil
        }
        keymap = Keymap(overrides: configuration.keyBindings)
        problems += keymap.conflicts.map {
            ConfigProblem($0.isError ? .error : .warning, $0.fileError)
        }
        self.configuration = configuration
        // The configuration file's problems in the order of its lines, then the themes'.
        let configFile = location.configFile.path
        self.problems = problems.enumerated().sorted { a, b in
            let ka = (a.element.error.file == configFile ? 0 : 1, a.element.error.line, a.offset)
            let kb = (b.element.error.file == configFile ? 0 : 1, b.element.error.line, b.offset)
            return ka < kb
        }.map(\.element)
    }

    private static func line(ofKey key: String, in file: String) -> Int {
        // Only a line number for a problem already found: 0 ("somewhere") if unreadable.
        guard let source = try? TOMLSource(contentsOf: URL(fileURLWithPath: file)) else { return 0 }
        return source.line(ofKey: key)
    }

    /// Every theme of the user's folder resolved, as `config check` reports them.
    public func themeProblems() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        for name in catalog.names where catalog.sources[name]?.isBuiltIn == false {
            do {
                _ = try catalog.theme(named: name, depth: .indexed256)
            } catch {
                problems += error.problems.map { ConfigProblem(.error, $0) }
            }
        }
        return problems
    }

    /// The theme the interface starts with (see `ThemeCatalog.startingThemeName`), for a
    /// terminal of `colorCount` colours; `default` and the reasons when it cannot be used.
    public func startingTheme(
        commandLine: String?, environment: [String: String], colorCount: Int
    ) -> (theme: Theme, problems: [ConfigProblem]) {
        let name = ThemeCatalog.startingThemeName(
            commandLine: commandLine, configured: configuration.theme, environment: environment)
        let glyphs = Glyphs.forEnvironment(environment, choice: configuration.symbols)
        let (theme, failure) = catalog.themeOrDefault(
            named: name, depth: ColorDepth(colorCount: colorCount), glyphs: glyphs)
        return (theme, failure?.problems.map { ConfigProblem(.error, $0) } ?? [])
    }
}

extension App {
    /// Puts the first start-up problem on the message line, with how to see them all.
    public func showStartupProblems(_ problems: [ConfigProblem]) {
        guard let first = problems.first(where: { $0.severity == .error }) ?? problems.first else {
            return
        }
        let more = problems.count > 1 ? " (\(problems.count) problems: shortlist config check)" : ""
        show("\(first)\(more)", isError: first.severity == .error)
    }
}
