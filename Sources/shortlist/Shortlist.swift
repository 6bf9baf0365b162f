import ArgumentParser
import Foundation

@main
struct Shortlist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract: "A keyboard-driven workbench for an EU selection panel.",
        discussion: """
            Without a subcommand, opens the interactive interface on the database given by \
            --db, SHORTLIST_DB, or the default data directory.

            Exit status: 0 success; 1 partial failure (the command says what); 2 nothing done \
            (bad usage, no terminal, unreadable input); 128+N stopped by signal N.
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, DemoCommand.self, InitCommand.self, ImportCommand.self,
            ProfileCommand.self, CheckCommand.self, OverrideCommand.self, ScreenCommand.self,
            PanelCommand.self, AuditCommand.self, BlindCommand.self, PurgeCommand.self,
            ThemeCommand.self, ConfigCommand.self, BenchCommand.self,
            InviteCommand.self, RecruitmentCommand.self, ScoreCommand.self, RankCommand.self,
            ExportCommand.self,
            NotesCommand.self, ListCommand.self, ServerCommand.self, MigrateCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Parses and runs like ArgumentParser's own `main`, with two differences: global options
    /// may come before the subcommand, and every message it prints, errors included, goes
    /// through `Console` — a parse error echoes what was typed, and that may hold an escape
    /// sequence.
    static func main() {
        let arguments = GlobalOptionsPosition.rearranged(
            Array(CommandLine.arguments.dropFirst()), root: Shortlist.self)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let (message, status) = CommandFailure.outcome(of: error)
            if let message {
                if status == 0 {
                    Console.output(message)
                } else {
                    Console.message(message)
                }
            }
            Foundation.exit(status)
        }
    }
}
