import TerminalKit

/// A whole-screen page of lines scrolled under a line of key hints: the ranking and the call
/// profile draw and bound their scroll the same way.
protocol ScrolledPage {
    var scroll: Int { get }
    var theme: Theme { get }
    var hints: String { get }
    func lines(width: Int) -> [DetailDocument.Line]
}

extension ScrolledPage {
    func draw(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: theme[.row])
        let content = lines(width: area.width - 2)
        let rows = area.height - 1
        let top = min(scroll, max(0, content.count - rows))
        for (offset, line) in content.dropFirst(top).prefix(rows).enumerated() {
            var x = area.x + 1
            for segment in line {
                x = buffer.put(
                    segment.text, x: x, y: area.y + offset, style: segment.style,
                    maxWidth: area.maxX - x)
            }
        }
        buffer.put(
            hints.truncated(toWidth: area.width - 2, ellipsis: theme.glyphs.ellipsis),
            x: area.x + 1, y: area.maxY - 1, style: theme[.missingValue])
    }

    /// The largest useful scroll for a height.
    func maxScroll(width: Int, height: Int) -> Int {
        max(0, lines(width: width - 2).count - (height - 1))
    }
}
