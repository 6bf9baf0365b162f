import Testing

@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Ł", 1), ("ß", 1), ("Ω", 1), ("Ж", 1), ("Á", 1),
        ("e\u{301}", 1),  // e + combining acute: one column
        ("\u{3C9}\u{301}", 1),  // Greek omega + combining acute
        ("中", 2), ("王", 2), ("あ", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("❤\u{FE0F}", 2),  // emoji presentation selector widens a text-default heart
        ("❤", 1), ("👍\u{1F3FD}", 2),  // skin-tone modifier joins its base
        ("👩\u{200D}💻", 2), ("👨\u{200D}👩\u{200D}👧\u{200D}👦", 2),  // ZWJ sequences
        ("🇪🇺", 2),  // a flag is a pair of regional indicators
        ("\u{0}", 0), ("\u{7}", 0), ("\u{200B}", 0), ("\u{AD}", 1),
    ])
    func characterWidths(text: String, expected: Int) {
        #expect(text.count == 1, "one grapheme cluster")
        #expect(
            displayWidth(of: Character(text)) == expected,
            "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func namesInEveryScriptMeasureTheirColumns() {
        #expect("Παπαδόπουλος".displayWidth == 12)
        #expect("Иванова".displayWidth == 7)
        #expect("Żółć Łukasz".displayWidth == 11)
        #expect("Ó Súilleabháin".displayWidth == 14)
        #expect("王小明".displayWidth == 6)
        #expect("山田 太郎".displayWidth == 9)
        // Decomposed input (NFD) measures like its composed form.
        #expect("Mu\u{308}ller".displayWidth == "Müller".displayWidth)
    }

    @Test func truncatesByColumnsNotCharacters() {
        #expect("王小明".truncated(toWidth: 4) == "王…")
        #expect("王小明".truncated(toWidth: 5) == "王小…")
        #expect("Παπαδόπουλος".truncated(toWidth: 6) == "Παπαδ…")
        #expect("short".truncated(toWidth: 10) == "short")
        #expect("王小明".padded(toWidth: 7) == "王小明 ")
        #expect("王".padded(toWidth: 4, alignRight: true) == "  王")
        #expect("abc".truncated(toWidth: 0) == "")
    }
}
