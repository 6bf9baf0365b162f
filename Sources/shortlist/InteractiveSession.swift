import ArgumentParser
import Foundation
import ShortlistStore
import ShortlistUI
import TerminalKit

/// Starts the full-screen interface on a store and gives the terminal back however it ends.
enum InteractiveSession {
    /// Fails early, before any work, when there is no usable terminal.
    static func checkTerminal(_ environment: [String: String]) throws {
        do {
            try CursesBackend.checkTerminal(environment: environment)
        } catch let error as TerminalError {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// `theme` is the one named on the command line, if any; the configuration, `NO_COLOR`
    /// and the terminal decide the rest (see `UserSettings`).
    static func run(store: Store, environment: [String: String], theme: String? = nil) throws {
        let settings = UserSettings(environment: environment)
        let backend: CursesBackend
        do {
            backend = try CursesBackend(
                environment: environment, mouse: settings.configuration.mouse)
        } catch let error as TerminalError {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let status: Int32
        let (startTheme, themeProblems) = settings.startingTheme(
            commandLine: theme, environment: environment, colorCount: backend.colorCount)
        let problems = settings.problems + themeProblems
        do {
            defer { backend.restore() }
            let meta = (try? store.metadata()) ?? [:]
            let app = try App(
                source: store, terminal: Terminal(backend: backend),
                context: AppContext(
                    databaseName: store.url.lastPathComponent,
                    callReference: meta["call_reference"] ?? CallReference.builtIn),
                theme: startTheme, keymap: settings.keymap, catalog: settings.catalog)
            app.showStartupProblems(problems)
            status = app.run()
        }
        // Said again once the screen is back, where it stays readable.
        for problem in problems { Console.error("\(problem)") }
        if status != 0 { throw ExitCode(status) }
    }
}
