import ShortlistCore
import TerminalKit

/// The detail pane: a title with the candidate, the tabs, and the chosen tab's document
/// scrolled. The evidence hit last jumped to is marked by a symbol in the gutter as well as
/// a style.
struct DetailScreen {
    var title: String
    var tab: DetailTab
    /// The key shown before each tab's title, from the live keymap.
    var tabKeys: [DetailTab: String]
    var document: DetailDocument?
    var scroll: Int
    var focused: Bool
    var theme: Theme
    var currentHit: DetailDocument.EvidenceMark?
    /// The criterion a docked screening form is on: its phrases stand out, the others' dim.
    var focusCriterion: CriterionID? = nil
    /// Every evidence phrase of the document, for `focusCriterion` to sort them.
    var evidence: [DetailDocument.EvidenceMark] = []

    /// Rows above the document: the title and the tabs.
    static let headerRows = 2

    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 3 else { return nil }
        let (titleRow, rest) = area.splitTop(1)
        let (tabRow, body) = rest.splitTop(1)
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
        for (tab, columns) in Self.tabColumns(keys: tabKeys, x: area.x) {
            guard columns.lowerBound < area.maxX else { break }
            let active = tab == self.tab
            let label = Self.label(tab, key: tabKeys[tab])
            buffer.put(
                active ? "[\(label)]" : " \(label) ", x: columns.lowerBound, y: tabRow.y,
                style: theme[active ? .tabActive : .tab], maxWidth: area.maxX - columns.lowerBound)
        }
        guard let document else { return nil }
        for (offset, line) in document.lines.dropFirst(scroll).prefix(body.height).enumerated() {
            var x = body.x
            for segment in line {
                x = buffer.put(
                    segment.text, x: x, y: body.y + offset, style: segment.style,
                    maxWidth: body.maxX - x)
            }
        }
        if let focusCriterion { stress(focusCriterion, into: &buffer, body: body) }
        if let currentHit { mark(currentHit, into: &buffer, body: body) }
        return focused ? Position(x: body.x, y: body.y) : nil
    }

    /// The hit jumped to: the search highlight made bold and underlined, so that it stands
    /// out even where a criterion's own highlight has the same colour.
    private func mark(_ hit: DetailDocument.EvidenceMark, into buffer: inout Buffer, body: Rect) {
        let style = Self.currentHitStyle(theme)
        for (i, span) in hit.spans.enumerated() {
            let y = body.y + span.line - scroll
            guard y >= body.y, y < body.maxY else { continue }
            for x in span.columns where body.x + x < body.maxX {
                buffer[body.x + x, y].style = style
            }
            if i == 0 {
                buffer.put(theme.glyphs.selection, x: body.x, y: y, style: style)
            }
        }
    }

    /// The focused criterion's phrases made bold, every other criterion's dimmed to the
    /// quiet style: the eye finds what is being judged.
    private func stress(_ criterion: CriterionID, into buffer: inout Buffer, body: Rect) {
        for hit in evidence {
            let focused = hit.hit.criterion == criterion
            for span in hit.spans {
                let y = body.y + span.line - scroll
                guard y >= body.y, y < body.maxY else { continue }
                for x in span.columns where body.x + x < body.maxX {
                    let style = buffer[body.x + x, y].style
                    buffer[body.x + x, y].style =
                        focused ? style.with(.bold) : theme[.missingValue]
                }
            }
        }
    }

    static func currentHitStyle(_ theme: Theme) -> Style {
        theme[.searchMatch].with([.bold, .underline])
    }

    static func label(_ tab: DetailTab, key: String?) -> String {
        key.map { "\($0) \(tab.title)" } ?? tab.title
    }

    /// Where each tab is on the tab row: what a click falls on.
    static func tabColumns(keys: [DetailTab: String], x: Int) -> [(DetailTab, Range<Int>)] {
        var result: [(DetailTab, Range<Int>)] = []
        var column = x
        for tab in DetailTab.allCases {
            let width = label(tab, key: keys[tab]).displayWidth + 2
            result.append((tab, column..<(column + width)))
            column += width + 1
        }
        return result
    }
}
