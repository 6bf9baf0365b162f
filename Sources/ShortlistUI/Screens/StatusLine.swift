import TerminalKit

/// The bottom line: position in the list, database, order, and a reminder of the keys for
/// help and quit. It is also the message line: a result or an error replaces the database
/// and order until the next key.
struct StatusLine {
    var position: Int
    var total: Int
    /// The list's count is still being made (a filter just applied): "counting…" stands
    /// for the total.
    var counting = false
    var databaseName: String
    var order: String
    var message: StatusMessage?
    var theme: Theme
    /// The filter in force and how many rows the list holds without it.
    var filter: String? = nil
    var unfilteredTotal: Int? = nil
    /// The search `n`/`N` continue, if any.
    var search: String? = nil
    /// "? help  q quit ", from the live keymap.
    var hints: String = "? help  q quit "

    /// Over the scorecard and the ranking the second hint is the key that goes back, since
    /// `q` goes back there rather than quitting.
    static func hints(_ keymap: Keymap, context: KeyContext = .list) -> String {
        var parts: [String] = []
        if let key = keymap.keys(for: .help, in: context).first { parts.append("\(key) help") }
        if context == .scorecard || context == .ranking {
            if let key = keymap.keys(for: .back, in: context).first { parts.append("\(key) back") }
        } else if let key = keymap.keys(for: .quit, in: .list).first {
            parts.append("\(key) quit")
        }
        return parts.isEmpty ? "" : parts.joined(separator: "  ") + " "
    }

    func draw(into buffer: inout Buffer, area: Rect) {
        let base = theme[.statusLine]
        buffer.fill(area, style: base)
        let where_ =
            counting
            ? " \(CandidateFormat.thousands(position + 1))/counting…"
            : total == 0
                ? " 0/0"
                : " \(CandidateFormat.thousands(position + 1))/\(CandidateFormat.thousands(total))"
        let shownOf =
            filter != nil
            ? where_ + " of \(CandidateFormat.thousands(unfilteredTotal ?? total))" : where_
        if let message {
            let x = buffer.put(shownOf + "  ", x: area.x, y: area.y, style: base)
            let style = (message.isError ? theme[.error] : theme[.message]).over(base)
            let text = message.text.truncated(
                toWidth: area.maxX - x - 1, ellipsis: theme.glyphs.ellipsis)
            buffer.put(" \(text) ", x: x - 1, y: area.y, style: style, maxWidth: area.maxX - x + 1)
            return
        }
        let left =
            "\(shownOf)  \(databaseName)  \(search.map { "/\($0)  " } ?? "")\(filter.map { "filter \($0)  " } ?? "")sorted by \(order)"
        let x = buffer.put(left, x: area.x, y: area.y, style: base, maxWidth: area.width)
        if area.width - hints.count > x + 2 {
            buffer.put(hints, x: area.maxX - hints.count, y: area.y, style: base)
        }
    }

    /// Whether a click at column `x` of the status line falls on the help hint.
    func isHelpHint(x: Int, in area: Rect) -> Bool {
        guard message == nil, !hints.isEmpty else { return false }
        let start = area.maxX - hints.count
        return x >= start && x < start + hints.prefix { $0 != " " }.count + " help".count
    }
}
