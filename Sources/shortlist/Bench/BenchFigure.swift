import Foundation

/// One measured figure of the benchmark, with the target it is held to.
struct BenchFigure: Codable, Sendable {
    var scenario: String
    var name: String
    var value: Double
    var unit: String
    /// The figure must stay at or under this value; nil when there is no target.
    var target: Double?

    var withinTarget: Bool? { target.map { value <= $0 } }
}

/// Latencies of repeated operations, summarised the way targets are stated.
struct LatencySample {
    private(set) var nanoseconds: [UInt64] = []

    mutating func record(_ body: () throws -> Void) rethrows {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        nanoseconds.append(DispatchTime.now().uptimeNanoseconds - start)
    }

    /// A duration measured elsewhere.
    mutating func nanosecondsSample(_ value: UInt64) {
        nanoseconds.append(value)
    }

    func percentileMilliseconds(_ p: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        let rank = max(
            0, min(sorted.count - 1, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return Double(sorted[rank]) / 1_000_000
    }

    var count: Int { nanoseconds.count }

    mutating func add(_ nanoseconds: UInt64) { self.nanoseconds.append(nanoseconds) }

    var lastMilliseconds: Double? { nanoseconds.last.map { Double($0) / 1_000_000 } }
}

enum BenchReport {
    /// Columns as wide as their longest entry, so that a long figure name never truncates.
    static func table(_ figures: [BenchFigure]) -> String {
        let rows = figures.map { f in
            [
                f.scenario, f.name, format(f.value) + " " + f.unit,
                f.target.map { "≤ " + format($0) } ?? "",
                f.withinTarget.map { $0 ? "yes" : "NO" } ?? "",
            ]
        }
        let header = ["scenario", "figure", "value", "target", "ok"]
        let widths = (0..<header.count).map { i in
            ([header] + rows).map { $0[i].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                + cells[1].padding(toLength: widths[1], withPad: " ", startingAt: 0) + "  "
                + cells[2].leftPadded(widths[2]) + "  " + cells[3].leftPadded(widths[3]) + "  "
                + cells[4]
        }
        return ([header] + rows).map(line).joined(separator: "\n")
    }

    static func format(_ v: Double) -> String {
        if v >= 100 { return String(format: "%.0f", v) }
        if v >= 10 { return String(format: "%.1f", v) }
        return String(format: "%.2f", v)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// The process's peak resident set size, from the kernel.
func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
        return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        return (Double(digits) ?? 0) / 1024
    }
    return 0
}

/// Wall-clock nanoseconds, comparable between processes (unlike uptime).
func wallClockNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
