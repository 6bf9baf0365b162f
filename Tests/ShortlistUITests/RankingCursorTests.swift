import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The ranking as a list with a cursor (issue 22): opening a candidate, their card, a search
/// among the rows, and the chair's finalising, reopening and excusing through the store's
/// own functions, each refused for a role that may not.
@Suite struct RankingCursorTests {
    /// The interview fixture with the Irish candidate renamed in Cyrillic, so that the
    /// ranking shows Greek, Cyrillic and Polish names.
    static var candidates: [Candidate] {
        var all = FixtureCandidates.all
        if let index = all.firstIndex(where: { $0.surname == "Ó Súilleabháin" }) {
            all[index].surname = "Петрова"
            all[index].givenNames = "Елена"
        }
        return all
    }

    /// The fixture with every card in, so that the ranking can be finalised: the chair
    /// scores the first candidate; the chair, member1 and member2 the fourth.
    static func prepareComplete(_ store: SQLiteStore) throws {
        try InterviewFixture.prepare(store)
        let invited = try InterviewFixture.invited(store)
        try InterviewFixture.card(store, invited[0], "chair", [4, 3, 4, 3, 3, 4, 4])
        for member in ["chair", "member1", "member2"] {
            try InterviewFixture.card(store, invited[3], member, [3, 3, 3, 3, 3, 3, 3])
        }
    }

    func harness(
        actor: String = "chair", width: Int = 80, height: Int = 24,
        prepare: @escaping (SQLiteStore) throws -> Void = InterviewFixture.prepare
    ) throws -> UIHarness {
        try UIHarness(
            width: width, height: height, candidates: Self.candidates, actor: actor,
            prepare: prepare)
    }

