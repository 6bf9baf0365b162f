import Foundation
import Testing

@testable import ShortlistCore

/// The one sanitiser every human-facing output uses: no control or bidi character acts on the
/// reader's terminal, each shows as a visible marker, and ordinary text of every EU script and
/// CJK passes untouched.
@Suite struct VisibleTextTests {
    /// True when a scalar that may never reach an output is still there.
    static func leaks(_ text: String, mode: VisibleText.Mode = .text) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            if v == 0x0A { return mode == .header }
            if v == 0x09 { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
        }
    }

    @Test(arguments: [
        "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}]8;;http://x\u{1B}\\link",
        "\u{1B}[2J", "\u{1B}[10;10H", "a\u{08}\u{08}b", "null\u{0}", "bell\u{07}", "cr\rover",
        "del\u{7F}", "csi\u{9B}2J", "nel\u{85}", "osc\u{9D}", "\u{202E}evil\u{202C}",
        "\u{202A}\u{202B}\u{202D}", "\u{2066}\u{2067}\u{2068}\u{2069}",
    ])
    func everyControlBecomesAMarker(_ hostile: String) {
        let shown = VisibleText.visible(hostile)
        #expect(!Self.leaks(shown))
        #expect(shown != hostile)
        #expect(VisibleText.hasHidden(hostile))
    }

    /// The check skips eight bytes at a time while they are printable ASCII: a hidden
    /// character at every offset from a word's start, after ASCII, Greek, Polish or CJK text,
    /// is still found, and lookalikes that share its leading bytes are not.
    @Test(arguments: [
        "\u{1B}", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{200E}", "\u{200F}",
        "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{061C}", "\r",
    ])
    func aHiddenCharacterIsFoundAtEveryOffset(_ hidden: String) {
        for prefix in ["", "Müller ", "Παπα", "Żółć ", "王小明", "abcdefg"] {
            for padding in 0..<17 {
                let text = prefix + String(repeating: "x", count: padding) + hidden + "tail text"
                #expect(VisibleText.hasHidden(text), "\(Array(text.unicodeScalars))")
                #expect(VisibleText.hasHidden(text, mode: .header))
                #expect(VisibleText.visible(text) != text)
            }
        }
    }

    @Test func lookalikesOfHiddenCharactersAreNotHidden() {
        // Same leading bytes as U+200E, U+202A, U+2066, U+061C or a C1 control, other last
        // byte: ‐ (E2 80 90), ‰ (E2 80 B0), ⁥ (E2 81 A5), ⁰ (E2 81 B0), ؛ (D8 9B), ¡ (C2 A1),
        // and the highest printable ASCII byte beside the lowest.
        let text = "‐‰⁥⁰؛¡ ~ é€"
        for padding in 0..<9 {
            let padded = String(repeating: "y", count: padding) + text + "\n\t"
            #expect(!VisibleText.hasHidden(padded))
            #expect(VisibleText.visible(padded) == padded)
        }
    }

    @Test func markersAreTheControlPicturesAndEscapes() {
        #expect(VisibleText.visible("\u{1B}[2J") == "\u{241B}[2J")
        #expect(VisibleText.visible("a\u{08}b") == "a\u{2408}b")
        #expect(VisibleText.visible("x\u{7F}") == "x\u{2421}")
        #expect(VisibleText.visible("\u{0}") == "\u{2400}")
        #expect(VisibleText.visible("\u{9B}") == "\\u{009B}")
        #expect(VisibleText.visible("ab\u{202E}cd") == "ab\\u{202E}cd")
        #expect(VisibleText.visible("\u{2069}") == "\\u{2069}")
    }

    @Test func lineFeedAndTabStayInText() {
        #expect(VisibleText.visible("one\ntwo\tthree") == "one\ntwo\tthree")
        #expect(!VisibleText.hasHidden("one\ntwo\tthree"))
        // A Windows line end is a line end; a lone CR (which lets text overwrite a line) is not.
        #expect(VisibleText.visible("one\r\ntwo") == "one\ntwo")
        #expect(!VisibleText.hasHidden("one\r\ntwo\r\n"))
        #expect(VisibleText.visible("one\rtwo\r") == "one\u{240D}two\u{240D}")
        #expect(VisibleText.hasHidden("one\rtwo") && VisibleText.hasHidden("one\r"))
    }

    @Test func headerModeTurnsLineBreaksIntoMarkers() {
        let header = VisibleText.visible("Ann\r\nBcc: all@example.eu", mode: .header)
        #expect(header == "Ann\u{240D}\u{240A}Bcc: all@example.eu")
        #expect(!Self.leaks(header, mode: .header))
        #expect(!header.contains("\n") && !header.contains("\r"))
    }

    @Test(arguments: [
        "Παπαδόπουλος, Ιωάννης", "Иванов Пётр", "Łukasz Żółć-Więckowski", "王小明", "김민준",
        "Ó Súilleabháin", "Ænes Ørsted Åberg", "e\u{301}", "😀 👩‍💻", "Čapek — “quoted”", "ÿ ĀĒ",
    ])
    func ordinaryTextIsUntouched(_ text: String) {
        #expect(VisibleText.visible(text) == text)
        #expect(VisibleText.visible(text, mode: .header) == text)
        #expect(!VisibleText.hasHidden(text))
    }

    @Test func jsonEscapesDelC1AndBidi() throws {
        let json = "[\"a\u{7F}b\u{9B}c\u{202E}d\u{2066}é\"]"
        let escaped = JSONQuoting.escapingHidden(json)
        #expect(escaped == "[\"a\\u007fb\\u009bc\\u202ed\\u2066é\"]")
        let read = try #require(
            try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String])
        #expect(read == ["a\u{7F}b\u{9B}c\u{202E}d\u{2066}é"])
    }
}
