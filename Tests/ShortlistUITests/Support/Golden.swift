import Foundation
import Testing

/// Golden screens: text files beside the tests, compared line by line. Run the tests with
/// `UPDATE_GOLDEN=1` to rewrite them on purpose, then review the diff.
enum Golden {
    static func check(
        _ actual: String, _ name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        // Beside the calling test file: Tests/ShortlistUITests/Golden/.
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden")
        let url = folder.appendingPathComponent("\(name).txt")
        let content = actual.hasSuffix("\n") ? actual : actual + "\n"
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? content.write(to: url, atomically: true, encoding: .utf8)
            if !update {
                Issue.record(
                    "golden \(name).txt did not exist; written, review it",
                    sourceLocation: sourceLocation)
            }
            return
        }
        if expected != content {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = content.split(separator: "\n", omittingEmptySubsequences: false)
            var report = ["golden \(name).txt differs (UPDATE_GOLDEN=1 rewrites it):"]
            for i in 0..<max(e.count, a.count) {
                let el = i < e.count ? String(e[i]) : "<none>"
                let al = i < a.count ? String(a[i]) : "<none>"
                if el != al {
                    report.append("line \(i + 1):\n  expected |\(el)|\n  actual   |\(al)|")
                }
            }
            Issue.record(
                Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
        }
    }
}
