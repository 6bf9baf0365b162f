import Foundation
import ShortlistTestSupport
import Testing

/// Golden screens: text files in `Golden/` beside the tests (see `GoldenFile`).
enum Golden {
    static func check(
        _ actual: String, _ name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent("\(name).txt")
        let content = actual.hasSuffix("\n") ? actual : actual + "\n"
        if let problem = GoldenFile.compare(content, with: url) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}
