import ArgumentParser
import Foundation
import ShortlistStore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the interactive interface (the default command).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        try InteractiveSession.checkTerminal(global.environment)
        let store: Store
        do {
            store = try Store.open(at: global.databaseURL)
        } catch let error as StoreError {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        try InteractiveSession.run(
            store: store, environment: global.environment, theme: interface.theme)
    }
}
