import TerminalKit

/// The detail pane: a title with the candidate's name, and the document scrolled.
struct DetailScreen {
    var title: String
    var document: DetailDocument?
    var scroll: Int
    var focused: Bool
    var theme: Theme

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 2 else { return nil }
        let (titleRow, body) = area.splitTop(1)
        let titleStyle = focused ? theme[.paneTitle] : theme[.paneTitleInactive]
        let lineCount = document?.lines.count ?? 0
        var where_ = ""
        if lineCount > body.height {
            let last = min(lineCount, scroll + body.height)
            where_ = " \(scroll + 1)\(theme.glyphs.rangeDash)\(last)/\(lineCount)"
        }
        let titleWidth = area.width - where_.displayWidth - 1
        buffer.put(
            title.truncated(toWidth: titleWidth, ellipsis: theme.glyphs.ellipsis), x: area.x,
            y: titleRow.y, style: titleStyle)
        buffer.put(where_, x: area.maxX - where_.displayWidth, y: titleRow.y, style: theme[.border])
        guard let document else { return nil }
        for (offset, line) in document.lines.dropFirst(scroll).prefix(body.height).enumerated() {
            var x = body.x
            for segment in line {
                x = buffer.put(
                    segment.text, x: x, y: body.y + offset, style: segment.style,
                    maxWidth: body.maxX - x)
            }
        }
        return focused ? Position(x: body.x, y: body.y) : nil
    }
}
