import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist bench` on a small panel: every scenario that writes runs to its end, as the
/// panel's own rules (adoption, declarations, the roster's keepers) now require of it, and the
/// JSON keeps its shape. Timings are not checked here: the bench reports them.
@Suite struct BenchSmokeTests {
    @Test func theWritingScenariosRunToTheirEndAndTheJSONKeepsItsShape() throws {
        let result = try BuiltBinary.run([
            "bench", "--count", "300", "--presses", "20", "--only",
            "eligibility,scoring,notes,live,export",
            "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let figures = try #require((object as? [String: Any])?["figures"] as? [[String: Any]])
        let names = figures.compactMap { $0["name"] as? String }
        for expected in [
            "mark change to redrawn card p99", "merge a 10,000-note bundle",
            "key press under 4 writers p99", "ranking csv, ", "assess and store 300",
            "check --format csv, 300",
        ] {
            #expect(names.contains { $0.contains(expected) }, "\(expected): \(names)")
        }
        for figure in figures {
            #expect(figure["value"] is Double && figure["unit"] is String, "\(figure)")
        }
    }
}
