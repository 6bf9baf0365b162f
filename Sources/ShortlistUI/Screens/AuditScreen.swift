import ShortlistCore
import ShortlistStore
import TerminalKit

/// The audit trail across candidates over the whole body: the filter in force, the last
/// verification (intact with length and head hash, or where it breaks), then the entries,
/// newest first, written as the Audit tab writes them with what each is about.
struct AuditScreen: ScrolledPage {
    typealias Line = DetailDocument.Line

    var audit: AuditState
    var scroll: Int
    var theme: Theme
    var hints: String

    func lines(width: Int) -> [Line] {
        var w = DocumentWriter(width: width, theme: theme)
        let count = audit.entries.count
        let shown =
            audit.exhausted
            ? "\(count) entr\(count == 1 ? "y" : "ies"), newest first"
            : "the newest \(count) entries; older ones are read as you scroll down"
        w.section(
            "Audit trail \(theme.glyphs.separator) \(shown)"
                + (audit.filter.isEmpty ? "" : " \(theme.glyphs.separator) \(audit.filter.summary)")
        )
        if let verification = audit.verification {
            w.paragraph(
                verification.summary, style: theme[verification.isIntact ? .eligible : .error])
            if verification.isIntact {
                w.paragraph(
                    "Stored values: \(verification.valuesChecked) checked against their digests, \(verification.valuesErased) erased\(verification.unreadableSummary).",
                    style: theme[.label])
            }
            if let mismatch = audit.check?.finalRankingMismatch {
                w.paragraph(mismatch, style: theme[.error])
            }
        } else {
            w.paragraph("Not verified in this session.", style: theme[.missingValue])
        }
        w.blank()
        if audit.entries.isEmpty {
            w.paragraph(
                audit.filter.isEmpty ? "The trail is empty." : "No entry matches the filter.",
                style: theme[.missingValue])
        }
        DetailDocument.write(audit.entries, into: &w, theme: theme, withObject: true)
        return w.lines
    }
}
