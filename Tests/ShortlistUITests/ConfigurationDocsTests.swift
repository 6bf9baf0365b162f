import Foundation
import ShortlistTestSupport
import Testing

@testable import ShortlistUI

@Suite struct ConfigurationDocsTests {
    /// docs/configuration.md lists every theme role, between two markers.
    @Test func theRolesTableIsGeneratedFromTheCode() throws {
        let url = Repository.url("docs/configuration.md")
        let problem = GoldenFile.compare(
            "\n" + ThemeReference.rolesMarkdown(), withRegionOf: url,
            between: ThemeReference.begin, and: ThemeReference.end)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
