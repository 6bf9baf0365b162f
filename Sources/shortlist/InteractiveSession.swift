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

    static func run(store: Store, environment: [String: String]) throws {
        let backend: CursesBackend
        do {
            backend = try CursesBackend(environment: environment)
        } catch let error as TerminalError {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let status: Int32
        do {
            defer { backend.restore() }
            let meta = (try? store.metadata()) ?? [:]
            let app = try App(
                source: store, terminal: Terminal(backend: backend),
                context: AppContext(
                    databaseName: store.url.lastPathComponent,
                    callReference: meta["call_reference"] ?? CallReference.builtIn),
                theme: Theme.forEnvironment(environment))
            status = app.run()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
