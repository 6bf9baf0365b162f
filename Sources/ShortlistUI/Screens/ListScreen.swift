import ShortlistCore
import TerminalKit

/// The candidate list: a column header, one row per candidate, a scroll bar. A pure function
/// of what it is given; the rows come from a `CandidateWindow`.
struct ListScreen {
    /// What a cell shows: a field of the application, or pieces in roles of their own (a
    /// badge, a screening summary).
    enum Cell {
        case field(FieldText)
        case styled([(text: String, role: ThemeRole)])
    }

    struct Column {
        var title: String
        var width: Int
        var alignRight = false
        /// A narrower width the column may take rather than be left out.
        var narrowest: Int?
        var value: (CandidateSummary) -> Cell
    }

    /// What the rows need beyond their summaries.
    struct Marks {
        /// Candidates with an eligibility rule overridden by the chair.
        var overridden: Set<ApplicationID> = []
        /// Candidates the acting member declared a conflict of interest with: their marks are
        /// not shown to them.
        var conflicted: Set<ApplicationID> = []
        /// Candidates invited to interview: an eligible one shows "invited" in place of
        /// "eligible".
        var invited: Set<ApplicationID> = []
        /// Names are withheld: the name column shows application ids, and the nationality
        /// and id columns go.
        var isBlind = false
        /// The tags of the rows shown, when some candidate in the database has tags (else
        /// nil, and no Tags column).
        var tags: [ApplicationID: [String]]?
        /// The words of the name search whose result is shown: matching words of names (and
        /// ids) are drawn in the search-match role.
        var highlight: [String]? = nil
        /// When the filter reads keyword evidence: the phrases each row's CV matched, shown
        /// in an evidence column (evidence is never counted without what matched).
        var evidence: [ApplicationID: String]? = nil
        /// Rows marked for a batch action: a symbol beside the selection marker.
        var marked: Set<ApplicationID> = []
        /// Once candidates are invited: each invited one's total as the viewer may see it, with
        /// the criteria whose marks diverge (nil, and no Score column, before any invitation).
        var scores: [ApplicationID: ScoreCell]? = nil
    }

    /// The Score column of one invited candidate.
    struct ScoreCell: Sendable, Equatable {
        /// A total ("68.33"), "sealed", or the cards in so far ("3/4 cards").
        var text: String
        var isSealed: Bool
        /// Criteria whose members' marks spread by the profile's threshold or more.
        var divergent: [String]
    }

    var rows: [CandidateSummary]
    var top: Int
    var selected: Int
    var total: Int
    var focused: Bool
    var theme: Theme
    var marks = Marks()

    /// The name keeps at least this much room before another column is shown.
    static let nameMinimum = 22

