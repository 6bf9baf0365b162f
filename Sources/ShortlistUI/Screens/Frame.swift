import TerminalKit

/// A box with a title in its top edge, in the theme's line-drawing symbols.
enum Frame {
    static func draw(
        into buffer: inout Buffer, _ r: Rect, title: String, theme: Theme,
        titleRole: ThemeRole = .paneTitle
    ) {
        guard r.width >= 2, r.height >= 2 else { return }
        let g = theme.glyphs
        let style = theme[.border]
        let horizontal = String(repeating: g.horizontal, count: r.width - 2)
        buffer.put("\(g.topLeft)\(horizontal)\(g.topRight)", x: r.x, y: r.y, style: style)
        buffer.put(
            "\(g.bottomLeft)\(horizontal)\(g.bottomRight)", x: r.x, y: r.maxY - 1, style: style)
        for y in (r.y + 1)..<(r.maxY - 1) {
            buffer.put(String(g.vertical), x: r.x, y: y, style: style)
            buffer.put(String(g.vertical), x: r.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty {
            buffer.put(
                " \(title) ", x: r.x + 2, y: r.y, style: theme[titleRole], maxWidth: r.width - 4)
        }
    }
}
