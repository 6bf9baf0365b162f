import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Notes and tags on candidates; offline copies, bundles and their merge.",
        discussion: """
            The model and the reviewer's and secretary's workflow: docs/offline-notes.md.
            merge exits 0 when every note was merged (or already held), 2 when anything was \
            refused and nothing changed: a bundle merges whole or not at all (another database, \
            unsigned, a copy this database did not issue, a bad signature, a version 1 or unknown \
            format, truncated; or any version its copy's owner could not have written: each is \
            named with its reason).
            """,
        subcommands: [
            Add.self, Edit.self, Delete.self, Resolve.self, List.self, Tags.self, Checkout.self,
            Export.self, Merge.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a note on a candidate (anyone on the roster).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application id.") var applicationID: String
        @Argument(help: "The note's text.") var text: String
        @Option(help: "The criterion it is about (e.g. A2).") var criterion: String?
        @Option(name: .customLong("tag"), help: "A tag (repeat for several).") var tags: [String] =
            []

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let note = try store.addNote(
                on: ApplicationID(applicationID), text: text,
                criterion: criterion.map { CriterionID($0) }, tags: tags.flatMap(NoteTag.parse),
                by: actor)
            Console.output(note.noteID)
            Console.message("Noted on \(applicationID) (note \(note.noteID.prefix(8)))")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new version of your note (the old one stays in its history).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The note id (or its first 8 characters).") var noteID: String
        @Argument(help: "The new text.") var text: String
        @Option(name: .customLong("tag"), help: "Replace the tags (repeat for several).")
        var tags: [String] = []

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let note = try store.editNote(
                noteID, text: text, tags: tags.isEmpty ? nil : tags.flatMap(NoteTag.parse),
                by: actor)
            Console.message("Note \(note.noteID.prefix(8)) now has \(note.versionCount) versions")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete your note: a tombstone, the history stays (author or chair).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The note id (or its first 8 characters).") var noteID: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let note = try store.deleteNote(noteID, by: actor)
            Console.message("Deleted note \(note.noteID.prefix(8)); its history is kept")
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Settle a conflict (two versions written apart) with one text (author or chair).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The note id (or its first 8 characters).") var noteID: String
        @Argument(help: "The text that replaces every conflicting version.") var text: String
        @Option(name: .customLong("tag"), help: "The tags (default: those of every version).")
        var tags: [String] = []

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let note = try store.resolveNoteConflict(
                noteID, text: text, tags: tags.isEmpty ? nil : tags.flatMap(NoteTag.parse),
                by: actor)
            Console.message("Resolved the conflict of note \(note.noteID.prefix(8))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List notes: of one candidate, or all; a conflict shows every version.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this candidate's notes.") var applicationID: String?
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table
        @Flag(name: .customLong("deleted"), help: "Also list deleted notes.")
        var includeDeleted = false

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            let notes = try store.notes(
                for: applicationID.map { ApplicationID($0) }, includeDeleted: includeDeleted)
            let machine = format == .csv || format == .json
            var rows: [[String]] = []
            for note in notes {
                for (i, head) in note.heads.enumerated() {
                    rows.append(Self.row(note, head, i, machine: machine))
                }
            }
            Listing(
                header: [
                    "note", "application_id", "author", "at", "criterion", "tags", "state",
                    "versions", "text",
                ], rows: rows
            ).print(as: format)
        }

        static func row(_ note: NoteState, _ head: NoteVersion, _ index: Int, machine: Bool)
            -> [String]
        {
            let state: String
            if note.isConflict {
                state = "conflict \(index + 1)/\(note.heads.count)"
            } else {
                state = head.isTombstone ? "deleted" : "current"
            }
            let id = machine ? note.noteID : String(note.noteID.prefix(8))
            let text = head.text ?? ""
            let shown = machine ? text : text.replacingOccurrences(of: "\n", with: " ⏎ ")
            let criterion = head.criterion?.rawValue ?? ""
            let tags = head.tags.joined(separator: " ")
            return [
                id, head.applicationID.rawValue, head.author, head.at, criterion, tags, state,
                String(note.versionCount), shown,
            ]
        }
    }

    struct Tags: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The tags in use and how many candidates carry each, or one candidate's.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this candidate's tags.") var applicationID: String?
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            if let applicationID {
                let tags = try store.tags(for: ApplicationID(applicationID))
                Listing(header: ["tag"], rows: tags.map { [$0] }).print(as: format)
            } else {
                let counts = try store.tagCounts()
                Listing(
                    header: ["tag", "candidates"],
                    rows: counts.map { [$0.tag, String($0.candidates)] }
                ).print(as: format)
            }
        }
    }

    struct Checkout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Make a reviewer's copy to annotate offline: applications and notes, no scores.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .shortAndLong, help: "The copy to create (must not exist).") var output:
            String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let url = URL(fileURLWithPath: output)
            let result = try StoreAccess.fileDatabase(store, for: "a copy")
                .checkoutCopy(to: url, by: actor)
            Console.message(
                "Copied \(result.candidates) applications and \(NotesCommand.versions(result.noteVersions)) to \(output); "
                    + "annotate it with `--db \(output)`, then `shortlist notes export -o FILE --db \(output)`"
            )
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write notes to a bundle file to merge elsewhere (your own by default).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this person's notes (default: yours; `all` for everyone's).")
        var author: String?
        @Option(
            help: "Only versions written at or after this time (ISO 8601 with offset, or a date).")
        var since: String?
        @Option(name: .shortAndLong, help: "The bundle file to write (private, mode 0600).")
        var output: String
        @Flag(help: "Overwrite an existing file.") var force = false

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let destination = ExportDestination(url: URL(fileURLWithPath: output), force: force)
            try destination.check()
            var sinceTime: Timestamp?
            if let since {
                if let time = Timestamp(iso: since) {
                    sinceTime = time
                } else if let date = CalendarDate(iso: since) {
                    sinceTime = Timestamp(iso: "\(date)T00:00:00Z")
                } else {
                    Console.error(
                        "--since: “\(since)” is not a time; write 2026-03-01 or 2026-03-01T09:00:00+01:00"
                    )
                    throw ExitCode(2)
                }
            }
            let who: String? = author == "all" ? nil : author ?? actor.name
            let bundle = try store.exportNotes(author: who, since: sinceTime, by: actor)
            let data = try NoteBundleFile.encode(bundle)
            try destination.write { sink in try sink.write(bytes: [UInt8](data)) }
            if bundle.signature == nil {
                Console.message(
                    "This database is not a copy (`shortlist notes checkout`): the bundle is not signed, and no database will merge it"
                )
            }
            Console.message(
                "Wrote \(NotesCommand.versions(bundle.versions.count))\(who.map { " by \($0)" } ?? "") to \(output)"
            )
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring in a bundle or a copy's notes (chair, secretary); idempotent.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A bundle (notes export) or a copy (notes checkout).") var file: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let url = URL(fileURLWithPath: file)
            // Whole or nothing: any refusal (the file, or a version in it) changes nothing.
            let report: NoteMergeReport
            do {
                let (bundle, sha) = try Self.read(url)
                report = try store.mergeNotes(bundle, source: file, sha256: sha, by: actor)
            } catch let refusal as NoteBundleRefused {
                Console.error("\(refusal)")
                throw ExitCode(2)
            }
            Console.message(
                "Merged \(NotesCommand.versions(report.added, new: true)) from \(file)"
                    + (report.alreadyHeld > 0
                        ? "; \(report.alreadyHeld) \(report.alreadyHeld == 1 ? "was" : "were") already here"
                        : "")
                    + (report.conflicts.isEmpty
                        ? ""
                        : "; \(report.conflicts.count) notes now have a conflict to resolve: "
                            + report.conflicts.map { String($0.prefix(8)) }.joined(separator: ", "))
            )
        }

        /// A bundle file, or a copy (an SQLite file) read whole.
        static func read(_ url: URL) throws -> (NoteBundle, String) {
            let path = url.path
            guard let handle = FileHandle(forReadingAtPath: path) else {
                Console.error("cannot read \(path)")
                throw ExitCode(2)
            }
            let magic = handle.readData(ofLength: 16)
            try? handle.close()
            if magic == Data("SQLite format 3\u{0}".utf8) {
                let copy: any PanelDatabase
                copy = try DatabaseEngines.open(.file(url), readOnly: true)
                defer { try? copy.close() }
                let bundle = try copy.notesOfCopy()
                return (bundle, NoteBundleFile.fileSHA256(try NoteBundleFile.encode(bundle)))
            }
            let data = try Data(contentsOf: url)
            return (
                try NoteBundleFile.decode(data, file: path), NoteBundleFile.fileSHA256(data)
            )
        }
    }

    /// "1 note version", "3 new note versions".
    static func versions(_ count: Int, new: Bool = false) -> String {
        "\(count) \(new ? "new " : "")note version\(count == 1 ? "" : "s")"
    }
}
