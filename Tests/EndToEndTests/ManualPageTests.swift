import Foundation
import Testing

/// docs/shortlist.1 describes every subcommand the binary has (scripts/generate-manual.sh
/// writes it).
@Suite struct ManualPageTests {
    @Test func everySubcommandIsInTheManualPage() throws {
        let page = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("docs/shortlist.1"), encoding: .utf8)
        let help = try FileCapture.run(BuiltBinary.url, ["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:") else {
            Issue.record("no SUBCOMMANDS in --help:\n\(help)")
            return
        }
        // The listing ends at the first blank line.
        let listing =
            String(help[start.upperBound...]).components(separatedBy: "\n\n").first ?? ""
        let names = listing.split(separator: "\n").compactMap { line in
            // "  name (default)   Abstract" at two spaces of indent; continuations are deeper.
            line.hasPrefix("  ") && !line.hasPrefix("   ")
                ? line.split(separator: " ").first.map(String.init) : nil
        }
        #expect(names.contains("theme") && names.contains("config"))
        for name in names {
            #expect(
                page.contains(".It Em \(name)\n"),
                "docs/shortlist.1 lacks \(name): run scripts/generate-manual.sh")
        }
        for section in ["INTERFACE", "ENVIRONMENT", "FILES", "EXIT STATUS", "SHELL COMPLETION"] {
            #expect(page.contains(".Sh \(section)\n"), "\(section)")
        }
    }
}
