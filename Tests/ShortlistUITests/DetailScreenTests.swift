import ShortlistCore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

@Suite struct DetailScreenTests {
    @Test func detailAt80x24ReplacesTheList() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.press(.enter)
        #expect(ui.app.state.detailOpen && ui.app.state.focus == .detail)
        Golden.check(ui.screen, "detail-80x24")
    }

    @Test func detailAt120x40SitsBesideTheList() throws {
        let ui = try UIHarness(width: 120, height: 40)
        ui.press(.enter)
        Golden.check(ui.screen, "detail-120x40")
    }

    @Test func invalidAndMissingValuesAreShownAsSuch() throws {
        var odd = FixtureCandidates.all[2]
        odd.languages = .invalid(raw: "PL:C3")
        odd.militaryService = .missing
        let ui = try UIHarness(width: 140, height: 40, candidates: [odd])
        #expect(ui.screen.contains("?PL:C3"), "the list shows the raw text with a question mark")
        ui.press(.enter)
        #expect(ui.screen.contains("Languages       ? unreadable: “PL:C3”"))
        #expect(ui.screen.contains("Military        — not given"))
    }

    @Test func detailScrollsThroughALongCV() throws {
        var long = FixtureCandidates.all[0]
        long.cvText = (1...80).map { "Line \($0) of the curriculum vitae." }.joined(separator: "\n")
        let ui = try UIHarness(width: 80, height: 24, candidates: [long])
        ui.press(.enter)
        #expect(!ui.screen.contains("Line 80 of"))
        ui.press(.character("G"))
        #expect(ui.screen.contains("Line 80 of"))
        #expect(ui.screen.contains("Motivation"))
        ui.press(.character("g"))
        #expect(ui.screen.contains("Application     APP-0000001"))
        // 24 rows: title bar, detail title, tabs and status leave 20 lines; a page keeps one.
        ui.press(.pageDown)
        #expect(ui.app.state.detailScroll == 19)
        ui.press(.character("j"), .character("j"), .character("k"))
        #expect(ui.app.state.detailScroll == 20)
    }
}
