import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

extension RankingExport.Format: ExpressibleByArgument {}
extension ReportExport.Format: ExpressibleByArgument {}
extension FeedbackExport.Format: ExpressibleByArgument {}

/// `shortlist export ranking|report|feedback`: what leaves the tool for the appointing
/// authority, HR systems and candidates. docs/exports.md.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export the ranking, the panel report, feedback sheets or invitation letters (chair, secretary).",
        discussion: """
            Only the chair and the secretary may export; every export is recorded in the \
            audit trail (what, format, file name, SHA-256). Files are written atomically, \
            mode 0600 (0660 for a group database), never over an existing file without \
            --force. The same database gives the same bytes; the creation time is \
            SOURCE_DATE_EPOCH when set, else the time of the last change. Exit status: 0 \
            written, 2 refused or failed (nothing written). docs/exports.md.
            """,
        subcommands: [Ranking.self, Report.self, Feedback.self, Invitations.self])

    struct Ranking: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every candidate's rank, total, means, pass and reserve list, eligibility.",
            discussion: """
                Ranked candidates first, then invited candidates not fully scored, then the \
                rest, each marked in the status column; what you may not see is "sealed". \
                CSV is RFC 4180 UTF-8 (--excel: byte-order mark, ';' and decimal commas); \
                text cells starting with = + - @ tab or carriage return get a leading \
                apostrophe. XLSX has the reserve list and the call on sheets 2 and 3. JSON: \
                docs/schemas/ranking.schema.json.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "csv, xlsx or json.") var format: RankingExport.Format
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String
        @Flag(help: "CSV for spreadsheets in EU locales: byte-order mark, ';', decimal commas.")
        var excel = false
        @Flag(help: "Overwrite an existing file.") var force = false

        func validate() throws {
            if excel && format != .csv {
                throw ValidationError("--excel applies to --format csv only")
            }
        }

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let destination = ExportDestination(
                url: URL(fileURLWithPath: output), force: force,
                group: StoreAccess.sharedGroup(of: store))
            // The progress line is cleared before anything else is said, refusal or not.
            let outcome = try {
                defer { Console.endProgress() }
                return try RankingExport.export(
                    store: store, viewer: actor, format: format, excel: excel,
                    destination: destination, environment: global.environment
                ) { rows in Console.progress("exporting the ranking: \(rows) rows") }
            }()
            let final = try store.isRankingFinal()
            Console.message(
                "wrote \(output): \(outcome.rows) candidate\(outcome.rows == 1 ? "" : "s")"
                    + (final ? "" : " (the ranking is not final, and the file says so)")
                    + ", sha256 \(outcome.sha256)")
            try ExportRun.reportAuditHead(store)
        }
    }
}

extension ExportCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The printable panel report, as one self-contained HTML file or Markdown.",
            discussion: """
                The call, the panel (names and roles), criteria, weights, scale and pass \
                marks, eligibility counts per rule, the ranking and reserve list, \
                per-criterion statistics and divergence notes, panel agreement, and the audit \
                trail's verify result with its head hash as of the last change that is not an \
                export. HTML has inline CSS with a print stylesheet and inline SVG charts, no \
                network. Individual members' marks only with --with-member-marks, which only \
                the chair may use and which the first page then states.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "html or md.") var format: ReportExport.Format
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String
        @Flag(help: "Include each member's marks per candidate (chair only).")
        var withMemberMarks = false
        @Flag(help: "Overwrite an existing file.") var force = false

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let destination = ExportDestination(
                url: URL(fileURLWithPath: output), force: force,
                group: StoreAccess.sharedGroup(of: store))
            let sha256 = try ReportExport.export(
                store: store, viewer: actor, format: format,
                withMemberMarks: withMemberMarks, destination: destination,
                environment: global.environment)
            let final = try store.isRankingFinal()
            Console.message(
                "wrote \(output)"
                    + (final ? "" : " (the ranking is not final, and the report says so)")
                    + (withMemberMarks ? " with individual members' marks" : "")
                    + ", sha256 \(sha256)")
            try ExportRun.reportAuditHead(store)
        }
    }
}

extension ExportCommand {
    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Feedback sheets for candidates: one file each, named by application id.",
            discussion: """
                A sheet holds the candidate's own marks per criterion (the means of the \
                panel's marks) and total, the pass marks, whether they were reached, and the \
                place on the reserve list; never a member's identity or single mark, never \
                another candidate's data. --all writes one for every ranked candidate. The \
                folder is created (mode 0700, or 0770 for a group database) if missing.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("One candidate's sheet.", valueName: "id"))
        var candidate: String?
        @Flag(help: "A sheet for every ranked candidate.") var all = false
        @Option(help: "md, html or txt.") var format: FeedbackExport.Format = .md
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("The folder to write the sheets in.", valueName: "dir"))
        var output: String
        @Flag(help: "Overwrite existing sheets.") var force = false

        func validate() throws {
            if (candidate == nil) == !all {
                throw ValidationError("give either --candidate ID or --all")
            }
        }

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let selection: FeedbackExport.Selection =
                candidate.map { .candidate(ApplicationID($0)) } ?? .all
            let files = try FeedbackExport.export(
                store: store, viewer: actor, selection: selection, format: format,
                folder: URL(fileURLWithPath: output), force: force,
                environment: global.environment)
            let final = try store.isRankingFinal()
            Console.message(
                "wrote \(files.count) feedback sheet\(files.count == 1 ? "" : "s") in \(output)"
                    + (final ? "" : " (the ranking is not final, and each sheet says so)"))
            try ExportRun.reportAuditHead(store)
        }
    }
}

/// What every export says when it is done.
enum ExportRun {
    /// The trail's length and head after the export's own entry: written down outside the
    /// database, they are what later proves no entry was cut (`audit verify --head`).
    static func reportAuditHead(_ store: any PanelDatabase) throws {
        guard let head = try store.auditHead() else { return }
        Console.message(
            "audit trail: \(head.seq) entries, head \(head.headHash) "
                + "(keep it outside the database: `shortlist audit verify --head HASH`)")
    }
}
