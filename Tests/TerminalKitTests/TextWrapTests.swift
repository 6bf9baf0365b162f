import Testing

@testable import TerminalKit

@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesAndKeepsBlankLines() {
        let text = "Led the Local Digital Twin pilot.\n\nSecond paragraph here."
        #expect(
            wrapText(text, width: 16) == [
                "Led the Local", "Digital Twin", "pilot.", "", "Second paragraph", "here.",
            ])
    }

    @Test func cutsWordsLongerThanALine() {
        #expect(wrapText("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func measuresWideCharacters() {
        #expect(wrapText("王小明 山田太郎", width: 6) == ["王小明", "山田太", "郎"])
    }

    @Test func bulletsHangUnderTheirText() {
        #expect(
            wrapText("- Coordinated the strategy of Munich", width: 20) == [
                "- Coordinated the", "  strategy of Munich",
            ])
    }

    @Test func handlesCRLF() {
        #expect(wrapText("one\r\ntwo", width: 10) == ["one", "two"])
    }

    @Test func everyLineFits() {
        let text = String(repeating: "Παπαδόπουλος 王小明 Żółć-Łukasz ", count: 20)
        for width in 5...40 {
            for line in wrapText(text, width: width) {
                #expect(line.displayWidth <= width, "width \(width): \(line)")
            }
        }
    }
}
