import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// The scorecard driven with keys through the real dispatcher, checked on the screen and in
/// the store.
@Suite struct ScorecardTests {
    /// The harness on the interview fixture, acting as `actor`, with `candidate` selected.
    static func harness(
        _ actor: String = "chair", candidate: Int = 0, width: Int = 80, height: Int = 24,
        theme: Theme = .default
    ) throws -> (UIHarness, ApplicationID) {
        let ui = try UIHarness(
            width: width, height: height, theme: theme, actor: actor,
            prepare: InterviewFixture.prepare)
        let id = try InterviewFixture.invited(ui.store)[candidate]
        ui.app.select(try #require(try ui.store.position(of: id, order: .applicationID)))
        ui.app.render()
        return (ui, id)
    }

    static func own(_ ui: UIHarness, _ id: ApplicationID, _ who: String = "chair") throws
        -> Scorecard?
    {
        try ui.store.candidateScoring(id, for: ui.store.acting(as: who)).own
    }

    @Test func digitsAndPlusMinusStayWithinTheScale() throws {
        let (ui, id) = try Self.harness()
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard?.applicationID == id)
        #expect(ui.app.keyContext == .scorecard)
        ui.press(.character("3"))
        #expect(try Self.own(ui, id)?.marks[CriterionID("A1")] == 3, "saved at once")
        ui.press(.character("+"))
        #expect(try Self.own(ui, id)?.marks[CriterionID("A1")] == 4)
        ui.press(.character("-"), .character("-"))
        #expect(try Self.own(ui, id)?.marks[CriterionID("A1")] == 2)
        ui.press(.character("9"))
        #expect(ui.lines.last?.contains("9 is outside the scale 0–5") == true)
        #expect(try Self.own(ui, id)?.marks[CriterionID("A1")] == 2)
        // Down to the bottom: 0 asks for a comment; one more is refused.
        ui.press(.character("-"), .character("-"))
        #expect(ui.app.state.form?.purpose == .scoreComment(id, CriterionID("A1")))
        ui.press(.escape)
        ui.press(.character("-"))
        #expect(ui.lines.last?.contains("0 is the bottom of the scale") == true)
        #expect(try Self.own(ui, id)?.marks[CriterionID("A1")] == 0)
        // The next criterion.
        ui.press(.down, .character("4"))
        #expect(try Self.own(ui, id)?.marks[CriterionID("A2")] == 4)
        ui.press(.escape)
        #expect(ui.app.state.scorecard == nil)
    }

    @Test func aMarkAtAnEndAsksForAComment() throws {
        let (ui, id) = try Self.harness()
        ui.press(.character("c"), .character("5"))
        let form = try #require(ui.app.state.form)
        #expect(form.problem?.contains("asks for a comment") == true)
        ui.type("Chaired the EU AI Board subgroup")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        let card = try #require(try Self.own(ui, id))
        #expect(card.marks[CriterionID("A1")] == 5)
        #expect(card.comments[CriterionID("A1")] == "Chaired the EU AI Board subgroup")
        ui.press(.character("n"))
        ui.type("Clear and concrete answers")
        ui.press(.enter)
        #expect(try Self.own(ui, id)?.note == "Clear and concrete answers")
    }

    @Test func submittingNeedsTheCommentsTheProfileAsksFor() throws {
        let (ui, id) = try Self.harness()
        ui.press(.character("c"))
        ui.press(.character("0"), .escape)  // no comment
        for digit in "343434" { ui.press(.down, .character(digit)) }
        ui.press(.character("S"), .enter)
        #expect(ui.lines.last?.contains("needs a comment") == true, "\(ui.lines.last ?? "")")
        #expect(try Self.own(ui, id)?.isSubmitted == false)
    }

