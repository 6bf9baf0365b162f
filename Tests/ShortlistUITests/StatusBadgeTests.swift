import ShortlistCore
import TerminalKit
import Testing

@testable import ShortlistUI

/// Status never depends on colour alone.
@Suite struct StatusBadgeTests {
    @Test(arguments: [Glyphs.unicode, .ascii, .linuxConsole])
    func everyStatusHasItsOwnSymbolAndWord(glyphs: Glyphs) {
        let eligibility = EligibilityResult.allCases.map {
            StatusBadge.eligibility($0, glyphs: glyphs)
        }
        #expect(Set(eligibility.map(\.symbol)).count == eligibility.count)
        #expect(Set(eligibility.map(\.word)).count == eligibility.count)
        let rules = RuleResult.allCases.map { StatusBadge.rule($0, glyphs: glyphs) }
        #expect(Set(rules.map(\.symbol)).count == rules.count)
        let marks = ["met", "partly", "not_met", "unknown"].compactMap {
            StatusBadge.screening($0, glyphs: glyphs)
        }
        #expect(marks.count == 4)
        #expect(Set(marks.map(\.symbol)).count == 4)
        for badge in eligibility + rules + marks {
            #expect(!badge.symbol.isEmpty && badge.symbol.displayWidth == 1, "\(badge)")
        }
    }

    @Test func inMonoABadgeStillReads() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        StatusBadge.eligibility(.needsCheck, glyphs: .ascii).draw(
            into: &buffer, x: 0, y: 0, theme: .mono)
        #expect(buffer.lines[0].hasPrefix("? needs check"))
        #expect(buffer[0, 0].style == Theme.mono[.needsCheck])
    }
}
