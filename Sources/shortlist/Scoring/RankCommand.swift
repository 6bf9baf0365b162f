import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "The ranking of invited candidates and the reserve list; the chair finalises it.",
        discussion: """
            Fully scored candidates by total (ties share a rank), the reserve-list cut-off, \
            then the invited candidates not yet fully scored, never ranked; then each \
            member's progress and the panel's agreement. What you may not see is "sealed". \
            CSV columns: rank, application_id, name, total, one mean per criterion, passed, \
            reserve; rank is empty for candidates not fully scored. docs/scoring.md.
            """,
        subcommands: [Show.self, Finalise.self, Reopen.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the ranking (the default).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table
        @Flag(help: "One sentence a line, for screen readers (the same as --format plain).")
        var plain = false

        func run() throws {
            let format = plain ? .plain : format
            let (store, actor) = try StoreAccess.open(global, readOnly: true)
            guard let view = try store.ranking(for: actor) else {
                Console.error(
                    "this database has no call profile with a scoring scheme, so nothing to rank")
                throw ExitCode(2)
            }
            // A ranking marked final that is no longer the one finalised is never shown as final.
            if let mismatch = view.finalMismatch {
                Console.error(mismatch)
                throw ExitCode(1)
            }
            let scheme = view.scheme
            let rows = view.ranked + view.pending
            switch format {
            case .csv:
                Listing(
                    header: RankingCells.header(scheme),
                    rows: rows.map { RankingCells.cells($0, scheme) }
                )
                .print(as: .csv)
            case .json:
                Console.outputJSON(RankingReport.json(view))
            case .table:
                Console.output(RankingReport.table(view, viewer: actor.name), terminator: "")
            case .plain:
                Console.output(RankingReport.plain(view), terminator: "")
            }
        }
    }

    struct Finalise: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Finalise the ranking (chair): scorecards, overrides, conflicts, invitations freeze."
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.finaliseRanking(by: actor)
            Console.message("the ranking is final; `shortlist rank reopen --reason …` undoes it")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a final ranking, with the reason (chair).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Why (recorded in the audit trail).") var reason: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.reopenRanking(reason: reason, by: actor)
            Console.message("the ranking is open again")
        }
    }
}
