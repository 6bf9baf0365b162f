import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The list's eligibility badge and screening summary, with the panel's work in the database.
@Suite struct PanelListTests {
    @Test func badgesAndScreeningAt80x24() throws {
        let ui = try UIHarness(width: 80, height: 24, prepare: PanelFixture.prepare)
        Golden.check(ui.screen, "list-panel-80x24")
        let ivanova = try #require(ui.lines.first { $0.contains("Иванова") })
        #expect(ivanova.contains("✓ eligible ⚑"), "the override is marked: \(ivanova)")
        let papadopoulos = try #require(ui.lines.first { $0.contains("Παπαδόπουλος") })
        #expect(papadopoulos.contains("A 1/3 B 2/2 C 1/2 ±2"), "\(papadopoulos)")
    }

    @Test func badgesAndScreeningAt120x40WithStyles() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: PanelFixture.prepare)
        Golden.check(ui.screen, "list-panel-120x40")
        Golden.check(
            StyledScreen.render(ui.backend.screen, theme: ui.app.theme),
            "list-panel-styled-120x40")
    }

    /// Each result has its own symbol, so the badge reads the same without colour.
    @Test func badgesDifferBySymbolInEveryTheme() throws {
        for glyphs in [Glyphs.unicode, .ascii, .linuxConsole] {
            let symbols = EligibilityResult.allCases.map {
                StatusBadge.eligibility($0, glyphs: glyphs).symbol
            }
            #expect(Set(symbols).count == 3, "\(symbols)")
            #expect(!symbols.contains(glyphs.overridden))
        }
        let ui = try UIHarness(width: 80, height: 24, theme: .mono, prepare: PanelFixture.prepare)
        let row = try #require(ui.lines.firstIndex { $0.contains("Dvořák") })
        let x = ui.lines[row][..<ui.lines[row].range(of: "✗")!.lowerBound].displayWidth
        #expect(ui.backend.screen[x, row].style != Style.plain, "the badge has a style too")
    }

    @Test func aConflictedMemberSeesNoMarksOfThatCandidate() throws {
        let ui = try UIHarness(
            width: 80, height: 24, actor: "member3", prepare: PanelFixture.prepare)
        let zolc = try #require(ui.lines.first { $0.contains("Żółć") })
        #expect(zolc.contains("conflict"), "\(zolc)")
        let papadopoulos = try #require(ui.lines.first { $0.contains("Παπαδόπουλος") })
        #expect(papadopoulos.contains("A 1/3"), "other candidates' marks show")
    }

    @Test func noEvidenceFilterOrSortIsOnByDefault() throws {
        let ui = try UIHarness(width: 120, height: 40)
        #expect(ui.app.window.order == .applicationID)
        #expect(ui.lines.last?.contains("sorted by application id") == true)
        #expect(ui.app.window.total == FixtureCandidates.all.count, "every candidate is listed")
    }
}
