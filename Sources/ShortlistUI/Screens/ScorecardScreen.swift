import ShortlistCore
import ShortlistStore
import TerminalKit

/// The acting member's interview scorecard for one candidate, over the whole body: a row per
/// criterion (weight, pass mark, the member's mark as a digit and a bar, then the panel's
/// marks once the store reveals them), and for the chosen criterion its text with the anchor
/// of every level of the scale, the current mark's highlighted. A pure function of what the
/// store gave; it never decides what is sealed.
struct ScorecardScreen {
    var title: String
    var scoring: CandidateScoring
    var scheme: ScoringScheme
    var criteria: [ScreeningView.CriterionLine]
    var focus: Int
    var viewer: String
    var theme: Theme
    /// The key hints of the last line, from the live keymap.
    var hints: String

    private var glyphs: Glyphs { theme.glyphs }
    private var scale: RatingScale { scheme.scale }
    private var own: Scorecard? { scoring.own }
    private var locked: Bool { own?.isSubmitted == true }

    /// Columns of a criterion row before the panel's part.
    private static let idWidth = 4

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        buffer.fill(area, style: theme[.row])
        var y = area.y
        let width = area.width
        drawTitle(into: &buffer, x: area.x, y: y, width: width)
        y += 1
        let barWidth = scale.maximum - scale.minimum
        let ownWidth = 2 + Self.idWidth + 4 + 1 + 5 + 5 + barWidth + 1
        let others = scoring.others
        let panelX = area.x + ownWidth + 2
        // Column header.
        buffer.fill(Rect(x: area.x, y: y, width: width, height: 1), style: theme[.columnHeader])
        var header =
            "  " + "Crit".padded(toWidth: Self.idWidth) + "Wt".padded(toWidth: 4, alignRight: true)
            + " " + "Pass".padded(toWidth: 5) + "Mark"
        header = header.padded(toWidth: panelX - area.x - 2) + "\(glyphs.vertical) "
        if case .visible = scoring.result {
            header += others.indices.map { "\($0 + 1)".padded(toWidth: 2) }.joined()
            header += (others.isEmpty ? "" : " ") + "Mean".padded(toWidth: 5, alignRight: true)
            header += " " + "Med".padded(toWidth: 4, alignRight: true) + "   "
            header += ScoreGraphics.levelHeader(scale)
        } else {
            header += "Panel"
        }
        buffer.put(header, x: area.x, y: y, style: theme[.columnHeader], maxWidth: width)
        y += 1
        var cursor: Position?
        for (i, rule) in scheme.criteria.enumerated() where y < area.maxY {
            let selected = i == focus
            let rowStyle = selected ? theme[.selectedRow] : theme[.row]
            buffer.fill(Rect(x: area.x, y: y, width: width, height: 1), style: rowStyle)
            let mark = own?.marks[rule.id]
            var x = buffer.put(
                (selected ? "\(glyphs.selection) " : "  ")
                    + rule.id.rawValue.padded(toWidth: Self.idWidth)
                    + Self.number(rule.weight).padded(toWidth: 4, alignRight: true) + " "
                    + (rule.passMark.map(Self.number) ?? glyphs.missing).padded(toWidth: 5),
                x: area.x, y: y, style: rowStyle)
            x = buffer.put(
                (mark.map(String.init) ?? glyphs.missing).padded(toWidth: 3, alignRight: true)
                    + "  ", x: x, y: y,
                style: mark == nil ? theme[.missingValue].over(rowStyle) : rowStyle)
            let reachedRole: ThemeRole =
                mark.map { ScoreGraphics.meanRole(Double($0), passMark: rule.passMark) } ?? .border
            x = buffer.put(
                ScoreGraphics.bar(mark, scale: scale, glyphs: glyphs), x: x, y: y,
                style: theme[reachedRole].over(rowStyle))
            if needsComment(rule.id) {
                buffer.put("!", x: x, y: y, style: theme[.error].over(rowStyle))
            }
            buffer.put(
                String(glyphs.vertical), x: panelX - 2, y: y, style: theme[.border].over(rowStyle))
            drawPanel(
                into: &buffer, criterion: i, x: panelX, y: y, maxX: area.maxX, style: rowStyle)
            if selected { cursor = Position(x: area.x, y: y) }
            y += 1
        }
        y = drawSummary(into: &buffer, x: area.x, y: y, width: width)
        // The chosen criterion: its text, the anchors, the comment; the note and the hints
        // at the bottom.
        let bottom = area.maxY - 2
        guard scheme.criteria.indices.contains(focus) else { return cursor }
        let rule = scheme.criteria[focus]
        let line = criteria.first { $0.id == rule.id }
        let mark = own?.marks[rule.id]
        let anchors = scale.levels.count
        let commentLines = 1
        var room = bottom - y - anchors - commentLines
        if room > 6 {
            y += 1
            room -= 1
        }
        var w = DocumentWriter(width: width - 2, theme: theme)
        var head = "\(rule.id)"
        if let line { head += " (\(line.group.title.lowercased()))" }
        w.wrapped(
            [.init(text: line?.text ?? "", style: theme[.row])], indent: 0,
            first: [.init(text: head + ": ", style: theme[.sectionTitle])])
        var textLines = w.lines
        if textLines.count > max(1, room) {
            textLines = Array(textLines.prefix(max(1, room)))
            textLines[textLines.count - 1].append(.init(text: glyphs.ellipsis, style: theme[.row]))
        }
        for segments in textLines where y < bottom {
            var x = area.x + 1
            for segment in segments {
                x = buffer.put(
                    segment.text, x: x, y: y, style: segment.style, maxWidth: area.maxX - x)
            }
            y += 1
        }
        let spare = max(0, bottom - y - anchors - commentLines)
        for level in scale.levels where y < bottom {
            let current = level == mark
            let style = current ? theme[.selectedRow] : theme[.row]
            let text = scale.anchor(for: level) ?? ""
            let prefix = (current ? "\(glyphs.selection) " : "  ") + "\(level) "
            if current && spare > 0 {
                let room = max(10, width - prefix.count - 2)
                var pieces = wrapText(text, width: room)
                if pieces.count > 1 + spare {
                    pieces = Array(pieces.prefix(1 + spare))
                    pieces[pieces.count - 1] = (pieces[pieces.count - 1] + " " + glyphs.ellipsis)
                        .truncated(toWidth: room, ellipsis: glyphs.ellipsis)
                }
                for (n, piece) in pieces.enumerated() where y < bottom {
                    buffer.fill(Rect(x: area.x, y: y, width: width, height: 1), style: style)
                    buffer.put(
                        (n == 0 ? prefix : String(repeating: " ", count: prefix.count)) + piece,
                        x: area.x + 1, y: y, style: style, maxWidth: width - 1)
                    y += 1
                }
                continue
            }
            if current {
                buffer.fill(Rect(x: area.x, y: y, width: width, height: 1), style: style)
            }
            buffer.put(
                prefix
                    + text.truncated(toWidth: width - prefix.count - 2, ellipsis: glyphs.ellipsis),
                x: area.x + 1, y: y, style: current ? style : theme[.label], maxWidth: width - 1)
            y += 1
        }
        if y < bottom {
            let comment = own?.comments[rule.id] ?? ""
            var x = buffer.put("Comment: ", x: area.x + 1, y: y, style: theme[.label])
            if !comment.isEmpty {
                buffer.put(comment, x: x, y: y, style: theme[.row], maxWidth: area.maxX - x - 1)
            } else if needsComment(rule.id) {
                x = buffer.put(
                    "needed: a mark at an end of the scale needs a comment", x: x, y: y,
                    style: theme[.error], maxWidth: area.maxX - x - 1)
            } else {
                buffer.put("none", x: x, y: y, style: theme[.missingValue])
            }
            y += 1
        }
        let noteY = area.maxY - 2
        let note = own?.note ?? ""
        let x = buffer.put("Note: ", x: area.x + 1, y: noteY, style: theme[.label])
        buffer.put(
            note.isEmpty ? "none" : note, x: x, y: noteY,
            style: note.isEmpty ? theme[.missingValue] : theme[.row], maxWidth: area.maxX - x - 1)
        buffer.fill(Rect(x: area.x, y: area.maxY - 1, width: width, height: 1), style: theme[.row])
        buffer.put(
            hints.truncated(toWidth: width - 2, ellipsis: glyphs.ellipsis), x: area.x + 1,
            y: area.maxY - 1, style: theme[.missingValue])
        return cursor
    }

    /// A mark at an end of the scale without a comment, where the profile asks for one.
    static func needsComment(_ id: CriterionID, card: Scorecard?, scheme: ScoringScheme) -> Bool {
        guard let mark = card?.marks[id], scheme.rules.commentRequiredAtScaleEnds else {
            return false
        }
        return (mark == scheme.scale.minimum || mark == scheme.scale.maximum)
            && (card?.comments[id] ?? "").isEmpty
    }

    private func needsComment(_ id: CriterionID) -> Bool {
        Self.needsComment(id, card: own, scheme: scheme)
    }

    /// "20", "2.5": a weight or a pass mark as the profile gives it.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : ScoreText.decimal(value)
    }

    private func drawTitle(into buffer: inout Buffer, x: Int, y: Int, width: Int) {
        var state: String
        switch own {
        case nil: state = "nothing marked yet"
        case let card? where card.isSubmitted:
            state = "submitted at \(card.submittedAt ?? "") \(glyphs.separator) locked"
            if ("Scorecard \(glyphs.separator) \(title)" + state).displayWidth + 4 > width {
                state = "submitted \(glyphs.separator) locked"
            }
        case let card?:
            let marked = scheme.criteria.filter { card.marks[$0.id] != nil }.count
            state = "draft, saved \(glyphs.separator) \(marked)/\(scheme.criteria.count) marked"
        }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: theme[.row])
        let left = "Scorecard \(glyphs.separator) \(title)"
        let right = state + " "
        let end = buffer.put(
            " " + left, x: x, y: y, style: theme[.sectionTitle],
            maxWidth: max(10, width - right.displayWidth - 2))
        if end + right.displayWidth + 1 <= x + width {
            buffer.put(
                right, x: x + width - right.displayWidth, y: y,
                style: locked ? theme[.eligible] : theme[.label])
        }
    }

    /// The panel's part of a criterion row: "sealed" until the store reveals it; then each
    /// visible member's mark, the mean, the median, a divergence mark and the strip.
    private func drawPanel(
        into buffer: inout Buffer, criterion: Int, x: Int, y: Int, maxX: Int, style: Style
    ) {
        guard case .visible(let result) = scoring.result,
            result.criteria.indices.contains(criterion)
        else {
            buffer.put(ScoreText.sealed, x: x, y: y, style: theme[.sealed].over(style))
            return
        }
        let line = result.criteria[criterion]
        let id = line.criterion
        var at = x
        for card in scoring.others {
            at = buffer.put(
                (card.marks[id].map(String.init) ?? glyphs.missing).padded(toWidth: 2), x: at, y: y,
                style: style, maxWidth: maxX - at)
        }
        if !scoring.others.isEmpty { at += 1 }
        let meanRole =
            line.mean.map {
                ScoreGraphics.meanRole($0, passMark: scheme.criteria[criterion].passMark)
            } ?? .row
        at = buffer.put(
            ScoreText.decimal(line.mean).padded(toWidth: 5, alignRight: true), x: at, y: y,
            style: theme[meanRole].over(style), maxWidth: maxX - at)
        at = buffer.put(
            " " + ScoreText.decimal(line.median).padded(toWidth: 4, alignRight: true), x: at, y: y,
            style: style, maxWidth: maxX - at)
        at = buffer.put(
            line.isDivergent ? " \(glyphs.divergent) " : "   ", x: at, y: y,
            style: theme[.divergence].over(style), maxWidth: maxX - at)
        buffer.put(
            ScoreGraphics.strip(line.marks, scale: scale, glyphs: glyphs), x: at, y: y,
            style: theme[line.isDivergent ? .divergence : .label].over(style), maxWidth: maxX - at)
    }

    /// One line under the rows: the total and who the columns are, or why it is sealed.
    private func drawSummary(into buffer: inout Buffer, x: Int, y: Int, width: Int) -> Int {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: theme[.row])
        var at = x + 1
        switch scoring.result {
        case .sealed:
            let why =
                scoring.viewerIsConflicted
                ? "you declared a conflict of interest: the panel's marks stay sealed"
                : "the panel's marks stay sealed until you submit your card"
            at = buffer.put("Total ", x: at, y: y, style: theme[.label])
            at = buffer.put(ScoreText.sealed, x: at, y: y, style: theme[.sealed])
            buffer.put(
                " \(glyphs.separator) " + why, x: at, y: y, style: theme[.missingValue],
                maxWidth: x + width - at - 1)
        case .visible(let result):
            at = buffer.put("Total ", x: at, y: y, style: theme[.label])
            if let total = result.total {
                at = buffer.put(
                    ScoreText.decimal(total), x: at, y: y,
                    style: theme[
                        ScoreGraphics.totalRole(total, passMark: scheme.rules.overallPassMark)])
                at = buffer.put(
                    result.passed ? " passed" : " below a pass mark", x: at, y: y,
                    style: theme[result.passed ? .scoreMiddle : .scoreLow])
            } else {
                at = buffer.put(glyphs.missing, x: at, y: y, style: theme[.missingValue])
            }
            var parts = ["\(scoring.submitted.count)/\(scoring.expected.count) cards"]
            if !scoring.others.isEmpty {
                parts.append(
                    scoring.others.enumerated().map { "\($0.offset + 1) \($0.element.member)" }
                        .joined(separator: ", "))
            }
            let waiting = scoring.expected.filter {
                $0 != viewer && !scoring.submitted.contains($0)
            }
            if !waiting.isEmpty { parts.append("to come: " + waiting.joined(separator: ", ")) }
            // In a pane beside the CV the legend may not fit one line: what does not goes on
            // the next, under the total, rather than be cut off.
            var row = y
            for part in parts {
                let piece = " \(glyphs.separator) \(part)"
                if at + piece.displayWidth > x + width - 1, at > x + 7 {
                    row += 1
                    buffer.fill(Rect(x: x, y: row, width: width, height: 1), style: theme[.row])
                    at = x + 6
                }
                at = buffer.put(
                    piece, x: at, y: row, style: theme[.label], maxWidth: max(0, x + width - at - 1))
            }
            return row + 1
        }
        return y + 1
    }
}
