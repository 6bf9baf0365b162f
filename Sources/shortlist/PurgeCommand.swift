import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Erase candidates' personal data: on request, or after the retention period.",
        discussion: """
            Removes every field of the applications named (or submitted before --older-than) \
            and every free text attached to them (notes, comments, reasons, tags, saved filters \
            naming them, the audit trail's stored values) from the tables, the full-text index \
            and, after a checkpoint and vacuum, the file itself. The application id, \
            pseudonymous marks and the audit chain stay; the reason is kept with the \
            candidate's name, e-mail and CAST number replaced by [erased]. Lists the offline \
            copies that may still hold them. Secretary only. On a PostgreSQL server the \
            server's purge_candidates rewrites the rows, and their old versions leave the \
            server's files only with the administrator's shortlist server vacuum, which purge \
            says is waiting.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Application ids to erase.") var applicationIDs: [String] = []
    @Option(
        name: .customLong("older-than"),
        help: ArgumentHelp(
            "Erase everyone who submitted before this date (YYYY-MM-DD).", valueName: "date"))
    var olderThan: String?
    @Option(help: "Why (required; recorded in the audit trail).") var reason: String

    func validate() throws {
        guard applicationIDs.isEmpty != (olderThan == nil) else {
            throw ValidationError("name application ids or give --older-than DATE, not both")
        }
    }

    func run() throws {
        let (store, actor) = try StoreAccess.open(global)
        let count: Int
        if let olderThan {
            guard let date = CalendarDate(iso: olderThan),
                let start = Timestamp(iso: "\(date)T00:00:00Z")
            else {
                throw ValidationError("--older-than wants a date written YYYY-MM-DD")
            }
            count = try store.purge(submittedBefore: start, reason: reason, by: actor)
        } else {
            count = try store.purge(
                applicationIDs.map(ApplicationID.init(rawValue:)), reason: reason, by: actor)
        }
        Console.message("Erased the personal data of \(count) candidate\(count == 1 ? "" : "s")")
        guard count > 0 else { return }
        // On a server the erased rows stay in the tables' files until the administrator's
        // VACUUM FULL: said, never skipped in silence.
        if let since = try store.metadata()[ServerErasure.pendingVacuumKey] {
            Console.message(ServerErasure.pendingMessage(since: since))
        }
        // A copy checked out earlier holds every application there was: out of reach here.
        let copies = try store.offlineCopies()
        if copies.isEmpty {
            Console.message("No offline copy was checked out from this database")
        } else {
            Console.message(
                "Offline copies that may still hold them (erase there, or destroy the copy):")
            for copy in copies {
                Console.message(
                    "  copy \(copy.copyID), checked out by \(copy.takenBy) at \(copy.takenAt)")
            }
        }
    }
}
