import Foundation
import PropertyBased
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

/// `quoted` and `appendQuoted` write what the audit chain has always hashed: the bytes of the
/// writer they replaced (kept below as the reference), for any text, appended to anything.
@Suite struct JSONQuotingSameBytesTests {
    static let pieces = [
        "", "a", "Παπαδοπούλου", "Иванова", "Łukasz", "Żółć", "王秀英", "👩🏽‍⚖️", "e\u{301}",
        "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{202E}",
        " ", "O'Brien", "</script>", "0123456789abcdef",
    ]

    /// The writer before `appendQuoted`, verbatim.
    static func reference(_ text: String) -> String {
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u"
                        + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func anyTextQuotesAsBefore() async {
        await propertyCheck(
            count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...40),
            Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...6)
        ) { codes, prefixCodes in
            let text = codes.map { Self.pieces[$0] }.joined()
            let prefix = prefixCodes.map { Self.pieces[$0] }.joined()
            let expected = Self.reference(text)
            #expect(Array(JSONQuoting.quoted(text).utf8) == Array(expected.utf8))
            var out = prefix
            JSONQuoting.appendQuoted(text, to: &out)
            #expect(Array(out.utf8) == Array((prefix + expected).utf8))
        }
    }

    /// A bridged or sliced string may have no contiguous UTF-8 of its own: the check falls
    /// back to a copy and must still see the quote.
    @Test func textWithoutContiguousBytesIsCheckedToo() {
        let bridged = String(NSString(string: "Żółć \"x\""))
        #expect(JSONQuoting.quoted(bridged) == Self.reference(bridged))
        #expect(JSONQuoting.quoted("\u{2028}") == "\"\u{2028}\"")
    }
}
