import Foundation
import Testing

@testable import ShortlistCore

/// The one JSON string writer the audit chain and the exports share: what a JSON parser reads
/// back is the text itself.
@Suite struct JSONQuotingTests {
    @Test(arguments: [
        "", "plain", "Παπαδόπουλος, Ιωάννης", "王小明 😀", "say \"hi\"", "back\\slash",
        "line\nbreak\r\ttab", "\u{1}\u{1F}\u{7F}", "e\u{301}", "</script>",
    ])
    func readsBackAsTheText(_ text: String) throws {
        let quoted = JSONQuoting.quoted(text)
        let data = Data("[\(quoted)]".utf8)
        let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
        #expect(read == [text])
        #expect(!quoted.dropFirst().dropLast().contains("\n"))
    }

    @Test func controlCharactersAreFourHexDigits() {
        #expect(JSONQuoting.quoted("\u{1}") == "\"\\u0001\"")
        #expect(JSONQuoting.quoted("\u{1F}") == "\"\\u001f\"")
    }
}
