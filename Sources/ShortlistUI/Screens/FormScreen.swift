import TerminalKit

/// A form in a frame over the screen: one line per field (options in a row, the chosen one
/// in brackets as well as in its style), then the focused field's help, any problem, and the
/// keys. The focused field is marked by a symbol and the cursor rests on it. Docked beside
/// the detail it fills its pane, with room for the whole help and a remark on the evidence.
struct FormScreen {
    var form: FormState
    var keymap: Keymap
    var theme: Theme
    /// In a pane of its own beside the detail, rather than a box over the screen.
    var docked = false
    /// What the form says of the focused criterion's evidence in the CV beside it.
    var remark: String?

    /// Lines under the fields for the focused field's help.
    static let helpRows = 3

    static func box(for form: FormState, in area: Rect, docked: Bool = false) -> Rect {
        if docked { return area }
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

    /// The columns of each option of a choice field. When the options do not all fit before
    /// `maxX` (a narrow docked pane), the row starts at a later option so that the chosen one
    /// shows; the options before it then lie left of `x`, not drawn.
    static func optionColumns(
        _ options: [FormState.Option], from x: Int, selected: Int? = nil, maxX: Int = .max
    ) -> [Range<Int>] {
        var columns: [Range<Int>] = []
        var at = x
        for option in options {
            let width = option.label.displayWidth + 2
            columns.append(at..<(at + width))
            at += width + 1
        }
        guard let selected, columns.indices.contains(selected),
            columns[selected].upperBound > maxX
        else { return columns }
        let overflow = columns[selected].upperBound - maxX
        let first = columns.firstIndex { $0.lowerBound - x >= overflow } ?? selected
        let shift = columns[first].lowerBound - x
        return columns.map { ($0.lowerBound - shift)..<($0.upperBound - shift) }
    }

    /// The natural width of a form's box: its widest row of options, or room to type.
    static func naturalWidth(_ form: FormState) -> Int {
        let rows = form.fields.map { field -> Int in
            guard case .choice(let options, _) = field.kind else { return 40 }
            return options.reduce(0) { $0 + $1.label.displayWidth + 3 }
        }
        return labelWidth(form) + (rows.max() ?? 0) + 6
    }

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        let box = Self.box(for: form, in: area, docked: docked)
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
                let columns = Self.optionColumns(
                    options, from: valueX, selected: selected, maxX: inner.maxX)
                if columns.first.map({ $0.lowerBound < valueX }) == true {
                    buffer.put(theme.glyphs.ellipsis, x: valueX - 1, y: y, style: quiet)
                }
                for (n, option) in options.enumerated() where columns[n].lowerBound >= valueX {
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
        // The focused field's help, then a remark or a problem, then the keys (docked, on
        // two lines if one is too short for them).
        let hintLines = docked ? Self.pack(hintParts, width: inner.width, lines: 2) : [hints]
        let bottom = inner.maxY - 1 - hintLines.count
        var helpTop = inner.y + form.fields.count + 1
        if docked, helpTop >= bottom - 1 { helpTop -= 1 }
        let helpRows = docked ? max(0, bottom - helpTop) : Self.helpRows
        let help = wrapText(helpText, width: max(10, inner.width))
        for (n, line) in help.prefix(helpRows).enumerated() where helpTop + n < bottom {
            buffer.put(
                line, x: inner.x, y: helpTop + n, style: theme[.row].over(base),
                maxWidth: inner.width)
        }
        if let problem = form.problem {
            buffer.put(
                problem, x: inner.x, y: bottom, style: theme[.error], maxWidth: inner.width)
        } else if let remark {
            buffer.put(
                remark.truncated(toWidth: inner.width, ellipsis: theme.glyphs.ellipsis),
                x: inner.x, y: bottom, style: theme[.label].over(base), maxWidth: inner.width)
        }
        for (n, line) in hintLines.enumerated() {
            buffer.put(
                line, x: inner.x, y: bottom + 1 + n, style: quiet, maxWidth: inner.width)
        }
        return cursor
    }

    /// Hints packed into lines of a width, whole hints only, at most `lines` of them.
    static func pack(_ parts: [String], width: Int, lines: Int) -> [String] {
        var out: [String] = []
        var line = ""
        for part in parts {
            if line.isEmpty {
                line = part
            } else if line.displayWidth + 2 + part.displayWidth <= width {
                line += "  " + part
            } else {
                out.append(line)
                line = part
            }
        }
        if !line.isEmpty { out.append(line) }
        return Array(out.prefix(max(1, lines)))
    }

    /// The focused field's help; docked, after the help that stays (an override's rule data).
    var helpText: String {
        guard docked else { return form.focused.currentHelp }
        let staying = form.fields.enumerated().filter {
            $0.offset != form.focus && $0.element.helpStays
        }
        .map(\.element.currentHelp)
        return (staying + [form.focused.currentHelp]).joined(separator: "\n\n")
    }

    /// The keys of the form, from the live keymap.
    var hints: String { hintParts.joined(separator: "  ") }

    var hintParts: [String] {
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
        // Last, as a narrow pane cuts them first.
        if docked {
            if form.fields.contains(where: \.takesMarks), let next = key(.nextEvidence),
                let previous = key(.previousEvidence)
            {
                parts.append("\(next)\(previous) phrases")
            }
            if let down = key(.pageDown), let up = key(.pageUp) {
                parts.append("\(down)/\(up) scroll the CV")
            }
        }
        return parts
    }

    enum Hit: Equatable {
        case field(Int)
        case option(Int, field: Int)
        case inside
        case outside
    }

    /// What a click at `position` falls on.
    static func hit(
        at position: Position, form: FormState, area: Rect, docked: Bool = false
    ) -> Hit {
        let box = box(for: form, in: area, docked: docked)
        guard box.contains(position) else { return .outside }
        let inner = inner(of: box)
        let row = position.y - inner.y
        guard row >= 0, row < form.fields.count else { return .inside }
        if case .choice(let options, let selected) = form.fields[row].kind {
            let x = valueX(form, inner: inner)
            let columns = optionColumns(options, from: x, selected: selected, maxX: inner.maxX)
            if let n = columns.firstIndex(where: { $0.contains(position.x) && $0.lowerBound >= x })
            {
                return .option(n, field: row)
            }
        }
        return .field(row)
    }
}
