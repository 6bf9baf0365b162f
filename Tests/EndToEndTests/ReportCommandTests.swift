import Foundation
import ShortlistTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `shortlist export report` on the demo database: golden files (hashes and times of the
/// demo's own making replaced), self-containment, the member-marks flag, refusals, determinism.
@Suite(.serialized) struct ReportCommandTests {
    let scratch = TemporaryDirectory("shortlist-report-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user], environment: Self.epoch)
    }

    func report(_ format: String, as user: String, _ name: String, _ extra: [String] = [])
        throws -> String
    {
        let result = try run(
            ["export", "report", "--format", format, "-o", path(name)] + extra, as: user)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// The demo is built with the real clock: its audit hashes and times differ each run.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9a-f]{64}"#, with: "{hash}", options: .regularExpression)
            .replacingOccurrences(
                of: #"entry \d+, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "entry {n}, {time}",
                options: .regularExpression
            )
            // The demo's adoption and declarations happen when it is built.
            .replacingOccurrences(
                of: #"(?!2026-01-01T00:00:00Z)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "{time}",
                options: .regularExpression
            )
            .replacingOccurrences(
                of: #"on \d{4}-\d\d-\d\d:"#, with: "on {date}:", options: .regularExpression)
    }

    static func golden(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        let problem = GoldenFile.compare(text, with: url)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func goldenReportsOfTheDemo() throws {
        try Self.golden("report.md", Self.normalised(try report("md", as: "secretary", "r.md")))
        try Self.golden(
            "report.html", Self.normalised(try report("html", as: "secretary", "r.html")))
    }

    /// Section 3 on its own: the grid adopted by the panel, the call's values and the panel's
    /// choices told apart (issue 18).
    @Test func goldenSectionThreeSaysWhoseTheValuesAre() throws {
        let md = Self.normalised(try report("md", as: "chair", "s3.md"))
        let start = try #require(md.range(of: "## 3. "))
        let end = try #require(md.range(of: "## 4. "))
        let section = String(md[start.lowerBound..<end.lowerBound])
        try Self.golden("report-section-3.md", section)
        #expect(section.contains("Adopted by the panel on {date}: its chair, chair, adopted"))
        #expect(section.contains("The panel's choice: the weights"))
        // Section 2: the chair and the three members declared before the demo's round.
        let panel = String(md[md.range(of: "## 2. ")!.lowerBound..<start.lowerBound])
        #expect(
            panel.components(separatedBy: "confidentiality and no undeclared conflict").count == 5)
    }

    @Test func theHTMLIsSelfContainedAndPrintable() throws {
        let html = try report("html", as: "chair", "r.html")
        for outside in ["<script", "src=", "href=", "@import", "url(", "<link"] {
            #expect(!html.contains(outside), "\(outside)")
        }
        #expect(
            html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http")
                == false)
        #expect(html.contains("@media print") && html.contains("<style>"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2, "histogram and spread")
        #expect(html.contains("stroke-dasharray"), "the pass mark, dashed for black and white")
        #expect(html.contains("NOT FINAL"))
        #expect(html.contains("The audit trail verifies"))
        // Written as well-formed XML too, so that any strict reader takes it.
        let parser = XMLParser(
            data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func noIndividualMarkWithoutTheFlagAndTheChairsFlagIsStated() throws {
        for format in ["md", "html"] {
            let plain = try report(format, as: "chair", "plain.\(format)")
            #expect(!plain.contains("Individual members' marks"))
            for member in ["member1", "member2", "member3"] {
                #expect(!plain.contains(member), "\(member) in \(format)")
            }
            let marked = try report(
                format, as: "chair", "marked.\(format)", ["--with-member-marks"])
            let firstPage = marked.components(separatedBy: format == "md" ? "## 1." : "<h2>1.")[0]
            #expect(firstPage.contains("contains individual members' marks"))
            #expect(marked.contains("Individual members' marks"))
            #expect(marked.contains("member1"))
        }
        let refused = try run(
            ["export", "report", "--format", "md", "-o", path("s.md"), "--with-member-marks"],
            as: "secretary")
        #expect(refused.status == 2 && refused.stderr.contains("only the chair"))
        #expect(!FileManager.default.fileExists(atPath: path("s.md")))
    }

    @Test func reviewerAndMemberAreRefusedAndReportsAreDeterministic() throws {
        for user in ["reviewer", "member2"] {
            let refused = try run(
                ["export", "report", "--format", "html", "-o", path("\(user).html")], as: user)
            #expect(refused.status == 2 && refused.stderr.contains("cannot export"))
            #expect(!FileManager.default.fileExists(atPath: path("\(user).html")))
        }
        let a = try report("html", as: "secretary", "a.html")
        let b = try report("html", as: "secretary", "b.html")
        #expect(a == b, "an export is not a change: the second report is the first")
    }
}
