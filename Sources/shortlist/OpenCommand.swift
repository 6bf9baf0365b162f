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
        let opened = try InteractiveSession.open(global.databaseLocation(), global: global)
        try InteractiveSession.run(opened, environment: global.environment, theme: interface.theme)
    }
}
