import ShortlistCore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

@Suite struct ListScreenTests {
    @Test func listAt80x24() throws {
        let ui = try UIHarness(width: 80, height: 24)
        Golden.check(ui.screen, "list-80x24")
    }

    @Test func listAt120x40() throws {
        let ui = try UIHarness(width: 120, height: 40)
        Golden.check(ui.screen, "list-120x40")
    }

    @Test func columnsAlignWhateverTheScript() throws {
        let ui = try UIHarness(width: 100, height: 30)
        // The nationality column starts at the same display column on every row.
        let header = ui.lines[1]
        let natColumn = header[..<header.range(of: "Nat ")!.lowerBound].displayWidth
        for line in ui.lines[2..<14] {
            var column = 0
            var natText = ""
            for character in line {
                if column >= natColumn && column < natColumn + 5 { natText.append(character) }
                column += displayWidth(of: character)
            }
            #expect(
                CountryCode.parseList(natText.trimmingCharacters(in: .whitespaces)) != nil,
                "\(line)")
        }
    }

    @Test func selectedRowIsMarkedBySymbolAndStyle() throws {
        let ui = try UIHarness(width: 80, height: 24, theme: .mono)
        ui.press(.down)
        #expect(ui.lines[3].hasPrefix("▶ "))
        #expect(ui.backend.screen[5, 3].style.attributes.contains(.reverse))
        #expect(ui.backend.cursor == Position(x: 0, y: 3), "the cursor rests on the selected row")
    }

    @Test func emptyDatabaseSaysHowToImport() throws {
        let ui = try UIHarness(width: 80, height: 24, candidates: [])
        #expect(ui.screen.contains("No applications in this database yet."))
        #expect(ui.screen.contains("shortlist import FILE.csv"))
        ui.press(.enter, .down, .character("G"))
        #expect(ui.app.state.detailOpen == false)
    }

    @Test func tooSmallSaysWhatItNeeds() throws {
        let ui = try UIHarness(width: 60, height: 20)
        Golden.check(ui.screen, "too-small-60x20")
        ui.backend.resize(width: 80, height: 24)
        ui.app.processPendingEvents()
        #expect(ui.screen.contains("Παπαδόπουλος"))
    }
}
