import TerminalKit

/// Builds the lines of a detail tab for one width: section titles, labelled fields, wrapped
/// paragraphs. Every tab is written with it, so they read alike.
struct DocumentWriter {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    let width: Int
    let theme: Theme
    private(set) var lines: [Line] = []

    static let labelWidth = 16

    init(width: Int, theme: Theme) {
        self.width = width
        self.theme = theme
    }

    mutating func section(_ title: String) {
        lines.append([Segment(text: title, style: theme[.sectionTitle])])
    }

    mutating func blank() { lines.append([]) }

    mutating func line(_ segments: [Segment]) { lines.append(segments) }

    mutating func append(_ more: [Line]) { lines += more }

    /// A label in its column and a value wrapped beside it; missing, unreadable and withheld
    /// values say so in words, not only by their style.
    mutating func field(_ label: String, _ value: FieldText) {
        let style: Style
        var text = value.text
        switch value.kind {
        case .normal: style = theme[.row]
        case .missing:
            style = theme[.missingValue]
            text = "\(theme.glyphs.missing) not given"
        case .withheld:
            style = theme[.missingValue]
            text = FieldText.withheldWords
        case .invalid:
            style = theme[.invalidValue]
            let g = theme.glyphs
            text = "? unreadable: \(g.openQuote)\(text.dropFirst())\(g.closeQuote)"
        }
        labelled(label, [Segment(text: text, style: style)])
    }

    /// A label, then segments that wrap as one text under the value column.
    mutating func labelled(_ label: String, _ segments: [Segment]) {
        let labelText = label.padded(toWidth: Self.labelWidth - 1) + " "
        wrapped(
            segments, indent: Self.labelWidth,
            first: [Segment(text: labelText, style: theme[.label])])
    }

    /// Text wrapped to the width; with an indent, every line is indented.
    mutating func paragraph(_ text: String, style: Style, indent: Int = 0) {
        guard indent == 0 else {
            wrapped([Segment(text: text, style: style)], indent: indent, first: [])
            return
        }
        // As written: indentation, bullets and blank lines of a CV are kept.
        for piece in wrapText(text, width: width) {
            lines.append([Segment(text: piece, style: style)])
        }
    }

    /// Segments of several styles wrapped as one text: each word keeps its segment's style.
    /// Lines after the first are indented; `first` goes before the first line (a label, a
    /// badge) in place of the indent.
    mutating func wrapped(_ segments: [Segment], indent: Int, first: [Segment]) {
        let firstWidth = first.reduce(0) { $0 + $1.text.displayWidth }
        let pad = String(repeating: " ", count: indent)
        var current = first.isEmpty && indent > 0 ? [Segment(text: pad, style: .plain)] : first
        var column = first.isEmpty ? indent : firstWidth
        var lineHasWord = false
        let limit = max(indent + 10, width)
        for segment in segments {
            for (n, paragraphLine) in segment.text.split(
                omittingEmptySubsequences: false, whereSeparator: \.isNewline
            ).enumerated() {
                if n > 0 {
                    lines.append(current)
                    current = [Segment(text: pad, style: .plain)]
                    column = indent
                    lineHasWord = false
                }
                for word in paragraphLine.split(separator: " ") {
                    let w = word.displayWidth
                    if lineHasWord && column + 1 + w > limit {
                        lines.append(current)
                        current = [Segment(text: pad, style: .plain)]
                        column = indent
                        lineHasWord = false
                    }
                    var text = lineHasWord ? " " : ""
                    var rest = Substring(word)
                    // A word longer than the room is cut.
                    while column + text.count + rest.displayWidth > limit, !rest.isEmpty {
                        var cut = rest.startIndex
                        var used = column + text.count
                        while cut < rest.endIndex, used + displayWidth(of: rest[cut]) <= limit {
                            used += displayWidth(of: rest[cut])
                            cut = rest.index(after: cut)
                        }
                        if cut == rest.startIndex { break }
                        current.append(Segment(text: text + rest[..<cut], style: segment.style))
                        lines.append(current)
                        current = [Segment(text: pad, style: .plain)]
                        column = indent
                        text = ""
                        rest = rest[cut...]
                    }
                    text += rest
                    current.append(Segment(text: text, style: segment.style))
                    column += text.displayWidth
                    lineHasWord = true
                }
            }
        }
        lines.append(current)
    }
}
