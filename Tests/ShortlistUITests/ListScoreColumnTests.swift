import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Once candidates are invited, the list has a Score column: the total and diverging criteria
/// as the viewer may see them, "sealed" where they may not, the cards in for a candidate
/// still being scored. Never a number the store would not show.
@Suite struct ListScoreColumnTests {
    func cells(_ ui: UIHarness) throws -> [ApplicationID: ListScreen.ScoreCell] {
        let ids = try ui.store.invitedCandidates()
        return ui.app.listScores(for: ids, invited: Set(ids))
    }

    @Test func theSecretarySeesCompleteTotalsAndCardCounts() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "secretary", prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        let cells = try cells(ui)
        #expect(cells[invited[0]]?.text == "3/4 cards")
        let above = try #require(cells[invited[1]])
        #expect(!above.isSealed && Double(above.text) != nil)
        #expect(Double(try #require(cells[invited[2]]).text)! < 60)
        #expect(ui.lines[1].contains("Score"))
        let row = try #require(ui.lines.first { $0.contains(invited[1].rawValue) })
        #expect(row.contains(above.text), "\(row)")
    }

    @Test func aMemberSeesSealedUntilTheirOwnCardAndDivergenceAfter() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "chair", prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        // The chair has not scored the first candidate: its combined marks are sealed to them.
        #expect(try cells(ui)[invited[0]]?.text == "3/4 cards")
        // member3 gave A2 a 1 where the others gave 3: once complete, A2 diverges.
        try InterviewFixture.card(ui.store, invited[0], "chair", [4, 3, 4, 3, 2, 4, 4])
        ui.app.panelChanged()
        ui.app.render()
        let cell = try #require(try cells(ui)[invited[0]])
        #expect(!cell.isSealed)
        #expect(cell.divergent.contains("A2"))
        let row = try #require(ui.lines.first { $0.contains(invited[0].rawValue) })
        #expect(row.contains("±A2"), "\(row)")
    }

    @Test func aConflictedMemberSeesSealed() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "member3",
            prepare: { store in
                try InterviewFixture.prepare(store)
                let invited = try InterviewFixture.invited(store)
                for member in ["chair", "member1", "member2"] {
                    try InterviewFixture.card(store, invited[3], member, [3, 3, 3, 3, 3, 3, 3])
                }
            })
        let invited = try InterviewFixture.invited(ui.store)
        let cell = try #require(try cells(ui)[invited[3]])
        #expect(cell.isSealed && cell.text == "sealed")
    }

    @Test func noInvitationNoColumn() throws {
        let ui = try UIHarness(width: 120, height: 40)
        #expect(!ui.lines[1].contains("Score"))
    }
}
