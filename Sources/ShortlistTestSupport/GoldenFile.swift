import Foundation

/// Golden files: text kept beside the tests and compared whole. With `UPDATE_GOLDEN=1` a file
/// that differs is rewritten, and the comparison still reports it, so that an update run can
/// never pass silently: review the diff, then run again without the variable.
public enum GoldenFile {
    public static var updating: Bool {
        ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
    }

    /// nil when `actual` is the file's text; otherwise what differs (and, when updating or
    /// when the file is new, that it was written).
    public static func compare(_ actual: String, with url: URL) -> String? {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return nil }
        let name = url.lastPathComponent
        guard let expected else {
            write(actual, to: url)
            return "golden \(name) did not exist; written, review it and run again"
        }
        var report = [
            updating
                ? "golden \(name) differed and was rewritten; review the diff and run again:"
                : "golden \(name) differs (UPDATE_GOLDEN=1 rewrites it):"
        ]
        report += differences(expected: expected, actual: actual)
        if updating { write(actual, to: url) }
        return report.joined(separator: "\n")
    }

    /// The region between two markers of a generated document (docs/configuration.md).
    public static func compare(
        _ actual: String, withRegionOf url: URL, between begin: String, and end: String
    ) -> String? {
        guard var text = try? String(contentsOf: url, encoding: .utf8),
            let b = text.range(of: begin), let e = text.range(of: end), b.upperBound <= e.lowerBound
        else { return "\(url.lastPathComponent) has no region between \(begin) and \(end)" }
        let expected = String(text[b.upperBound..<e.lowerBound])
        if expected == actual { return nil }
        var report = [
            updating
                ? "\(url.lastPathComponent) was stale and was rewritten; review the diff and run again:"
                : "\(url.lastPathComponent) is stale (UPDATE_GOLDEN=1 rewrites it):"
        ]
        report += differences(expected: expected, actual: actual)
        if updating {
            text.replaceSubrange(b.upperBound..<e.lowerBound, with: actual)
            write(text, to: url)
        }
        return report.joined(separator: "\n")
    }

    static func differences(expected: String, actual: String) -> [String] {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<none>"
            let al = i < a.count ? String(a[i]) : "<none>"
            if el != al {
                out.append("line \(i + 1):\n  expected |\(el)|\n  actual   |\(al)|")
                if out.count == 20 {
                    out.append("…")
                    break
                }
            }
        }
        return out
    }

    private static func write(_ text: String, to url: URL) {
        // A folder that cannot be made shows up as the comparison failing again next run.
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
    }
}