    @Test func theCursorMovesAndEnterOpensTheCandidatesDetail() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"))
        #expect(ui.app.state.ranking?.selected == 0)
        #expect(ui.lines.contains { $0.hasPrefix(" ▶     1 Żółć") }, "\(ui.screen)")
        ui.press(.character("j"), .character("j"))
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[0])
        #expect(ui.lines.contains { $0.hasPrefix(" ▶") && $0.contains("Παπαδόπουλος") })
        Golden.check(ui.screen, "ranking-cursor-80x24")
        ui.press(.character("k"))
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[2])
        ui.press(.enter)
        #expect(ui.app.state.ranking == nil)
        #expect(ui.app.state.detailOpen)
        #expect(ui.app.selectedID == invited[2])
        #expect(ui.screen.contains("Müller"))
    }

    /// Esc after `Enter` from the ranking goes back to the ranking, the cursor on the
    /// candidate opened and the page where it was; from the list pane too. Esc there closes
    /// the ranking for the list, and a detail opened from the list closes to the list.
    @Test func escapeAfterEnterReturnsToTheRankingWithItsCursor() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"), .character("j"), .character("j"), .character("j"))
        let before = try #require(ui.app.state.ranking, "\(ui.screen)")
        #expect(before.selectedRow?.applicationID == invited[3])
        ui.press(.enter)
        #expect(ui.app.state.ranking == nil)
        #expect(ui.app.state.detailOpen)
        ui.press(.escape)
        let back = try #require(ui.app.state.ranking)
        #expect(back.selectedRow?.applicationID == invited[3])
        #expect(back.scroll == before.scroll)
        #expect(ui.lines.contains { $0.hasPrefix(" ▶") && $0.contains("Петрова") }, "\(ui.screen)")
        // Through the list pane: Tab, then Esc.
        ui.press(.enter, .tab)
        #expect(ui.app.state.focus == .list)
        ui.press(.escape)
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[3])
        ui.press(.escape)
        #expect(ui.app.state.ranking == nil)
        #expect(!ui.app.state.detailOpen)
        ui.press(.enter)
        #expect(ui.app.state.detailOpen)
        ui.press(.escape)
        #expect(ui.app.state.ranking == nil)
        #expect(!ui.app.state.detailOpen)
    }

    @Test func theCursorStaysOnScreenAndTheEndStaysReachable() throws {
        let ui = try harness()
        ui.press(.character("R"))
        ui.press(.character("G"))
        #expect(ui.screen.contains("Panel agreement") || ui.screen.contains("Totals"))
        #expect(ui.app.state.ranking?.selected == 3)
        #expect(ui.lines.contains { $0.hasPrefix(" ▶") && $0.contains("Петрова") }, "\(ui.screen)")
        ui.press(.character("g"))
        #expect(ui.app.state.ranking?.selected == 0)
        #expect(ui.lines[1].contains("Ranking"))
    }

    @Test func slashFindsARowInAnyScriptAndEnterKeepsIt() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"))
        ui.press(.character("/"))
        #expect(ui.app.state.commandLine?.purpose == .rankingSearch)
        ui.type("петр")
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[3])
        ui.press(.enter)
        #expect(ui.app.state.commandLine == nil)
        #expect(ui.app.state.ranking != nil)
        // Accents and ł folded as in the list's search.
        ui.press(.character("/"))
        ui.type("zolc")
        #expect(ui.app.state.commandLine?.string == "zolc")
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[1], "\(ui.screen)")
        ui.press(.enter)
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[1])
        ui.press(.character("/"))
        // As typed: "x" already matches nobody, and the cursor stays.
        ui.type("xq")
        #expect(ui.app.state.message?.text == "no row of the ranking matches xq")
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[1])
    }

    @Test func cOpensTheCardOverTheRankingAndClosingGoesBack() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"), .character("j"), .character("j"), .character("c"))
        #expect(ui.app.state.scorecard?.applicationID == invited[0])
        #expect(ui.app.state.scorecard?.title.contains("Παπαδόπουλος") == true)
        ui.press(.escape)
        #expect(ui.app.state.scorecard == nil)
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[0])
    }

    /// `c` for whoever does not score: the candidate's combined card as the ranking shows it
    /// (means, pass marks, the total, the rank), read-only; sealed until every expected card
    /// is in; never a member's name or mark. Esc goes back to the ranking, the cursor kept.
    @Test(arguments: ["secretary", "reviewer"])
    func cShowsWhoDoesNotScoreTheCombinedCard(_ actor: String) throws {
        let ui = try harness(actor: actor)
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"))
        let row = try #require(ui.app.state.ranking?.selectedRow)
        let result = try #require(row.result.value, "complete: visible to \(actor)")
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard == nil)
        let card = try #require(ui.app.state.dialog)
        #expect(card.purpose == .combinedCard(row.applicationID))
        #expect(card.title.contains("Żółć"))
        #expect(card.text[0].hasPrefix("Total \(ScoreText.decimal(result.total)) of 100: pass"))
        #expect(card.text[0].contains("rank 1"))
        #expect(card.text[0].contains("4 of 4 expected cards in"))
        #expect(card.items.count == InterviewFixture.criteria.count)
        for (item, line) in zip(card.items, result.criteria) {
            #expect(
                item.name.hasSuffix(" mean \(ScoreText.decimal(line.mean))")
                    || item.name.contains(" mean \(ScoreText.decimal(line.mean)),"), "\(item)")
        }
        let everything = ([card.title] + card.text + card.items.map { $0.name + $0.detail })
            .joined(separator: " ")
        for name in ["chair", "member1", "member2", "member3", "median", "spread"] {
            #expect(!everything.contains(name), "\(name)")
        }
        if actor == "secretary" { Golden.check(ui.screen, "ranking-combined-card-80x24") }
        ui.press(.escape)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == row.applicationID)

        // Awaiting the chair's card: sealed, every criterion, no total.
        ui.press(.character("j"), .character("j"))
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[0])
        ui.press(.character("c"))
        let sealed = try #require(ui.app.state.dialog)
        #expect(sealed.purpose == .combinedCard(invited[0]))
        #expect(sealed.title.contains("Παπαδόπουλος"))
        #expect(sealed.items.allSatisfy { $0.name.hasSuffix(" \(ScoreText.sealed)") })
        #expect(sealed.text[0].hasPrefix("Sealed until every expected card is in (3 of 4"))
        #expect(!sealed.text.joined().contains("Total"))
        if actor == "reviewer" { Golden.check(ui.screen, "ranking-combined-card-sealed-80x24") }
        // Read-only: a mark typed does nothing, Enter only closes it; nothing is written.
        let trail = try ui.store.auditLog(by: ui.store.acting(as: "chair")).count
        ui.press(.character("4"), .enter)
        #expect(ui.app.state.dialog == nil)
        #expect(ui.app.state.scorecard == nil)
        #expect(ui.app.state.ranking != nil)
        #expect(try ui.store.auditLog(by: ui.store.acting(as: "chair")).count == trail)
    }

    @Test func finalisingWhileCardsAreMissingSaysWhatAndWho() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("R"), .character("F"))
        #expect(ui.app.state.dialog == nil)
        let message = try #require(ui.app.state.message)
        #expect(message.isError)
        #expect(
            message.text
                == "cannot finalise: 2 invited candidates are not fully scored yet (\(invited[0]) (chair); \(invited[3]) (chair, member1, member2)): every member must submit, or be excused, first"
        )
        #expect(try !ui.store.isRankingFinal())
    }

    @Test func theChairFinalisesAfterTheConfirmationAndReopensWithAReason() throws {
        let ui = try harness(prepare: Self.prepareComplete)
        ui.press(.character("R"), .character("F"))
        let dialog = try #require(ui.app.state.dialog)
        #expect(dialog.purpose == .finaliseRanking)
        #expect(dialog.selected == 1, "Enter alone does not finalise")
        #expect(ui.screen.contains("freeze"))
        Golden.check(ui.screen, "ranking-finalise-dialog-80x24")
        ui.press(.enter)
        #expect(try !ui.store.isRankingFinal())
        #expect(ui.app.state.message?.text == "not finalised: the ranking stays open")

        ui.press(.character("F"), .character("k"), .enter)
        #expect(try ui.store.isRankingFinal())
        #expect(ui.app.state.message?.text == "the ranking is final; U (:reopen-ranking) undoes it")
        #expect(ui.lines[1].contains("final (finalised by chair"), "\(ui.lines[1])")
        let chair = try ui.store.acting(as: "chair")
        #expect(try ui.store.auditLog(by: chair).last?.action == "ranking.finalise")

        ui.press(.character("U"))
        #expect(ui.app.state.form?.purpose == .reopenRanking)
        ui.press(.enter)
        #expect(ui.app.state.form?.problem == "reason is required")
        ui.type("a mark was entered against the wrong criterion")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(try !ui.store.isRankingFinal())
        #expect(ui.app.state.message?.text == "the ranking is open again")
        #expect(try ui.store.auditLog(by: chair).last?.action == "ranking.reopen")
        #expect(ui.lines[1].contains("not final"))
    }

    @Test func theChairExcusesAMemberAndWithdrawsTheExcusal() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        let chair = try ui.store.acting(as: "chair")
        ui.press(.character("R"), .character("j"), .character("j"), .character("E"))
        let form = try #require(ui.app.state.form)
        #expect(form.purpose == .excuse(invited[0]))
        #expect(form.value("member") == "chair", "only the chair's card is missing")
        ui.type("called away to a hearing")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(
            ui.app.state.message?.text
                == "\(invited[0]): chair excused; no longer expected to score this candidate")
        #expect(try ui.store.excusedMembers(of: invited[0]) == ["chair"])
        #expect(try ui.store.auditLog(by: chair).last?.action == "score.excuse")
        // Read again: the candidate is fully scored now and ranked, the cursor still on them.
        #expect(ui.app.state.ranking?.view.ranked.count == 3)
        #expect(ui.app.state.ranking?.selectedRow?.applicationID == invited[0])

        ui.press(.character("W"))
        #expect(ui.app.state.form?.purpose == .withdrawExcuse(invited[0]))
        ui.type("the hearing was postponed")
        ui.press(.enter)
        #expect(try ui.store.excusedMembers(of: invited[0]).isEmpty)
        #expect(try ui.store.auditLog(by: chair).last?.action == "score.excuse-withdraw")
        #expect(ui.app.state.ranking?.view.pending.count == 2)
        ui.press(.character("W"))
        #expect(ui.app.state.form == nil)
        #expect(ui.app.state.message?.text == "nobody is excused from \(invited[0])'s interview")
    }

    @Test func theCommandsRunByNameFromTheList() throws {
        let ui = try harness()
        let invited = try InterviewFixture.invited(ui.store)
        #expect(ui.app.select(invited[3]))
        ui.type(":excuse")
        ui.press(.enter)
        #expect(ui.app.state.form?.purpose == .excuse(invited[3]))
        ui.press(.escape)
        ui.type(":finalise")
        ui.press(.enter)
        #expect(ui.app.state.message?.text.hasPrefix("cannot finalise: 2 invited") == true)
        ui.type(":reopen-ranking")
        ui.press(.enter)
        #expect(ui.app.state.form?.purpose == .reopenRanking)
        ui.type("no reason to")
        ui.press(.enter)
        #expect(ui.app.state.form?.problem == "the ranking is not final")
    }

    @Test(arguments: ["member1", "secretary"])
    func aRoleThatMayNotIsRefusedAndNothingOpens(_ actor: String) throws {
        let ui = try harness(actor: actor, prepare: Self.prepareComplete)
        ui.press(.character("R"))
        for key: Character in ["F", "U", "E", "W"] {
            ui.press(.character(key))
            #expect(ui.app.state.overlays.isEmpty, "\(key)")
            #expect(ui.app.state.message?.isError == true, "\(key)")
        }
        ui.press(.character("F"))
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .finaliseRanking))
        ui.press(.character("E"))
        #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .excuseMember))
        #expect(try !ui.store.isRankingFinal())
        #expect(!ui.screen.contains("F finalise"))
    }
}
