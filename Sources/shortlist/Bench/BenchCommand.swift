import ArgumentParser

/// `shortlist bench`: the benchmark, and the hidden processes it starts for each scenario
/// (each in a process of its own, so that its memory and start-up are its own).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory against the project's targets.",
        subcommands: [
            BenchRunCommand.self, BenchBrowseCommand.self, BenchFindCommand.self,
            BenchImportCommand.self, BenchExportCommand.self, BenchWriteCommand.self,
        ],
        defaultSubcommand: BenchRunCommand.self)
}
