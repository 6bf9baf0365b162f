import Testing

@testable import TerminalKit

@Suite struct TerminalTraitsTests {
    @Test(arguments: [
        (0, ColorDepth.none), (2, .none), (8, .ansi8), (16, .ansi16), (88, .ansi16),
        (256, .indexed256), (16_777_216, .indexed256),
    ])
    func colourCountGivesADepth(count: Int, depth: ColorDepth) {
        #expect(ColorDepth(colorCount: count) == depth)
    }

    @Test func localeCharsetFollowsPOSIXOrder() {
        #expect(LocaleCharset.isUTF8(environment: [:]) == nil)
        #expect(LocaleCharset.isUTF8(environment: ["LANG": "C.UTF-8"]) == true)
        #expect(LocaleCharset.isUTF8(environment: ["LANG": "C"]) == false)
        #expect(LocaleCharset.isUTF8(environment: ["LC_ALL": "", "LANG": "pl_PL.utf8"]) == true)
        #expect(LocaleCharset.isUTF8(environment: ["LC_ALL": "C", "LC_CTYPE": "C.UTF-8"]) == false)
    }

    @Test func styleMapShowsOneLetterACellAndALegend() {
        var buffer = Buffer(size: Size(width: 6, height: 2))
        buffer.put("ab", x: 0, y: 0, style: Style(foreground: .cyan, attributes: [.bold]))
        buffer.put("c", x: 4, y: 0, style: Style(background: .indexed(16)))
        buffer.put("d", x: 1, y: 1, style: Style(foreground: .cyan, attributes: [.bold]))
        let map = buffer.styleMap { $0.foreground == .cyan ? "accent" : nil }
        #expect(
            map == """
                AA..B
                .A
                --- legend ---
                A  fg cyan bold  accent
                B  bg #16

                """)
    }

    @Test func aTestBackendReportsTheColoursItWasGiven() {
        #expect(TestBackend(width: 1, height: 1).colorCount == 256)
        #expect(TestBackend(width: 1, height: 1, colorCount: 8).colorCount == 8)
    }
}
