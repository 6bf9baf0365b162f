import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The interface's symbols when the locale cannot show Unicode.
@Suite struct GlyphTests {
    @Test func theLocaleDecides() {
        #expect(Glyphs.forEnvironment(["LANG": "C.UTF-8"]) == .unicode)
        #expect(Glyphs.forEnvironment(["LANG": "en_IE.utf8"]) == .unicode)
        #expect(Glyphs.forEnvironment(["LANG": "C"]) == .ascii)
        #expect(Glyphs.forEnvironment(["LANG": "de_DE.ISO-8859-15"]) == .ascii)
        #expect(Glyphs.forEnvironment(["LC_ALL": "POSIX", "LANG": "C.UTF-8"]) == .ascii)
        #expect(Glyphs.forEnvironment(["LC_CTYPE": "C.UTF-8", "LANG": "C"]) == .unicode)
        #expect(Glyphs.forEnvironment([:]) == .unicode, "nothing set: taken as UTF-8")
        #expect(Glyphs.forEnvironment(["LANG": "C.UTF-8", "TERM": "linux"]) == .linuxConsole)
        #expect(Glyphs.forEnvironment(["LANG": "C"], choice: .unicode) == .unicode)
        #expect(Glyphs.forEnvironment(["LANG": "C.UTF-8"], choice: .ascii) == .ascii)
    }

    @Test func anASCIIScreenHasNoUnicodeOfItsOwn() throws {
        var theme = Theme.default
        theme.glyphs = .ascii
        var odd = FixtureCandidates.make(999, "Aardvark", "Odd", nationality: "FR")
        odd.militaryService = .missing
        // Names are written as they are: an acting member with an ASCII name keeps the title
        // bar free of anything but the frame's symbols.
        let ui = try UIHarness(
            width: 80, height: 24, candidates: [odd] + KeyDispatchTests.many, theme: theme,
            actor: "member1")
        ui.press(.down)
        Golden.check(ui.screen, "list-ascii-80x24")
        #expect(ui.lines[3].hasPrefix("> "))
        for line in ui.lines {
            let ascii = line.unicodeScalars.allSatisfy(\.isASCII)
            #expect(ascii, "\(line)")
        }
        ui.press(.character("?"))
        #expect(ui.lines[1].hasPrefix("+- Keys ---"))
        ui.press(.escape, .character("G"), .enter)
        #expect(ui.screen.contains("Military        - not given"))
        ui.backend.resize(width: 60, height: 20)
        ui.app.processPendingEvents()
        #expect(ui.screen.contains("60x20, needs 80x24"))
    }
}
