import ShortlistCore
import TerminalKit

/// The candidate list: a column header, one row per candidate, a scroll bar. A pure function
/// of what it is given; the rows come from a `CandidateWindow`.
struct ListScreen {
    struct Column {
        var title: String
        var width: Int
        var alignRight = false
        var value: (CandidateSummary) -> FieldText
    }

    var rows: [CandidateSummary]
    var top: Int
    var selected: Int
    var total: Int
    var focused: Bool
    var theme: Theme

    /// Columns that fit the width; the name takes what is left. The application id appears
    /// from 100 columns up.
    static func columns(forWidth width: Int) -> [Column] {
        var fixed: [Column] = [
            Column(title: "Nat", width: 6) {
                FieldText($0.nationalities, CandidateFormat.nationalities)
            },
            Column(title: "FG", width: 3) { FieldText($0.functionGroup, \.description) },
            Column(title: "Education", width: 9) {
                FieldText($0.educationLevel, CandidateFormat.educationShort)
            },
            Column(title: "Languages", width: width >= 100 ? 23 : 17) {
                FieldText($0.languages, CandidateFormat.languages)
            },
            Column(title: "Exp", width: 5, alignRight: true) {
                FieldText($0.yearsExperience, CandidateFormat.years)
            },
        ]
        let marker = 2
        let scrollBar = 1
        var used = marker + scrollBar + fixed.reduce(0) { $0 + $1.width + 1 }
        var leading: [Column] = []
        if width >= 100 {
            leading.append(
                Column(title: "Application", width: 11) { .normal($0.applicationID.rawValue) })
            used += 12
        }
        let nameWidth = max(8, width - used)
        leading.append(Column(title: "Name", width: nameWidth) { .normal($0.displayName) })
        fixed.insert(contentsOf: leading, at: 0)
        return fixed
    }

    /// Draws into `area`; returns where the cursor rests (the selected row's marker).
    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 2, area.width >= 10 else { return nil }
        let columns = Self.columns(forWidth: area.width)
        let (headerRow, body) = area.splitTop(1)
        var header = "  "
        for column in columns {
            header +=
                column.title.padded(toWidth: column.width, alignRight: column.alignRight) + " "
        }
        buffer.fill(headerRow, style: theme[.columnHeader])
        buffer.put(
            header, x: area.x, y: headerRow.y, style: theme[.columnHeader], maxWidth: area.width - 1
        )

        var cursor: Position?
        for (offset, candidate) in rows.enumerated() where offset < body.height {
            let index = top + offset
            let y = body.y + offset
            let isSelected = index == selected
            let rowStyle =
                isSelected
                ? (focused ? theme[.selectedRow] : theme[.selectedRowInactive]) : theme[.row]
            buffer.fill(Rect(x: area.x, y: y, width: area.width - 1, height: 1), style: rowStyle)
            // The marker makes the selection visible without colour or reverse video.
            buffer.put(
                isSelected ? "\(theme.glyphs.selection) " : "  ", x: area.x, y: y, style: rowStyle)
            var x = area.x + 2
            for column in columns {
                let value = column.value(candidate)
                let style: Style
                switch value.kind {
                case .normal: style = rowStyle
                case .missing: style = theme[.missingValue].over(rowStyle)
                case .invalid: style = theme[.invalidValue].over(rowStyle)
                }
                let shown = value.kind == .missing ? theme.glyphs.missing : value.text
                let text = shown.padded(toWidth: column.width, alignRight: column.alignRight)
                buffer.put(text, x: x, y: y, style: style)
                x += column.width + 1
            }
            if isSelected { cursor = Position(x: area.x, y: y) }
        }
        drawScrollBar(
            into: &buffer, area: Rect(x: area.maxX - 1, y: body.y, width: 1, height: body.height))
        return cursor
    }

    private func drawScrollBar(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        guard total > area.height else {
            // Everything fits: the track alone, which also separates the list from the detail.
            for i in 0..<area.height {
                buffer.put(
                    String(theme.glyphs.scrollTrack), x: area.x, y: area.y + i,
                    style: theme[.border])
            }
            return
        }
        let thumbSize = max(1, area.height * area.height / total)
        let maxTop = max(1, total - area.height)
        let thumbTop = (area.height - thumbSize) * min(top, maxTop) / maxTop
        for i in 0..<area.height {
            let onThumb = i >= thumbTop && i < thumbTop + thumbSize
            let glyph = onThumb ? theme.glyphs.scrollThumb : theme.glyphs.scrollTrack
            buffer.put(String(glyph), x: area.x, y: area.y + i, style: theme[.border])
        }
    }

    /// The list position a click on the scroll bar at row `y` (0-based within the bar) means.
    static func position(forScrollBarRow y: Int, height: Int, total: Int) -> Int {
        guard height > 1 else { return 0 }
        return min(total - 1, max(0, y * (total - 1) / (height - 1)))
    }
}
