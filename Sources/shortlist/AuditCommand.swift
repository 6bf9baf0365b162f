import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail: who did what, when; and its integrity check.",
        subcommands: [Log.self, Verify.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the trail (chair, secretary).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only entries about this application id.") var candidate: String?
        @Option(help: "Only entries by this roster name.") var actor: String?
        @Option(help: "Only this action, or its family (score means every score action).")
        var action: String?
        @Option(help: "Only entries at or after this time (ISO 8601, or a prefix: 2026-01).")
        var since: String?
        @Option(help: "Only entries up to this time (a prefix covers it: 2026-01-15 is the day).")
        var until: String?
        @Option(help: "table, json or plain (csv is the table's columns).") var format:
            OutputFormat = .table

        func run() throws {
            let (store, actor) = try StoreAccess.open(global, readOnly: true)
            let filter = AuditFilter(
                actor: self.actor, action: action,
                candidate: candidate.map(ApplicationID.init(rawValue:)), since: since,
                until: until)
            let entries = try store.auditLog(filter: filter, by: actor)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                Console.outputJSON(String(decoding: try encoder.encode(entries), as: UTF8.self))
            case .table, .csv, .plain:
                Listing(
                    header: ["seq", "at", "actor", "action", "object", "before", "after"],
                    rows: entries.map {
                        [
                            String($0.seq), $0.at, $0.actor, $0.action, $0.object ?? "",
                            $0.before ?? "", $0.after ?? "",
                        ]
                    }
                ).print(as: format)
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain; name the first entry that does not hold.",
            discussion: """
                Exit status 0 when the trail is intact, 1 when it is not: an entry edited, \
                inserted or removed, a stored value (reason, comment, note, mark) changed after \
                it was recorded, fewer entries than the database recorded beside the trail, or a \
                final ranking that no longer matches what was finalised (docs/scoring.md). \
                Someone who rewrites that record too can still cut entries off the end: only a \
                head hash kept outside the file (every export prints it) proves the trail \
                complete; pass it with --head (either case).
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "The head hash recorded earlier.") var head: String?

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            // Hex reads the same in either case: a head copied from a printout may be upper case.
            let check = try AuditCheck.run(store, expectedHead: head?.lowercased())
            let result = check.verification
            if !result.isIntact {
                Console.error(result.summary)
                throw ExitCode(1)
            }
            // stdout stays the one line scripts read the head from.
            Console.message(
                "stored values: \(result.valuesChecked) checked against their digests, "
                    + "\(result.valuesErased) erased (their digests stay, unchecked)"
                    + result.unreadableSummary)
            Console.output(result.summary)
            if let mismatch = check.finalRankingMismatch {
                Console.error(mismatch)
                throw ExitCode(1)
            }
        }
    }
}
