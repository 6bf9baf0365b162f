import ShortlistCore
import ShortlistStore
import TerminalKit

/// The offline notes over the whole body: on a copy, the acting person's notes not yet
/// exported; on the panel's database, the copies it issued; the last merge's outcome (added,
/// already held, or refused with each reason); and how the notes travel.
struct NotesScreen: ScrolledPage {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    var view: NotesScreenView
    var scroll: Int
    var theme: Theme
    var hints: String

    private var glyphs: Glyphs { theme.glyphs }

    func lines(width: Int) -> [Line] {
        var lines: [Line] = []
        func text(_ s: String, _ role: ThemeRole = .row) -> Segment {
            Segment(text: s, style: theme[role])
        }
        func wrapped(_ s: String, indent: Int, _ role: ThemeRole = .row) {
            let pad = String(repeating: " ", count: indent)
            for line in wrapText(s, width: max(10, width - indent)) {
                lines.append([text(pad + line, role)])
            }
        }
        lines.append([
            text("Offline notes", .sectionTitle),
            text(
                " \(glyphs.separator) "
                    + (view.copyOf.map { "this database is an offline copy of \($0.prefix(8))" }
                        ?? "the panel's database"),
                .label),
        ])
        lines.append([])

        let pending = view.toExport.versions
        lines.append([
            text("Your notes not yet exported", .sectionTitle),
            text(
                " \(glyphs.separator) \(pending.count) note version\(pending.count == 1 ? "" : "s")"
                    + (view.toExport.lastExport.map { " since your export at \($0)" }
                        ?? ", never exported"),
                .label),
        ])
        if pending.isEmpty {
            lines.append([
                text("  Nothing: every note you wrote here has been exported.", .missingValue)
            ])
        }
        for version in pending.prefix(50) {
            let head = "  \(version.applicationID)  \(version.at)  "
            let body =
                version.text.map {
                    VisibleText.visible($0.replacingOccurrences(of: "\n", with: " "))
                }
                ?? "(deleted)"
            lines.append([
                text(head, .label),
                text(
                    body.truncated(
                        toWidth: max(4, width - head.displayWidth), ellipsis: glyphs.ellipsis)),
            ])
        }
        if pending.count > 50 {
            lines.append([text("  … and \(pending.count - 50) more", .missingValue)])
        }
        lines.append([])

        if view.copyOf == nil {
            lines.append([
                text("Offline copies issued", .sectionTitle),
                text(" \(glyphs.separator) \(view.copies.count)", .label),
            ])
            if view.copies.isEmpty {
                lines.append([text("  None yet.", .missingValue)])
            }
            for copy in view.copies {
                lines.append([
                    text("  \(copy.copyID.prefix(8))  ", .label),
                    text("taken by \(copy.takenBy) at \(copy.takenAt)"),
                ])
            }
            lines.append([])
        }

        if let outcome = view.outcome {
            lines.append([text("Last", .sectionTitle)])
            wrapped(outcome.text, indent: 2, outcome.isError ? .error : .row)
            lines.append([])
        }
        wrapped(Self.howNotesTravel, indent: 0, .missingValue)
        return lines
    }

    static let howNotesTravel =
        "A reviewer checks out an offline copy, annotates it anywhere, and exports their notes from it to a signed bundle; the secretary or the chair merges the bundle (or the copy itself) into the panel's database, whole or not at all: a second merge adds nothing, and a refused bundle changes nothing (docs/offline-notes.md)."
}

extension Scene {
    /// The key hints under the notes screen, from the live keymap, for what the person may do.
    static func notesHints(_ keymap: Keymap, context: AppContext) -> String {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .notes).first?.description
        }
        var parts: [String] = []
        if context.allows(.exportOwnNotes), let key = first(.exportNotes) {
            parts.append("\(key) export your notes")
        }
        if context.allows(.mergeNotes), let key = first(.mergeNotes) {
            parts.append("\(key) merge a bundle")
        }
        if context.allows(.annotate), let key = first(.checkoutCopy) {
            parts.append("\(key) check out a copy")
        }
        if let key = first(.back) { parts.append("\(key) back") }
        return parts.joined(separator: "  ")
    }
}
