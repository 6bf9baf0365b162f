import Foundation
import ShortlistTestSupport
import Testing

/// `--plain`: one record a line, every value named, nothing a screen reader would read as
/// padding or rules.
@Suite(.serialized) struct PlainOutputTests {
    let scratch = TemporaryDirectory("shortlist-plain-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func lines(_ arguments: [String]) throws -> [String] {
        let result = try BuiltBinary.run(arguments + ["--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theRankingReadsAsSentences() throws {
        let lines = try lines(["rank", "--plain", "--user", "secretary"])
        #expect(lines.first == "Ranking not final.")
        let ranked = lines.filter { $0.hasPrefix("Rank ") }
        #expect(ranked.count == 12, "the demo round ranks twelve")
        #expect(ranked.first?.hasPrefix("Rank 1: ") == true)
        #expect(ranked.allSatisfy { $0.contains("; total ") && $0.hasSuffix(".") })
        #expect(lines.contains { $0.hasPrefix("End of the reserve list: ") })
        #expect(lines.filter { $0.hasPrefix("Not fully scored: ") }.count == 3)
        #expect(lines.contains { $0.hasPrefix("Panel agreement over 12 candidates") })
        for line in lines {
            #expect(!line.contains("  ") && !line.contains("──"), "no padding or rules: \(line)")
        }
        let format = try self.lines(["rank", "--format", "plain", "--user", "secretary"])
        #expect(format == lines)
    }

    @Test func eligibilityReadsAsSentences() throws {
        let lines = try lines(["check", "--plain", "--user", "chair"])
        #expect(lines.filter { $0.hasPrefix("APP-") }.count == 300)
        #expect(lines.contains { $0.hasPrefix("Totals: ") })
        let ineligible = try #require(lines.first { $0.contains(": ineligible.") })
        #expect(ineligible.contains(" fail: "), "the failed rule and why: \(ineligible)")
        for line in lines { #expect(!line.contains("  "), "no padding: \(line)") }
    }

    @Test func listingsNameEveryValue() throws {
        let lines = try lines(["panel", "list", "--format", "plain", "--user", "chair"])
        #expect(lines.first?.hasPrefix("name: chair; display name: ") == true)
        #expect(lines.allSatisfy { $0.hasSuffix(".") })
    }
}
