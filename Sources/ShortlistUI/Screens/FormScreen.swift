import TerminalKit

/// A form in a frame over the screen: one line per field (options in a row, the chosen one
/// in brackets as well as in its style), then the focused field's help, any problem, and the
/// keys. The focused field is marked by a symbol and the cursor rests on it.
struct FormScreen {
    var form: FormState
    var keymap: Keymap
    var theme: Theme

    /// Lines under the fields for the focused field's help.
    static let helpRows = 3

    static func box(for form: FormState, in area: Rect) -> Rect {
        let width = min(area.width, 96)
        let height = min(area.height, form.fields.count + helpRows + 5)
        return Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
    }

    static func inner(of box: Rect) -> Rect {
        Rect(
            x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 2)
        )
    }

    static func labelWidth(_ form: FormState) -> Int {
        (form.fields.map(\.label.displayWidth).max() ?? 0) + 2
    }

    /// Where the value of a field starts on its line.
    static func valueX(_ form: FormState, inner: Rect) -> Int {
        inner.x + 2 + labelWidth(form)
    }

    /// The columns of each option of a choice field.
    static func optionColumns(_ options: [FormState.Option], from x: Int) -> [Range<Int>] {
        var columns: [Range<Int>] = []
        var at = x
        for option in options {
            let width = option.label.displayWidth + 2
            columns.append(at..<(at + width))
            at += width + 1
        }
        return columns
    }

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        let box = Self.box(for: form, in: area)
        guard box.height >= 6, box.width >= 20 else { return nil }
        let base = theme[.dialog]
        buffer.fill(box, style: base)
        Frame.draw(into: &buffer, box, title: form.title, theme: theme, titleRole: .dialogTitle)
        let inner = Self.inner(of: box)
        let labelWidth = Self.labelWidth(form)
        let valueX = Self.valueX(form, inner: inner)
        var cursor: Position?
        let quiet = theme[.missingValue].over(base)
        for (i, field) in form.fields.enumerated() where i < inner.height {
            let y = inner.y + i
            let focused = i == form.focus
            buffer.put(
                focused ? theme.glyphs.selection : " ", x: inner.x, y: y,
                style: focused ? theme[.selectedRow] : base)
            let labelStyle =
                focused ? theme[.label].with(.bold).over(base) : theme[.label].over(base)
            let label = field.label + (field.isRequired ? "*" : "")
            buffer.put(label.padded(toWidth: labelWidth), x: inner.x + 2, y: y, style: labelStyle)
            switch field.kind {
            case .choice(let options, let selected):
                let columns = Self.optionColumns(options, from: valueX)
                for (n, option) in options.enumerated() {
                    let chosen = n == selected
                    let role = option.role.map { theme[$0] } ?? theme[.row]
                    let style = chosen ? role.with(.bold).over(base) : quiet
                    buffer.put(
                        chosen ? "[\(option.label)]" : " \(option.label) ",
                        x: columns[n].lowerBound, y: y, style: style,
                        maxWidth: max(0, inner.maxX - columns[n].lowerBound))
                }
                if selected == nil {
                    buffer.put(
                        theme.glyphs.missing, x: valueX - 2, y: y, style: quiet)
                }
                if focused { cursor = Position(x: inner.x, y: y) }
            case .text(let line):
                let room = max(1, inner.maxX - valueX)
                let text = line.text
                var start = 0
                while text[start..<line.cursor].reduce(0, { $0 + displayWidth(of: $1) }) >= room {
                    start += 1
                }
                let fieldStyle = theme[.commandLine].with(.underline).over(base)
                buffer.fill(Rect(x: valueX, y: y, width: room, height: 1), style: fieldStyle)
                buffer.put(
                    String(text[start...]), x: valueX, y: y, style: fieldStyle, maxWidth: room)
                if focused {
                    cursor = Position(
                        x: valueX
                            + text[start..<line.cursor].reduce(0) { $0 + displayWidth(of: $1) },
                        y: y)
                }
            }
        }
        // The focused field's help, then a problem, then the keys.
        let helpTop = inner.y + form.fields.count + 1
        let help = wrapText(form.focused.currentHelp, width: max(10, inner.width))
        for (n, line) in help.prefix(Self.helpRows).enumerated() where helpTop + n < inner.maxY - 2
        {
            buffer.put(
                line, x: inner.x, y: helpTop + n, style: theme[.row].over(base),
                maxWidth: inner.width)
        }
        if let problem = form.problem {
            buffer.put(
                problem, x: inner.x, y: inner.maxY - 2, style: theme[.error], maxWidth: inner.width)
        }
        buffer.put(hints, x: inner.x, y: inner.maxY - 1, style: quiet, maxWidth: inner.width)
        return cursor
    }

    /// The keys of the form, from the live keymap.
    var hints: String {
        func key(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .form).first?.description
        }
        var parts: [String] = []
        if form.fields.contains(where: \.takesMarks) {
            for (command, word) in [
                (CommandID.markMet, "met"), (.markPartly, "partly"), (.markNotMet, "not met"),
                (.markUnknown, "unknown"),
            ] {
                if let k = key(command) { parts.append("\(k) \(word)") }
            }
        } else if let k = key(.nextOption) {
            parts.append("\(k) choose")
        }
        if let k = key(.moveDown) { parts.append("\(k) next field") }
        if let k = key(.accept) { parts.append("\(k) save") }
        if let k = key(.back) { parts.append("\(k) cancel") }
        return parts.joined(separator: "  ")
    }

    enum Hit: Equatable {
        case field(Int)
        case option(Int, field: Int)
        case inside
        case outside
    }

    /// What a click at `position` falls on.
    static func hit(at position: Position, form: FormState, area: Rect) -> Hit {
        let box = box(for: form, in: area)
        guard box.contains(position) else { return .outside }
        let inner = inner(of: box)
        let row = position.y - inner.y
        guard row >= 0, row < form.fields.count else { return .inside }
        if case .choice(let options, _) = form.fields[row].kind {
            let columns = optionColumns(options, from: valueX(form, inner: inner))
            if let n = columns.firstIndex(where: { $0.contains(position.x) }) {
                return .option(n, field: row)
            }
        }
        return .field(row)
    }
}
