import Testing

@testable import ShortlistExchange

/// The histogram's texts never run into each other: "pass mark 60.00" once sat on the count
/// of the tallest bar. Checked on the boxes the labels cover, for the demo's shape and for the
/// awkward ones (the tallest bar right under the pass mark, a pass mark near either end).
@Suite struct ReportHistogramTests {
    static let shapes: [(totals: [Double], passMark: Double)] = [
        ([62, 64, 66, 68, 55, 71, 73, 45, 81], 60),
        (Array(repeating: 60.5, count: 120) + [12, 95, 99.9], 60),
        (Array(repeating: 99, count: 7) + [91, 3], 95),
        (Array(repeating: 1, count: 40) + [100], 0),
        ([], 60),
        (Array(repeating: 35, count: 1000) + [45, 55], 37.5),
    ]

    @Test(arguments: 0..<shapes.count)
    func noTwoLabelsOverlap(_ index: Int) {
        let shape = Self.shapes[index]
        let chart = ReportHistogram(totals: shape.totals, passMark: shape.passMark)
        let labels = chart.labels
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] {
                #expect(!a.overlaps(b), "“\(a.text)” \(a.box) and “\(b.text)” \(b.box)")
            }
            #expect(a.box.minX >= 0 && a.box.maxX <= ReportHistogram.viewWidth, "\(a.text)")
            #expect(a.box.minY >= 0 && a.box.maxY <= ReportHistogram.viewHeight, "\(a.text)")
        }
    }

    @Test func thePassMarkLabelStandsAboveTheTallestBarsCount() {
        let chart = ReportHistogram(totals: Array(repeating: 61, count: 30), passMark: 60)
        let pass = chart.labels.first { $0.text == "pass mark 60.00" }
        let count = chart.labels.first { $0.text == "30" }
        #expect(pass != nil && count != nil)
        if let pass, let count { #expect(pass.box.maxY <= count.box.minY) }
        #expect(chart.svg.contains(">pass mark 60.00</text>"))
        #expect(chart.svg.contains(">30</text>"))
    }

    @Test func overlappingBoxesAreDetected() {
        let a = ReportHistogram.Label(text: "pass mark 60.00", x: 344, y: 18, anchor: .start)
        let b = ReportHistogram.Label(text: "12", x: 365, y: 17, anchor: .middle)
        #expect(a.overlaps(b))
    }
}