    @Test func submitAsksForConfirmationThenLocksTheCard() throws {
        let (ui, id) = try Self.harness()
        ui.press(.character("c"))
        for digit in "4343434" { ui.press(.character(digit), .down) }
        ui.press(.character("S"))
        #expect(ui.app.state.dialog?.purpose == .submitScorecard(id))
        ui.press(.down, .enter)  // keep editing
        #expect(try Self.own(ui, id)?.isSubmitted == false)
        ui.press(.character("S"), .enter)
        #expect(try Self.own(ui, id)?.isSubmitted == true)
        #expect(ui.screen.contains("submitted at"))
        #expect(ui.screen.contains("locked"))
        ui.press(.up, .character("2"))
        #expect(ui.lines.last?.contains("your scorecard for \(id) was submitted") == true)
        #expect(try Self.own(ui, id)?.marks[CriterionID("C1")] == 3)
    }

    @Test func beforeSubmittingTheOthersAreSealedThenTheyShow() throws {
        let (ui, _) = try Self.harness(width: 120, height: 40)
        ui.press(.character("c"), .character("4"))
        #expect(ui.screen.contains("sealed until you submit"))
        let rows = ui.lines.filter { $0.contains("A2 ") || $0.contains("B1 ") }
        #expect(rows.allSatisfy { $0.contains("sealed") }, "\(rows)")
        Golden.check(ui.screen, "scorecard-draft-120x40")
        for digit in "343434" { ui.press(.down, .character(digit)) }
        ui.press(.character("S"), .enter)
        #expect(!ui.screen.contains("sealed until you submit"))
        #expect(ui.screen.contains("1 member1, 2 member2, 3 member3"))
        Golden.check(ui.screen, "scorecard-submitted-120x40")
    }

    @Test func aMemberBeforeSubmittingSeesSealedForOthers() throws {
        // member1 has submitted the first candidate; on the second, member1's own card is in
        // too. A member with a draft on a fully scored candidate: none in the fixture, so
        // reopen member1's card for the first candidate.
        let (ui, id) = try Self.harness("member1")
        try ui.store.reopenScorecard(
            id, member: "member1", reason: "calibration", by: ui.store.acting(as: "chair"))
        ui.press(.character("c"))
        #expect(ui.screen.contains("sealed"))
        #expect(!ui.screen.contains("Mean"), "no panel columns before submitting")
        Golden.check(ui.screen, "scorecard-member-draft-80x24")
    }

    @Test func theChairReopensAMembersCardWithAReason() throws {
        let (ui, id) = try Self.harness()
        ui.press(.character("c"), .character("O"))
        let form = try #require(ui.app.state.form)
        #expect(form.purpose == .reopenScorecard(id))
        ui.press(.enter)
        #expect(ui.app.state.form?.problem == "reason is required")
        ui.press(.up, .right)  // member2
        #expect(ui.app.state.form?.value("member") == "member2")
        ui.press(.down)
        ui.type("A2 calibration")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(try Self.own(ui, id, "member2")?.isSubmitted == false)
        #expect(try Self.own(ui, id, "member1")?.isSubmitted == true)
    }

    @Test func aMemberMayNotReopenACard() throws {
        let (ui, id) = try Self.harness("member1", candidate: 1)
        ui.press(.character("c"), .character("O"))
        #expect(ui.app.state.form == nil)
        #expect(ui.lines.last?.contains("reopen") == true, "\(ui.lines.last ?? "")")
        #expect(try Self.own(ui, id, "member1")?.isSubmitted == true)
    }

