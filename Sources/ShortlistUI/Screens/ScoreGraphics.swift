import ShortlistCore
import TerminalKit

/// Marks and totals drawn in block characters (ASCII in the mono theme): people see spread
/// faster than they read it. Pure functions from numbers to text.
enum ScoreGraphics {
    /// One cell per level of the scale, lowest first: how many of the visible members gave
    /// that mark, as a bar of that height (a full cell when all of them did); a dot where
    /// nobody did.
    static func strip(_ marks: [Int], scale: RatingScale, glyphs: Glyphs) -> String {
        let counts = Dictionary(marks.map { ($0, 1) }, uniquingKeysWith: +)
        let top = glyphs.blocks.count - 1
        return scale.levels.map { level in
            guard let n = counts[level], n > 0 else { return glyphs.emptyLevel }
            let height = max(1, (n * top + marks.count - 1) / marks.count)
            return glyphs.blocks[min(top, height)]
        }.joined()
    }

    /// A mark as a bar of `maximum − minimum` cells, the reached ones full.
    static func bar(_ mark: Int?, scale: RatingScale, glyphs: Glyphs) -> String {
        let cells = scale.maximum - scale.minimum
        let full = mark.map { min(cells, max(0, $0 - scale.minimum)) } ?? 0
        return String(repeating: glyphs.barFull, count: full)
            + String(repeating: glyphs.barEmpty, count: cells - full)
    }

    /// The levels of the scale as a header over a strip ("012345"), when each is one digit.
    static func levelHeader(_ scale: RatingScale) -> String {
        scale.maximum <= 9 ? scale.levels.map(String.init).joined() : ""
    }

    /// A progress bar of `width` cells.
    static func progress(_ done: Int, of total: Int, width: Int, glyphs: Glyphs) -> String {
        let full = total > 0 ? done * width / total : 0
        return String(repeating: glyphs.barFull, count: full)
            + String(repeating: glyphs.barEmpty, count: width - full)
    }

    /// The distribution of totals on 0–100 as a column chart, `bucketWidth` points a column,
    /// each column two cells wide, with the pass mark as a line between the columns; rows of
    /// text from the top, then the axis and its labels.
    static func histogram(
        _ totals: [Double], passMark: Double, rows: Int, glyphs: Glyphs, bucketWidth: Int = 5
    ) -> [String] {
        let buckets = 100 / bucketWidth
        var counts = [Int](repeating: 0, count: buckets)
        for total in totals {
            counts[min(buckets - 1, max(0, Int(total) / bucketWidth))] += 1
        }
        let highest = max(1, counts.max() ?? 1)
        let passColumn = min(buckets, max(0, Int(passMark) / bucketWidth))
        let eighths = glyphs.blocks.count - 1
        var lines: [String] = []
        for row in 0..<rows {
            // Eighths of a cell filled in this row, counting from the bottom.
            let floor = (rows - 1 - row) * eighths
            var line = ""
            for (i, count) in counts.enumerated() {
                if i == passColumn { line += glyphs.passMark }
                let height = (count * rows * eighths + highest - 1) / highest
                let cell = glyphs.blocks[min(eighths, max(0, height - floor))]
                line += cell + cell
            }
            if passColumn == buckets { line += glyphs.passMark }
            lines.append(line)
        }
        let width = buckets * 2 + 1
        lines.append(String(repeating: String(glyphs.horizontal), count: width))
        var labels = Array(repeating: Character(" "), count: width + 4)
        func label(_ text: String, at x: Int) {
            for (i, c) in text.enumerated() where x + i < labels.count { labels[x + i] = c }
        }
        let fifty = (buckets / 2) * 2 + (buckets / 2 >= passColumn ? 1 : 0)
        label("0", at: 0)
        label("50", at: fifty)
        label("100", at: width - 3)
        let passX = passColumn * 2
        if abs(passX - fifty) > 3 && passX > 2 && passX < width - 5 {
            label(ScoreText.decimal(passMark).replacingOccurrences(of: ".00", with: ""), at: passX)
        }
        lines.append(String(labels).trimmingTrailingSpaces)
        return lines
    }

    /// The style band of a total: below the pass mark, reaching it, or in the top band (half
    /// way from the pass mark to 100 and above).
    static func totalRole(_ total: Double, passMark: Double) -> ThemeRole {
        if total + 1e-9 < passMark { return .scoreLow }
        return total + 1e-9 >= passMark + (100 - passMark) / 2 ? .scoreHigh : .scoreMiddle
    }

    /// A criterion mean against its pass mark.
    static func meanRole(_ mean: Double, passMark: Double?) -> ThemeRole {
        guard let passMark else { return .row }
        return mean + 1e-9 < passMark ? .scoreLow : .scoreMiddle
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
