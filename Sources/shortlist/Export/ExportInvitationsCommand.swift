import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

extension ExportCommand {
    struct Invitations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Invitation letters: for each invited candidate with a slot, ID.md and ID.eml.",
            discussion: """
                Each letter gives the date (15 January 2026), the time with its offset, the \
                place or link, the languages and what to bring, from the text of `shortlist \
                invite template`. The .eml file is a draft (X-Unsent: 1) addressed to the \
                candidate, with the call's reference in the subject: open it in a mail client \
                and send it. Candidates recorded as no-show or withdrawn get none. Invited \
                candidates without a slot or an e-mail address are named as skipped and the \
                status is 1; the other letters are still written. The folder is created if \
                missing. docs/exports.md.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("The folder to write the letters in.", valueName: "dir"))
        var output: String
        @Flag(help: "Overwrite existing letters.") var force = false

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let outcome = try InvitationLetters.export(
                store: store, viewer: actor, folder: URL(fileURLWithPath: output),
                force: force, environment: global.environment)
            let letters = outcome.written.count / 2
            Console.message(
                "wrote \(letters) invitation letter\(letters == 1 ? "" : "s") (.md and .eml) in \(output)"
            )
            for (id, why) in outcome.skipped { Console.message("skipped \(id): \(why)") }
            try ExportRun.reportAuditHead(store)
            if !outcome.skipped.isEmpty { throw ExitCode(1) }
        }
    }
}
