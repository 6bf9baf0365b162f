import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// Drawing is a pure function of a `Scene`: every main screen, reached with keys through the
/// real dispatcher, draws the same from the scene value alone once the database is closed, and
/// a scene made by hand draws with no database at all.
@Suite struct SceneTests {
    /// Draws `scene` into a fresh buffer, as the terminal would; lines without trailing
    /// blanks, as the test backend gives them.
    static func draw(_ scene: Scene) -> [String] {
        var buffer = Buffer(size: scene.size)
        _ = scene.render(into: &buffer)
        return buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// The scene the app would draw, drawn again after the store is closed: any read of the
    /// store from drawing would fail or show something else.
    static func checkDrawnFromValue(_ ui: UIHarness, _ what: String) throws {
        let scene = ui.app.scene
        let expected = ui.lines
        try ui.store.close()
        #expect(draw(scene) == expected, "\(what) drawn from its scene alone")
    }

    @Test(arguments: [
        ("list", [Key]()), ("detail", [.enter]), ("eligibility", [.enter, .character("2")]),
        ("screening", [.enter, .character("3")]), ("audit", [.enter, .character("4")]),
        ("notes", [.enter, .character("5")]), ("help", [.character("?")]),
        ("screening form", [.character("m")]), ("theme dialog", [.character("T")]),
        ("command line", [.character(":"), .character("s")]),
    ])
    func theListAndDetailScreens(_ what: String, _ keys: [Key]) throws {
        let ui = try UIHarness(width: 120, height: 40)
        for key in keys { ui.press(key) }
        try Self.checkDrawnFromValue(ui, what)
    }

    @Test func theScorecardAndTheRanking() throws {
        let (card, _) = try ScorecardTests.harness(width: 120, height: 40)
        card.press(.character("c"))
        card.press(.character("3"))
        #expect(card.app.state.scorecard != nil)
        try Self.checkDrawnFromValue(card, "scorecard")

        let ranking = try UIHarness(width: 100, height: 30, prepare: InterviewFixture.prepare)
        ranking.press(.character("R"))
        #expect(ranking.app.state.ranking != nil)
        try Self.checkDrawnFromValue(ranking, "ranking")
    }

    @Test func aSceneMadeByHandDrawsWithNoDatabase() {
        var state = AppState()
        let row = CandidateSummary(
            id: 1, applicationID: ApplicationID("APP-0000001"), surname: "Nowak",
            givenNames: "Zofia", nationalities: .value([CountryCode(rawValue: "PL")!]),
            functionGroup: .missing, educationLevel: .missing, languages: .missing,
            yearsExperience: .value(7))
        state.shown.rows = [row]
        state.shown.total = 1
        state.shown.order = "name"
        state.message = StatusMessage("a message of the update step")
        let scene = Scene(
            size: Size(width: 80, height: 24), state: state, theme: .default, keymap: Keymap(),
            context: AppContext(
                databaseName: "none.db", callReference: "EC/TEST", actor: nil, profile: nil,
                isBlind: false, readOnlyReason: nil))
        let lines = Self.draw(scene)
        #expect(lines[0].contains("EC/TEST"))
        #expect(lines[2].hasPrefix("▶ Nowak, Zofia           PL"))
        #expect(lines[23].contains("a message of the update step"))

        state.mode = .help(scroll: 0, over: .list)
        var help = scene
        help.state = state
        #expect(Self.draw(help).joined().contains("Keys"))
    }
}
