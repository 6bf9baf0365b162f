import ShortlistCore
import TerminalKit

/// A CV wrapped to a width with the call profile's evidence phrases highlighted, one theme
/// role per criterion, and a gutter naming the criteria whose phrases stand on each line, so
/// that the highlight can be read without colour. Wraps as `wrapText` does (at spaces, long
/// words cut, bullets hanging) but keeps, for every piece of a line, where it came from in
/// the text, so that hits given as UTF-8 offsets land on the right columns.
struct EvidenceText {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    var lines: [Line] = []
    /// Every hit of the report, in its order, with the lines and columns it covers.
    var marks: [DetailDocument.EvidenceMark] = []
    /// Columns before the text on each line (the gutter), zero when there is no hit.
    var gutterWidth = 0

    /// One piece of a wrapped line: a word or part of one, the space between two words, or
    /// indentation that is not in the text (no source).
    private struct Piece {
        var text: Substring
        var source: Range<Int>?
        var column: Int
        var width: Int
        /// The space between two words: shown as one space whatever the text has there.
        var isGap = false
    }

    init(_ text: String, report: EvidenceReport, width: Int, theme: Theme) {
        let criterionIndex = Dictionary(
            report.criteria.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let hitCriteria = report.hits.map { criterionIndex[$0.criterion] ?? 0 }
        if !report.hits.isEmpty {
            let idWidth = Set(report.hits.map(\.criterion)).map(\.rawValue.displayWidth).max() ?? 0
            gutterWidth = idWidth + 3
        }
        let textWidth = max(10, width - gutterWidth)
        let wrapped = Self.wrap(text, width: textWidth)
        let highlights = Self.highlights(report.hits, criteria: hitCriteria)

        // Where each hit lands, and which criteria stand on each line.
        let lineRanges: [Range<Int>?] = wrapped.map { pieces in
            guard let first = pieces.first(where: { $0.source != nil })?.source,
                let last = pieces.last(where: { $0.source != nil })?.source
            else { return nil }
            return first.lowerBound..<last.upperBound
        }
        var lineCriteria = [[Int]](repeating: [], count: wrapped.count)
        var firstLine = 0
        for (h, hit) in report.hits.enumerated() {
            let range = hit.utf8Range
            while firstLine < wrapped.count,
                lineRanges[firstLine].map({ $0.upperBound <= range.lowerBound }) ?? true
            {
                firstLine += 1
            }
            var spans: [DetailDocument.Span] = []
            var l = firstLine
            while l < wrapped.count {
                defer { l += 1 }
                guard let lineRange = lineRanges[l] else { continue }
                if lineRange.lowerBound >= range.upperBound { break }
                var low = Int.max
                var high = Int.min
                for piece in wrapped[l] {
                    guard let source = piece.source, source.overlaps(range) else { continue }
                    if piece.isGap {
                        low = min(low, piece.column)
                        high = max(high, piece.column + 1)
                        continue
                    }
                    let before = Self.slice(
                        text, piece, from: source.lowerBound,
                        to: max(source.lowerBound, range.lowerBound))
                    let inside = Self.slice(
                        text, piece, from: max(source.lowerBound, range.lowerBound),
                        to: min(source.upperBound, range.upperBound))
                    low = min(low, piece.column + before.displayWidth)
                    high = max(high, piece.column + before.displayWidth + inside.displayWidth)
                }
                if low < high {
                    spans.append(
                        .init(line: l, columns: (low + gutterWidth)..<(high + gutterWidth)))
                    if !lineCriteria[l].contains(hitCriteria[h]) {
                        lineCriteria[l].append(hitCriteria[h])
                    }
                }
            }
            marks.append(.init(hit: hit, spans: spans))
        }

        let row = theme[.row]
        var next = 0
        for (l, pieces) in wrapped.enumerated() {
            var line: Line = []
            if gutterWidth > 0 {
                line += gutter(lineCriteria[l].sorted(), report: report, theme: theme)
            }
            for piece in pieces {
                guard let source = piece.source else {
                    line.append(Segment(text: String(piece.text), style: row))
                    continue
                }
                while next < highlights.count,
                    highlights[next].range.upperBound <= source.lowerBound
                {
                    next += 1
                }
                if piece.isGap {
                    // Disjoint and in order: only the first span not yet passed can cover it.
                    var style = row
                    if next < highlights.count,
                        highlights[next].range.lowerBound <= source.lowerBound,
                        highlights[next].range.upperBound >= source.upperBound
                    {
                        style = theme[.evidence(highlights[next].criterion)]
                    }
                    line.append(Segment(text: " ", style: style))
                    continue
                }
                var cursor = source.lowerBound
                var h = next
                while cursor < source.upperBound {
                    if h < highlights.count, highlights[h].range.lowerBound < source.upperBound {
                        let span = highlights[h]
                        if span.range.lowerBound > cursor {
                            line.append(
                                Segment(
                                    text: String(
                                        Self.slice(
                                            text, piece, from: cursor, to: span.range.lowerBound)),
                                    style: row))
                            cursor = span.range.lowerBound
                        }
                        let end = min(source.upperBound, span.range.upperBound)
                        if end > cursor {
                            line.append(
                                Segment(
                                    text: String(Self.slice(text, piece, from: cursor, to: end)),
                                    style: theme[.evidence(span.criterion)]))
                            cursor = end
                        }
                        if span.range.upperBound <= cursor { h += 1 }
                    } else {
                        line.append(
                            Segment(
                                text: String(
                                    Self.slice(text, piece, from: cursor, to: source.upperBound)),
                                style: row))
                        cursor = source.upperBound
                    }
                }
            }
            lines.append(Self.merged(line))
        }
    }

    /// The gutter of a line: room for the current-hit marker, the first criterion's id in its
    /// highlight, and `+` when phrases of more criteria stand on the line.
    private func gutter(_ criteria: [Int], report: EvidenceReport, theme: Theme) -> [Segment] {
        let idWidth = gutterWidth - 3
        guard let first = criteria.first else {
            return [Segment(text: String(repeating: " ", count: gutterWidth), style: .plain)]
        }
        return [
            Segment(text: " ", style: .plain),
            Segment(
                text: report.criteria[first].rawValue.padded(toWidth: idWidth),
                style: theme[.evidence(first)]),
            Segment(text: criteria.count > 1 ? "+ " : "  ", style: theme[.label]),
        ]
    }

    /// The part of a piece between two UTF-8 offsets of the whole text.
    private static func slice(_ text: String, _ piece: Piece, from: Int, to: Int) -> Substring {
        guard let source = piece.source, from < to else { return "" }
        let utf8 = text.utf8
        let base = piece.text.startIndex
        let start = utf8.index(base, offsetBy: from - source.lowerBound)
        let end = utf8.index(base, offsetBy: to - source.lowerBound)
        return text[start..<end]
    }

    /// Hits made disjoint for styling: where hits of two criteria overlap, the one that
    /// starts first keeps the overlap.
    private static func highlights(_ hits: [EvidenceHit], criteria: [Int]) -> [(
        range: Range<Int>, criterion: Int
    )] {
        var result: [(range: Range<Int>, criterion: Int)] = []
        var end = 0
        for (hit, criterion) in zip(hits, criteria) {
            let start = max(hit.utf8Range.lowerBound, end)
            guard start < hit.utf8Range.upperBound else { continue }
            result.append((start..<hit.utf8Range.upperBound, criterion))
            end = hit.utf8Range.upperBound
        }
        return result
    }

    /// Neighbouring segments of one style joined: fewer, longer runs to draw.
    private static func merged(_ line: Line) -> Line {
        var out: Line = []
        for segment in line where !segment.text.isEmpty {
            if let last = out.last, last.style == segment.style {
                out[out.count - 1].text += segment.text
            } else {
                out.append(segment)
            }
        }
        return out
    }

    /// The text in lines of pieces, breaking where `wrapText` would.
    private static func wrap(_ text: String, width: Int) -> [[Piece]] {
        let utf8 = text.utf8
        func offset(_ index: String.Index) -> Int {
            utf8.distance(from: utf8.startIndex, to: index)
        }
        var lines: [[Piece]] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let leading = rawLine.prefix(while: { $0 == " " })
            let words = rawLine.dropFirst(leading.count).split(separator: " ")
            var hanging = leading.count
            if let first = words.first, ["-", "•", "*", "–"].contains(first) { hanging += 2 }
            if hanging >= width / 2 { hanging = 0 }
            let indent = min(leading.count, max(0, width - 1))

            var current: [Piece] = []
            var column = indent
            if indent > 0 {
                current.append(
                    Piece(text: leading.prefix(indent), source: nil, column: 0, width: indent))
            }
            var hasWord = false
            var previousEnd: Int?
            func emit() {
                lines.append(current)
                current = []
                column = hanging
                if hanging > 0 {
                    current.append(
                        Piece(
                            text: Substring(String(repeating: " ", count: hanging)), source: nil,
                            column: 0, width: hanging))
                }
                hasWord = false
            }
            func add(_ part: Substring) {
                let start = offset(part.startIndex)
                let end = start + part.utf8.count
                if hasWord, let previousEnd {
                    current.append(
                        Piece(
                            text: " ", source: previousEnd..<start, column: column, width: 1,
                            isGap: true))
                    column += 1
                }
                let w = part.displayWidth
                current.append(Piece(text: part, source: start..<end, column: column, width: w))
                column += w
                hasWord = true
                previousEnd = end
            }
            for word in words {
                let wordWidth = word.displayWidth
                if column + (hasWord ? wordWidth + 1 : wordWidth) <= width {
                    add(word)
                    continue
                }
                if hasWord { emit() }
                var rest = word
                while column + rest.displayWidth > width {
                    var end = rest.startIndex
                    var pieceWidth = 0
                    while end < rest.endIndex {
                        let w = displayWidth(of: rest[end])
                        if column + pieceWidth + w > width { break }
                        pieceWidth += w
                        end = rest.index(after: end)
                    }
                    if end == rest.startIndex {
                        if !hasWord && column == hanging && hanging > 0 {
                            current = []
                            column = 0
                            continue
                        }
                        break
                    }
                    add(rest[rest.startIndex..<end])
                    rest = rest[end...]
                    emit()
                }
                if !rest.isEmpty { add(rest) }
            }
            lines.append(current)
        }
        return lines
    }
}
