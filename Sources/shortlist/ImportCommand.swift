import ArgumentParser
import Foundation
import ShortlistExchange
import ShortlistStore
import TOMLSupport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import applications from a CAST export (CSV or JSON).",
        discussion: """
            Every record is checked against the import format (docs/import.md). A record that \
            cannot be identified (no id or name, an id not of the form \
            [A-Za-z0-9][A-Za-z0-9._-]{0,63}, an id repeated in the file or differing only in \
            case from another, a stored id with another CAST registration, wrong number of \
            columns, a NUL byte, invalid UTF-8) is rejected; a bad value is imported as unknown \
            with a warning (of a list partly unreadable, the readable entries still count), and \
            a value holding control or bidi characters is imported as written with a warning. \
            Each is reported as FILE:LINE: column NAME: reason, then a summary.

            The import is one transaction: interrupted, it leaves the database as it was. \
            Importing the same file again changes nothing; a changed record updates that \
            candidate's application data only.

            Exit status: 0 no record rejected (warnings allowed); 1 some rejected, the rest \
            imported; 2 nothing imported (unreadable file, every record rejected, --strict with \
            any rejection or warning); 130 interrupted.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The export to import.", valueName: "file"))
    var file: String

    @Option(
        help: "The file's format (default: from its extension; .json, .jsonl, .ndjson are JSON).")
    var format: ImportFormat?

    @Flag(help: "Import nothing unless every record is valid and has no warning.")
    var strict = false

    @Flag(name: .customLong("dry-run"), help: "Check and report, but write nothing.")
    var dryRun = false

    @Option(
        help: ArgumentHelp(
            "Write the rejected records, with a reason, to this file.", valueName: "file"))
    var rejects: String?

    @Flag(help: "Replace an existing --rejects file.")
    var force = false

    @Option(
        help: ArgumentHelp(
            "A TOML file naming the export's columns (see docs/import.md).", valueName: "file"))
    var map: String?

    func run() throws {
        var options = ImportOptions(user: global.actingUser)
        options.format = format
        options.strict = strict
        options.dryRun = dryRun
        options.rejects = rejects.map { URL(fileURLWithPath: $0) }
        options.force = force
        if let map {
            options.mapping = try ColumnMapping.load(URL(fileURLWithPath: map))
        }
        let fileURL = URL(fileURLWithPath: file)
        guard FileManager.default.isReadableFile(atPath: fileURL.path) else {
            Console.error("\(file): no such file, or it cannot be read")
            throw ExitCode(2)
        }

        let interruption = Interruption()
        defer { interruption.end() }
        let importer = ApplicationImporter(file: fileURL, options: options)
        importer.onIssue = { issue in
            Console.endProgress()
            Console.message(issue.description)
        }
        importer.isCancelled = { interruption.isRequested }
        importer.onProgress = { progress in Console.progress(progress.line) }

        let url = try StoreAccess.file(of: global.databaseLocation(), for: "import")
        let summary: ImportSummary
        do {
            if FileManager.default.fileExists(atPath: url.path) {
                let (store, actor) = try StoreAccess.open(global)
                summary = try importer.run(into: store, by: actor)
            } else {
                let user = global.actingUser
                let (result, created) = try importer.runIntoNewDatabase(
                    at: url,
                    .createdBy(
                        user, login: StoreAccess.osLogin, profile: ProfileAssessment.builtInDocument
                    ))
                summary = result
                Console.endProgress()
                if created {
                    Console.message(
                        "Created a new database for call \(CallReference.builtIn) at \(url.path) (private to you, mode 0600); \(user) is its secretary"
                    )
                } else if !dryRun {
                    Console.message(
                        "Nothing was imported, so no database was created at \(url.path)")
                }
            }
        } catch let failure as ImportFailure {
            Console.endProgress()
            Console.error("\(failure)")
            throw ExitCode(2)
        } catch let error as StoreError {
            Console.endProgress()
            Console.error("\(error)")
            throw ExitCode(2)
        } catch let error as PermissionDenied {
            Console.endProgress()
            Console.error("\(error)")
            throw ExitCode(2)
        }
        Console.endProgress()
        Console.message("\(file): \(summary.line)")
        let status = summary.exitStatus
        if status != 0 { throw ExitCode(status) }
    }

}

extension ImportFormat: ExpressibleByArgument {}
