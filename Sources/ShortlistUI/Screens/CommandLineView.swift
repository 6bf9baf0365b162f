import ShortlistCore
import TerminalKit

/// The `:` command line on the bottom line, and the completions offered above it.
struct CommandLineView {
    var line: CommandLineState
    var theme: Theme

    static let maxMenuRows = 8

    /// Draws the line over `line` and the completion list into `above`; returns where the
    /// cursor goes (the terminal's own cursor shows where typing lands).
    func draw(into buffer: inout Buffer, line area: Rect, above: Rect) -> Position {
        let style = theme[.commandLine]
        buffer.fill(area, style: style)
        let text = line.text
        let prompt = line.purpose.prompt
        let room = max(1, area.width - 1 - prompt.count)
        // Scroll the text sideways so that the cursor stays on screen.
        var start = 0
        while text[start..<line.cursor].reduce(0, { $0 + displayWidth(of: $1) }) >= room {
            start += 1
        }
        buffer.put(prompt, x: area.x, y: area.y, style: style)
        let textX = area.x + prompt.count
        buffer.put(String(text[start...]), x: textX, y: area.y, style: style, maxWidth: room)
        let cursorX = textX + text[start..<line.cursor].reduce(0) { $0 + displayWidth(of: $1) }
        if let menu = menuArea(line: area, above: above) {
            drawMenu(into: &buffer, menu)
        }
        if let error = line.error, above.height >= 2 {
            drawError(error, into: &buffer, textX: textX, start: start, above: above)
        }
        return Position(x: cursorX, y: area.y)
    }

    /// A filter's syntax error over the two lines above the bar: a caret under the place,
    /// then what is wrong and the hint. The list under it stays as it was.
    private func drawError(
        _ error: FilterSyntaxError, into buffer: inout Buffer, textX: Int, start: Int,
        above: Rect
    ) {
        let style = theme[.error]
        let caretRow = above.maxY - 2
        let messageRow = above.maxY - 1
        buffer.fill(above.row(above.height - 2), style: theme[.commandLine])
        buffer.fill(above.row(above.height - 1), style: style)
        let offset = max(0, min(error.position, line.text.count) - start)
        let caretX =
            textX + line.text[start..<(start + offset)].reduce(0) { $0 + displayWidth(of: $1) }
        buffer.put("^", x: min(caretX, above.maxX - 1), y: caretRow, style: style)
        buffer.put(
            " \(error.message) (\(error.hint))", x: above.x, y: messageRow, style: style,
            maxWidth: above.width)
    }

    /// Where the completion list goes: above the word being completed, at most eight rows.
    func menuArea(line area: Rect, above: Rect) -> Rect? {
        guard line.completions.count > 1 else { return nil }
        let rows = min(Self.maxMenuRows, line.completions.count, above.height)
        let width = min(
            area.width, (line.completions.map(\.displayWidth).max() ?? 0) + 2)
        let x = min(area.x + 1 + line.completionColumn, area.maxX - width)
        return Rect(x: max(area.x, x - 1), y: area.y - rows, width: width, height: rows)
    }

    /// The first completion shown, so that the chosen one is visible.
    func menuTop(rows: Int) -> Int {
        guard let index = line.completionIndex, index >= rows else { return 0 }
        return min(index - rows + 1, line.completions.count - rows)
    }

    private func drawMenu(into buffer: inout Buffer, _ menu: Rect) {
        let top = menuTop(rows: menu.height)
        for row in 0..<menu.height {
            let index = top + row
            guard index < line.completions.count else { break }
            let chosen = index == line.completionIndex
            let style = theme[chosen ? .completionSelected : .completion]
            buffer.fill(menu.row(row), style: style)
            buffer.put(
                " " + line.completions[index], x: menu.x, y: menu.y + row, style: style,
                maxWidth: menu.width)
        }
    }

    /// The completion a click at `position` falls on.
    func completion(at position: Position, line area: Rect, above: Rect) -> Int? {
        guard let menu = menuArea(line: area, above: above), menu.contains(position) else {
            return nil
        }
        let index = menuTop(rows: menu.height) + position.y - menu.y
        return index < line.completions.count ? index : nil
    }
}