    /// Columns that fit the width, by priority: the eligibility badge and the screening
    /// summary first, then the application id (from 100 columns), nationality, function
    /// group, experience, education and languages; the name takes what is left.
    static func columns(forWidth width: Int, theme: Theme, marks: Marks) -> [Column] {
        let g = theme.glyphs
        let eligibility = Column(title: "Eligibility", width: 15) { row in
            guard let result = row.eligibility else { return .field(.missing) }
            let badge = StatusBadge.eligibility(result, glyphs: g)
            var pieces = [(text: badge.text, role: badge.role)]
            if marks.invited.contains(row.applicationID) {
                if result == .eligible {
                    pieces = [(text: "\(g.eligible) invited", role: badge.role)]
                } else {
                    pieces.append((" \(g.invited)", .label))
                }
            }
            if marks.overridden.contains(row.applicationID) {
                pieces.append((" \(g.overridden)", .label))
            }
            return .styled(pieces)
        }
        let screening = Column(title: "Screening", width: 20) { row in
            if marks.conflicted.contains(row.applicationID) {
                return .styled([("conflict", .sealed)])
            }
            guard let summary = row.screening, !summary.isEmpty else { return .field(.missing) }
            let groups = summary.groups.map { "\($0.label) \($0.met)/\($0.total)" }
                .joined(separator: " ")
            var pieces = [(text: groups, role: ThemeRole.row)]
            if summary.disagreements > 0 {
                pieces.append((" ±\(summary.disagreements)", .divergence))
            }
            return .styled(pieces)
        }
        let score = Column(title: "Score", width: 12, narrowest: 9) { row in
            guard let cell = marks.scores?[row.applicationID] else { return .field(.missing) }
            var pieces = [(text: cell.text, role: cell.isSealed ? ThemeRole.sealed : .row)]
            if !cell.divergent.isEmpty {
                pieces.append(
                    (" \(g.divergent)\(cell.divergent.joined(separator: ","))", .divergence))
            }
            return .styled(pieces)
        }
        let nationality = Column(title: "Nat", width: 6) {
            .field(FieldText($0.nationalities, CandidateFormat.nationalities))
        }
        let functionGroup = Column(title: "FG", width: 3) {
            .field(FieldText($0.functionGroup, \.description))
        }
        let experience = Column(title: "Exp", width: 5, alignRight: true) {
            .field(FieldText($0.yearsExperience, CandidateFormat.years))
        }
        let education = Column(title: "Education", width: 9) {
            .field(FieldText($0.educationLevel, CandidateFormat.educationShort))
        }
        let languages = Column(title: "Languages", width: 23, narrowest: 17) {
            .field(FieldText($0.languages, CandidateFormat.languages))
        }
        let tags = Column(title: "Tags", width: 16, narrowest: 8) { row in
            guard let tags = marks.tags?[row.applicationID], !tags.isEmpty else {
                return .styled([])
            }
            return .styled([(tags.joined(separator: " "), .label)])
        }
        func highlighted(_ text: String) -> Cell {
            guard let words = marks.highlight else { return .field(.normal(text)) }
            let ranges = SearchHighlight.ranges(in: text, words: words)
            guard !ranges.isEmpty else { return .field(.normal(text)) }
            var pieces: [(text: String, role: ThemeRole)] = []
            var at = text.startIndex
            for range in ranges {
                if at < range.lowerBound {
                    pieces.append((String(text[at..<range.lowerBound]), .row))
                }
                pieces.append((String(text[range]), .searchMatch))
                at = range.upperBound
            }
            if at < text.endIndex { pieces.append((String(text[at...]), .row)) }
            return .styled(pieces)
        }
        let application = Column(title: "Application", width: 11) {
            highlighted($0.applicationID.rawValue)
        }
        let evidence = Column(title: "Evidence", width: 26, narrowest: 14) { row in
            guard let text = marks.evidence?[row.applicationID], !text.isEmpty else {
                return .field(.missing)
            }
            return .field(.normal(text))
        }
        // The application id is what every message names: from 100 columns it comes first.
        var byPriority = [eligibility]
        if marks.evidence != nil { byPriority.append(evidence) }
        byPriority.append(screening)
        if marks.tags != nil { byPriority.append(tags) }
        if !marks.isBlind, width >= 100 { byPriority.append(application) }
        if !marks.isBlind { byPriority.append(nationality) }
        // After the nationality: beside the detail, the list keeps who someone is first.
        if marks.scores != nil { byPriority.append(score) }
        byPriority += [functionGroup, experience, education, languages]

        let marker = 2
        let scrollBar = 1
        var room = width - marker - scrollBar - nameMinimum - 1
        var shown: [String: Int] = [:]
        for column in byPriority {
            if column.width + 1 <= room {
                shown[column.title] = column.width
            } else if let narrowest = column.narrowest, narrowest + 1 <= room {
                shown[column.title] = narrowest
            } else {
                continue
            }
            room -= shown[column.title]! + 1
        }
        let order = [
            application, nationality, functionGroup, education, languages, experience,
            eligibility, score, screening, evidence, tags,
        ].compactMap { column -> Column? in
            guard let width = shown[column.title] else { return nil }
            var fitted = column
            fitted.width = width
            return fitted
        }
        let used = marker + scrollBar + order.reduce(0) { $0 + $1.width + 1 }
        let name = Column(
            title: marks.isBlind ? "Application" : "Name", width: max(8, width - used - 1)
        ) {
            marks.isBlind ? .field(.normal($0.displayName)) : highlighted($0.displayName)
        }
        let leading = order.first?.title == "Application" ? 1 : 0
        var columns = order
        columns.insert(name, at: leading)
        return columns
    }

    /// Draws into `area`; returns where the cursor rests (the selected row's marker).
    func draw(into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 2, area.width >= 10 else { return nil }
        let columns = Self.columns(forWidth: area.width, theme: theme, marks: marks)
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
            if marks.marked.contains(candidate.applicationID) {
                buffer.put(
                    theme.glyphs.marked, x: area.x + 1, y: y, style: theme[.key].over(rowStyle))
            }
            var x = area.x + 2
            for column in columns {
                switch column.value(candidate) {
                case .field(let value):
                    let style: Style
                    switch value.kind {
                    case .normal: style = rowStyle
                    case .missing, .withheld: style = theme[.missingValue].over(rowStyle)
                    case .invalid: style = theme[.invalidValue].over(rowStyle)
                    }
                    let shown = value.kind == .missing ? theme.glyphs.missing : value.text
                    let text = shown.padded(toWidth: column.width, alignRight: column.alignRight)
                    buffer.put(text, x: x, y: y, style: style, maxWidth: column.width)
                case .styled(let pieces):
                    var at = x
                    for piece in pieces {
                        let style = theme[piece.role].over(rowStyle)
                        at = buffer.put(
                            piece.text, x: at, y: y, style: style, maxWidth: x + column.width - at)
                    }
                }
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
