import Foundation
import Testing

@testable import ShortlistUI

@Suite struct ConfigurationDocsTests {
    /// docs/configuration.md lists every theme role, between two markers.
    @Test func theRolesTableIsGeneratedFromTheCode() throws {
        let url = Repository.url("docs/configuration.md")
        var text = try String(contentsOf: url, encoding: .utf8)
        let begin = try #require(text.range(of: ThemeReference.begin))
        let end = try #require(text.range(of: ThemeReference.end))
        let expected = "\n" + ThemeReference.rolesMarkdown()
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            text.replaceSubrange(begin.upperBound..<end.lowerBound, with: expected)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[begin.upperBound..<end.lowerBound]) == expected,
            "docs/configuration.md is stale: run UPDATE_GOLDEN=1 swift test --filter ConfigurationDocsTests"
        )
    }
}