    @Test func aConflictedMemberIsRefused() throws {
        let (ui, id) = try Self.harness("member3", candidate: 3)
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard == nil)
        #expect(ui.lines.last?.contains("conflict of interest with \(id)") == true)
    }

    /// The secretary scores nothing: `c` shows the candidate's combined card read-only,
    /// sealed while the chair's card is missing, and the scorecard's keys stay refused.
    @Test func theSecretaryHasNoScorecardButTheCombinedCard() throws {
        let (ui, id) = try Self.harness("secretary")
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard == nil)
        #expect(ui.app.state.dialog?.purpose == .combinedCard(id))
        #expect(ui.screen.contains("Sealed until every expected card is in (3 of 4"))
        ui.press(.escape)
        ui.type(":set-mark 4")
        ui.press(.enter)
        #expect(ui.app.state.scorecard == nil)
        #expect(ui.lines.last?.contains("score interviews") == true, "\(ui.lines.last ?? "")")
    }

    @Test func submittedGoldenAt80x24() throws {
        let (ui, _) = try Self.harness()
        ui.press(.character("c"))
        for digit in "4343434" { ui.press(.character(digit), .down) }
        ui.press(.character("S"), .enter)
        #expect(ui.screen.contains("Mean"))
        Golden.check(ui.screen, "scorecard-submitted-80x24")
    }

    @Test func goldenAt80x24WithStyles() throws {
        let (ui, _) = try Self.harness()
        ui.press(.character("c"), .character("4"), .down, .character("3"))
        Golden.check(ui.screen, "scorecard-80x24")
        Golden.check(
            StyledScreen.render(ui.backend.screen, theme: .default), "scorecard-styled-80x24")
    }
}

/// Invitations from the list and the list of invited candidates.
@Suite struct InvitationKeyTests {
    @Test func theChairInvitesTheSelectedCandidate() throws {
        let ui = try UIHarness(prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        let eligible = try ui.store.eligibleApplicationIDs(limit: 12)
        let next = try #require(eligible.first { !invited.contains($0) })
        ui.app.select(try #require(try ui.store.position(of: next, order: .applicationID)))
        ui.press(.character("i"))
        #expect(ui.lines.last?.contains("\(next) is invited to interview") == true)
        #expect(try ui.store.invitedCandidates().contains(next))
        let row = ui.lines.first { $0.hasPrefix("▶ ") }
        #expect(row?.contains("✓ invited") == true, "\(row ?? "")")
        ui.press(.character("I"))
        #expect(try !ui.store.invitedCandidates().contains(next))
    }

    @Test func aMemberMayNotInvite() throws {
        let ui = try UIHarness(actor: "member1", prepare: InterviewFixture.prepare)
        ui.press(.character("i"))
        #expect(ui.lines.last?.contains("invite candidates to interview") == true)
        #expect(try ui.store.invitedCandidates().count == 4)
    }

    @Test func anIneligibleCandidateIsRefusedWithTheReason() throws {
        let ui = try UIHarness(actor: "secretary", prepare: InterviewFixture.prepare)
        ui.app.select(
            try #require(
                try ui.store.position(of: InterviewFixture.ineligible, order: .applicationID)))
        ui.press(.character("i"))
        let message = ui.lines.last ?? ""
        #expect(message.contains("only eligible candidates can be invited"), "\(message)")
        #expect(try !ui.store.invitedCandidates().contains(InterviewFixture.ineligible))
    }

    @Test func theListCanShowOnlyTheInvited() throws {
        let ui = try UIHarness(prepare: InterviewFixture.prepare)
        ui.press(.character("v"))
        #expect(ui.app.window.scope == .invited)
        #expect(ui.app.window.total == 4)
        #expect(ui.lines.last?.contains("4 candidates invited to interview") == true)
        let rows = ui.lines.filter { $0.contains("✓ invited") }
        #expect(rows.count == 4)
        ui.press(.character("j"))
        #expect(ui.lines.last?.contains("invited only") == true)
        ui.press(.character("v"))
        #expect(ui.app.window.total == 12)
    }
}

@Suite struct ScorecardMouseTests {
    @Test func aClickUnderAnOpenCardDoesNotChangeTheCandidate() throws {
        let (ui, id) = try ScorecardTests.harness()
        ui.press(.character("c"))
        let selected = ui.app.state.selected
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 5, y: 12))))
        #expect(ui.app.state.selected == selected)
        #expect(ui.app.state.scorecard?.applicationID == id)
        ui.send(.mouse(MouseEvent(action: .wheelDown, position: Position(x: 5, y: 12))))
        #expect(ui.app.state.scorecard?.focus == 1)
    }
}
