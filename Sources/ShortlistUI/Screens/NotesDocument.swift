import ShortlistCore
import ShortlistStore
import TerminalKit

extension DetailDocument {
    /// The Notes tab: every note on the candidate, oldest first, with author, time, criterion
    /// and tags; a conflict shows each of its versions' texts until it is resolved.
    static func notes(
        _ notes: [NoteState], key: Key, theme: Theme, footer: [String], resolveKey: String? = nil
    )
        -> DetailDocument
    {
        var w = DocumentWriter(width: key.width, theme: theme)
        w.section("Notes on \(key.applicationID)")
        if notes.isEmpty {
            w.paragraph("No notes yet.", style: theme[.missingValue])
        }
        for note in notes {
            let short = String(note.noteID.prefix(8))
            if note.isConflict {
                w.paragraph(
                    "Conflict in note \(short): \(note.heads.count) versions were written apart; its author or the chair resolves it (\(resolveKey.map { "\($0), or " } ?? "")shortlist notes resolve \(short) TEXT).",
                    style: theme[.divergence])
            }
            for (i, head) in note.heads.enumerated() {
                var heading = [
                    Segment(text: head.author, style: theme[.key]),
                    Segment(text: head.at, style: theme[.label]),
                ]
                if let criterion = head.criterion {
                    heading.append(Segment(text: criterion.rawValue, style: theme[.sectionTitle]))
                }
                if note.isConflict {
                    heading.append(
                        Segment(
                            text: "version \(i + 1) of \(note.heads.count)",
                            style: theme[.divergence]))
                } else if note.versionCount > 1 {
                    heading.append(
                        Segment(
                            text: "edited (\(note.versionCount) versions)", style: theme[.label]))
                }
                heading.append(Segment(text: short, style: theme[.missingValue]))
                w.wrapped(heading, indent: 0, first: [])
                if let text = head.text {
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        w.paragraph(String(line), style: theme[.row], indent: 2)
                    }
                } else {
                    w.paragraph("(deleted)", style: theme[.missingValue], indent: 2)
                }
                if !head.tags.isEmpty {
                    w.wrapped(
                        [Segment(text: "tags:", style: theme[.label])]
                            + head.tags.map { Segment(text: $0, style: theme[.key]) },
                        indent: 2, first: [Segment(text: "  ", style: .plain)])
                }
            }
            w.blank()
        }
        for line in footer { w.paragraph(line, style: theme[.label]) }
        return DetailDocument(key: key, lines: w.lines)
    }
}
