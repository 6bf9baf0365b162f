import Foundation
import PropertyBased
import Testing

@testable import ShortlistCore

/// `readLanguageEntries` reads an ASCII list whose entries all read from its bytes and leaves
/// everything else to the general path. Whatever the text, it must give the entries and the
/// reasons that the reader before it gave (kept below as the reference).
@Suite struct LanguageListReadingTests {
    static let pieces: [String] = [
        "EN", "en", "El", "GA", "pl", "ru", "zh", "xx", "e", "ENG", ":", ";", " ", "\t", "\r\n",
        "\n", "C1", "c2", "a1", "B2", "D1", "C3", "1", "::", ";;", "Ελληνικά", "EL:Γ2", "Русский",
        "Polski:ż", "中文", "日本語:C1", "\u{212A}A", "\u{0131}t", "ＥＮ", "EN\u{301}", "Ż", "Ł",
    ]

    @Test func anyListReadsAsTheReferenceReads() async {
        await propertyCheck(
            count: 2000, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...24)
        ) { codes in
            let text = codes.map { Self.pieces[$0] }.joined()
            Self.expectSame(text)
        }
    }

    /// Lists shaped like real ones, so that most take the byte path and some just miss it.
    @Test func wellFormedListsReadAsTheReferenceReads() async {
        let codes = ["EN", "el", "Ga", "PL", "ru", "ZH", "xx", "eN", "Ελ", "К", "e"]
        let levels = ["C1", "c2", "A1", "b2", "B1", "a2", "C3", "Γ1", "c", "C11"]
        let gaps = ["", " ", "\t", "  ", "\r\n", ":"]
        await propertyCheck(
            count: 2000,
            input: zip(
                Gen.int(in: 0...(codes.count - 1)), Gen.int(in: 0...(levels.count - 1)),
                Gen.int(in: 0...(gaps.count - 1)), Gen.int(in: 0...(gaps.count - 1))
            ).array(of: 0...5)
        ) { entries in
            let text = entries.map { e in
                gaps[e.2] + codes[e.0] + gaps[e.3] + ":" + gaps[e.2] + levels[e.1] + gaps[e.3]
            }.joined(separator: ";")
            Self.expectSame(text)
        }
    }

    @Test func asciiListsTakeTheBytePathAndOthersDoNot() {
        let read = ApplicationParsing.readAllReadableASCIILanguages(" el:C2 ; EN : b1;;ga:a2 ")
        #expect(
            read?.readable.map(\.description) == ["EL:C2", "EN:B1", "GA:A2"])
        #expect(ApplicationParsing.readAllReadableASCIILanguages("EL:C2;Ελ:C1") == nil)
        #expect(ApplicationParsing.readAllReadableASCIILanguages("EL:C2;XX:C1") == nil)
        #expect(ApplicationParsing.readAllReadableASCIILanguages(":EL:C2") == nil)
        let kelvin = ApplicationParsing.readLanguageEntries("\u{212A}A:C1")
        #expect(
            kelvin.readable.map(\.description)
                == Self.reference("\u{212A}A:C1").readable.map(\.description))
        #expect(ApplicationParsing.readAllReadableASCIILanguages("\u{212A}A:C1") == nil)
    }

    static func expectSame(_ text: String) {
        let read = ApplicationParsing.readLanguageEntries(text)
        let expected = reference(text)
        #expect(read.readable == expected.readable, "\(text.debugDescription)")
        #expect(read.unreadable == expected.unreadable, "\(text.debugDescription)")
    }

    /// `readLanguageEntries` before the byte path, verbatim but for its name.
    static func reference(_ text: String) -> PartlyRead<LanguageSkill> {
        var result = PartlyRead<LanguageSkill>(readable: [], unreadable: [])
        for part in text.split(separator: ";") {
            let item = part.trimmingASCIISpaces()
            if item.isEmpty { continue }
            let pair = item.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else {
                result.unreadable.append(
                    UnreadableEntry(item, "“\(item)” is not CODE:LEVEL (e.g. EN:C1)"))
                continue
            }
            let codeText = pair[0].trimmingASCIISpaces()
            let levelText = pair[1].trimmingASCIISpaces()
            let code = LanguageCode(rawValue: codeText)
            let level = CEFRLevel(text: levelText)
            if let code, let level {
                result.readable.append(LanguageSkill(code, level))
            } else {
                let reason =
                    code == nil
                    ? "“\(codeText)” is not an ISO 639-1 language code"
                    : "“\(levelText)” is not a CEFR level (A1, A2, B1, B2, C1, C2)"
                result.unreadable.append(
                    UnreadableEntry(item, reason, language: code, level: level))
            }
        }
        return result
    }
}
