import TerminalKit

/// The bottom line: position in the list, database, order, and a reminder of `?` and `q`.
struct StatusLine {
    var position: Int
    var total: Int
    var databaseName: String
    var order: String
    var message: String?
    var theme: Theme

    func draw(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: theme.statusLine)
        let where_ =
            total == 0
            ? " 0/0"
            : " \(CandidateFormat.thousands(position + 1))/\(CandidateFormat.thousands(total))"
        let left = "\(where_)  \(databaseName)  sorted by \(order)"
        let hints = "? help  q quit "
        let x = buffer.put(
            left, x: area.x, y: area.y, style: theme.statusLine, maxWidth: area.width)
        if let message {
            buffer.put(
                "  " + message, x: x, y: area.y, style: theme.message.over(theme.statusLine),
                maxWidth: area.maxX - x - hints.count - 1)
        }
        if area.width - hints.count > x + 2 {
            buffer.put(hints, x: area.maxX - hints.count, y: area.y, style: theme.statusLine)
        }
    }
}
