import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// `x` marks candidates, `i` invites every marked one at once (all or nobody), `X` unmarks.
@Suite struct MarkedSelectionTests {
    @Test func markedCandidatesAreInvitedTogether() throws {
        let ui = try UIHarness(width: 100, height: 30, prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        let eligible = try ui.store.eligibleApplicationIDs(limit: 12).filter {
            !invited.contains($0)
        }
        #expect(eligible.count >= 2)
        let chosen = Array(eligible.prefix(2))
        for id in chosen {
            ui.app.select(try #require(try ui.store.position(of: id, order: .applicationID)))
            ui.press(.character("x"))
        }
        #expect(ui.app.state.marked == Set(chosen))
        #expect(ui.lines.last?.contains("2 marked; i invites them, X unmarks all") == true)
        let markedRows = ui.lines.filter { $0.dropFirst().hasPrefix("•") }
        #expect(markedRows.count == 2, "\(ui.screen)")

        ui.press(.character("i"))
        #expect(
            ui.lines.last?.contains("2 candidates are invited to interview; marks cleared") == true)
        #expect(Set(try ui.store.invitedCandidates()).isSuperset(of: chosen))
        #expect(ui.app.state.marked.isEmpty)
    }

    @Test func oneIneligibleMarkedCandidateInvitesNobody() throws {
        let ui = try UIHarness(actor: "secretary", prepare: InterviewFixture.prepare)
        let before = try ui.store.invitedCandidates()
        let eligible = try ui.store.eligibleApplicationIDs(limit: 12).filter {
            !before.contains($0)
        }
        let dvorak = PanelFixture.dvorak  // ineligible: function group II
        for id in [try #require(eligible.first), dvorak] {
            ui.app.select(try #require(try ui.store.position(of: id, order: .applicationID)))
            ui.press(.character("x"))
        }
        ui.press(.character("i"))
        #expect(ui.app.state.message?.isError == true)
        #expect(ui.app.state.message?.text.contains("\(dvorak)") == true)
        #expect(try ui.store.invitedCandidates() == before, "all or nobody")
        #expect(ui.app.state.marked.count == 2, "the marks stay for another try")
        ui.press(.character("X"))
        #expect(ui.app.state.marked.isEmpty)
        #expect(ui.lines.last?.contains("2 unmarked") == true)
    }

    @Test func pressedAgainAMarkGoes() throws {
        let ui = try UIHarness()
        ui.press(.character("x"))
        #expect(ui.app.state.selected == 1, "marking moves on")
        ui.press(.character("k"), .character("x"))
        #expect(ui.app.state.marked.isEmpty)
        #expect(ui.lines.last?.contains("no candidate marked") == true)
    }
}
