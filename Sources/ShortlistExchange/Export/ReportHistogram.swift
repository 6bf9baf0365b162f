import ShortlistCore

/// The report's histogram of totals: bins of ten, bars grey with black outlines, the overall
/// pass mark a dashed line. Its labels are laid out as boxes first, so that a test can check
/// that none overlaps another: the pass mark's label has a band of its own above the bars,
/// where the tallest bar's count cannot reach it.
struct ReportHistogram {
    /// A text placed in the chart, with the box it covers (estimated: SVG text has no
    /// measured width until a browser lays it out).
    struct Label: Equatable {
        enum Anchor: String { case start, middle, end }
        var text: String
        var x: Double
        /// The baseline.
        var y: Double
        var anchor: Anchor

        /// 10 px DejaVu Sans: digits and most letters are about 6.4 px wide; the ascent
        /// reaches 8 px above the baseline, the descent 3 px below.
        static let characterWidth = 6.4
        var box: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
            let width = Double(text.count) * Self.characterWidth
            let minX =
                switch anchor {
                case .start: x
                case .middle: x - width / 2
                case .end: x - width
                }
            return (minX, y - 8, minX + width, y + 3)
        }

        func overlaps(_ other: Label) -> Bool {
            let a = box
            let b = other.box
            return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
        }
    }

    let bins: [Int]
    let passMark: Double

    static let (left, top, width, height) = (40.0, 30.0, 500.0, 160.0)
    static let (viewWidth, viewHeight) = (560.0, 230.0)
    /// The pass mark's label sits here, above the plot area and every bar's count.
    static let passMarkBaseline = 12.0

    init(totals: [Double], passMark: Double) {
        var bins = Array(repeating: 0, count: 10)
        for total in totals { bins[min(9, max(0, Int(total / 10)))] += 1 }
        self.bins = bins
        self.passMark = passMark
    }

    var highest: Int { max(1, bins.max() ?? 1) }

    func barHeight(_ count: Int) -> Double {
        Double(count) / Double(highest) * Self.height
    }

    var passX: Double { Self.left + passMark / 100 * Self.width }

    /// Every text of the chart: bar counts, axis ticks, the pass mark, the axis title.
    var labels: [Label] {
        let (left, top, width, height) = (Self.left, Self.top, Self.width, Self.height)
        var labels: [Label] = []
        for (i, count) in bins.enumerated() where count > 0 {
            let x = left + Double(i) * width / 10
            labels.append(
                Label(
                    text: String(count), x: x + width / 20, y: top + height - barHeight(count) - 3,
                    anchor: .middle))
        }
        for i in 0...10 {
            labels.append(
                Label(
                    text: String(i * 10), x: left + Double(i) * width / 10,
                    y: top + height + 14, anchor: .middle))
        }
        // Right of the line, unless it would leave the chart: then left of it.
        var pass = Label(
            text: "pass mark \(ScoreText.decimal(passMark))", x: passX + 4,
            y: Self.passMarkBaseline, anchor: .start)
        if pass.box.maxX > Self.viewWidth {
            pass.x = passX - 4
            pass.anchor = .end
        }
        labels.append(pass)
        labels.append(
            Label(
                text: "total (0–100); bar height: candidates", x: left + width / 2,
                y: top + height + 32, anchor: .middle))
        return labels
    }

    var svg: String {
        let (left, top, width, height) = (Self.left, Self.top, Self.width, Self.height)
        func f(_ value: Double) -> String { ScoreText.decimal(value) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.viewWidth)) \(Int(Self.viewHeight))\" width=\"\(Int(Self.viewWidth))\" height=\"\(Int(Self.viewHeight))\" role=\"img\" aria-label=\"Distribution of totals\">"
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(top + height))\" x2=\"\(f(left + width))\" y2=\"\(f(top + height))\" stroke=\"#000\"/>"
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + height))\" stroke=\"#000\"/>"
        for (i, count) in bins.enumerated() where count > 0 {
            let x = left + Double(i) * width / 10
            let h = barHeight(count)
            svg +=
                "<rect x=\"\(f(x + 4))\" y=\"\(f(top + height - h))\" width=\"\(f(width / 10 - 8))\" height=\"\(f(h))\" fill=\"#bbb\" stroke=\"#000\"/>"
        }
        svg +=
            "<line x1=\"\(f(passX))\" y1=\"\(f(Self.passMarkBaseline - 8))\" x2=\"\(f(passX))\" y2=\"\(f(top + height))\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        for label in labels {
            let anchor = label.anchor == .start ? "" : " text-anchor=\"\(label.anchor.rawValue)\""
            svg +=
                "<text x=\"\(f(label.x))\" y=\"\(f(label.y))\"\(anchor)>\(SpreadsheetML.escaped(label.text))</text>"
        }
        return svg + "</svg>"
    }
}
