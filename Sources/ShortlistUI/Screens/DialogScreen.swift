import TerminalKit

/// A list to choose from in a frame over the screen: the theme chooser. The selected item is
/// marked by a symbol as well as a style, and the cursor rests on it.
struct DialogScreen {
    var dialog: DialogState
    var keymap: Keymap
    var theme: Theme

    /// The frame for `area`: wide enough for the longest item, centred.
    static func box(for dialog: DialogState, in area: Rect) -> Rect {
        let longest =
            dialog.items.map { $0.name.displayWidth + 3 + $0.detail.displayWidth }.max() ?? 0
        let paragraph = min(72, dialog.text.map { $0.displayWidth + 4 }.max() ?? 0)
        let width = min(area.width, max(40, longest + 6, paragraph))
        let height = min(
            area.height, dialog.items.count + textLines(of: dialog, width: width).count + 4)
        return Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
    }

    /// The rows of items inside the frame (the last inner row holds the hint).
    static func listArea(of box: Rect) -> Rect {
        Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 3)
    }

    /// The paragraphs above the items, wrapped inside a frame `width` wide, and a blank line
    /// after them; none for a dialog without text.
    static func textLines(of dialog: DialogState, width: Int) -> [String] {
        guard !dialog.text.isEmpty else { return [] }
        return dialog.text.flatMap { wrapText($0, width: max(1, width - 4)) } + [""]
    }

    /// The rows of items inside the frame, below the text.
    static func listArea(for dialog: DialogState, in area: Rect) -> Rect {
        let box = box(for: dialog, in: area)
        var list = listArea(of: box)
        let text = min(list.height, textLines(of: dialog, width: box.width).count)
        list.y += text
        list.height -= text
        return list
    }

    /// The first item shown, so that the selected one is visible.
    static func top(for dialog: DialogState, rows: Int) -> Int {
        var top = min(dialog.top, dialog.selected)
        if dialog.selected >= top + rows { top = dialog.selected - rows + 1 }
        return max(0, min(top, dialog.items.count - rows))
    }

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        let box = Self.box(for: dialog, in: area)
        guard box.height >= 4, box.width >= 10 else { return nil }
        buffer.fill(box, style: theme[.dialog])
        Frame.draw(into: &buffer, box, title: dialog.title, theme: theme, titleRole: .dialogTitle)
        for (row, line) in Self.textLines(of: dialog, width: box.width).enumerated()
        where row < box.height - 3 {
            buffer.put(
                line, x: box.x + 2, y: box.y + 1 + row, style: theme[.dialog],
                maxWidth: box.width - 4)
        }
        let list = Self.listArea(for: dialog, in: area)
        let top = Self.top(for: dialog, rows: list.height)
        let nameWidth = dialog.items.map(\.name.displayWidth).max() ?? 0
        var cursor: Position?
        for row in 0..<list.height {
            let index = top + row
            guard index < dialog.items.count else { break }
            let item = dialog.items[index]
            let selected = index == dialog.selected
            let style = selected ? theme[.selectedRow] : theme[.dialog]
            let y = list.y + row
            buffer.fill(list.row(row), style: style)
            let marker = selected ? "\(theme.glyphs.selection) " : "  "
            let x = buffer.put(
                marker + item.name.padded(toWidth: nameWidth), x: list.x, y: y, style: style,
                maxWidth: list.width)
            let detail = item.detail.truncated(
                toWidth: list.maxX - x - 2, ellipsis: theme.glyphs.ellipsis)
            buffer.put(
                "  " + detail, x: x, y: y,
                style: selected ? style : theme[.label].over(style), maxWidth: list.maxX - x)
            if selected { cursor = Position(x: list.x, y: y) }
        }
        // A card to read has nothing to choose: its one key closes it.
        let readOnly = if case .combinedCard = dialog.purpose { true } else { false }
        let accept =
            readOnly
            ? nil : keymap.ownKeys(for: .accept, in: .dialog).first.map { "\($0) choose" }
        let cancel = keymap.ownKeys(for: .back, in: .dialog).first.map {
            "\($0) \(readOnly ? "close" : "cancel")"
        }
        let hint = [accept, cancel].compactMap { $0 }.joined(separator: "  ")
        buffer.put(
            hint, x: list.x + 1, y: box.maxY - 2, style: theme[.missingValue].over(theme[.dialog]),
            maxWidth: list.width - 1)
        return cursor
    }

    /// The item a click at `position` falls on.
    static func item(at position: Position, dialog: DialogState, area: Rect) -> Int? {
        let list = listArea(for: dialog, in: area)
        guard list.contains(position) else { return nil }
        let index = top(for: dialog, rows: list.height) + position.y - list.y
        return index < dialog.items.count ? index : nil
    }
}
