import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The screening form (`m`): marks per criterion with the mark keys, a note, saved through
/// the store and audited; refused with the reason to a conflicted member and to the secretary.
@Suite struct ScreeningFormTests {
    @Test func aMemberMarksEveryCriterionAndWritesANote() throws {
        let ui = try UIHarness(width: 120, height: 40, actor: "member2")
        ui.press(.down)
        #expect(ui.lines.contains { $0.hasPrefix("▶ APP-0000002 Иванова, Мария") })
        ui.press(.character("m"))
        let form = try #require(ui.app.state.form)
        #expect(form.title == "Your screening of APP-0000002")
        #expect(form.focused.name == "A1", "the first criterion without a mark")
        Golden.check(ui.screen, "screening-form-120x40")

        // m p n u mark and move on; Right changes the mark where the focus is.
        ui.press(.character("m"), .character("p"), .character("n"), .character("u"))
        #expect(ui.app.state.form?.focused.name == "B2")
        ui.press(.character("m"), .character("m"), .character("m"))
        #expect(ui.app.state.form?.focused.name == "note")
        ui.type("Strong on B1; ask about the FR level")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(ui.lines.last?.contains("APP-0000002: your screening is saved") == true)

        let screening = try ui.store.screening(of: PanelFixture.ivanova)
        let mine = Dictionary(
            uniqueKeysWithValues: screening.entries.filter { $0.member == "member2" }.map {
                ($0.criterion.rawValue, $0.mark)
            })
        #expect(
            mine == [
                "A1": .met, "A2": .partly, "A3": .notMet, "B1": .unknown, "B2": .met, "C1": .met,
                "C2": .met,
            ])
        #expect(screening.notes["member2"] == "Strong on B1; ask about the FR level")
        let trail = try ui.store.auditLog(
            candidate: PanelFixture.ivanova, by: ui.store.acting(as: "chair"))
        #expect(trail.contains { $0.action.hasPrefix("screen") && $0.actor == "member2" })

        // Opened again, the form shows the marks given; nothing changed, nothing written.
        let count = trail.count
        ui.press(.character("m"))
        #expect(ui.app.state.form?.value("A2") == "partly")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("nothing changed") == true)
        #expect(
            try ui.store.auditLog(
                candidate: PanelFixture.ivanova, by: ui.store.acting(as: "chair")
            ).count == count)
    }

    @Test func escapeCancelsAndSavesNothing() throws {
        let ui = try UIHarness(width: 80, height: 24, actor: "member1")
        ui.press(.character("m"), .character("m"), .character("m"), .escape)
        #expect(ui.app.state.form == nil)
        #expect(ui.lines.last?.contains("not saved") == true)
        #expect(try ui.store.screening(of: PanelFixture.papadopoulos).entries.isEmpty)
    }

    @Test func aConflictedMemberIsRefusedWithTheReason() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "member3", prepare: PanelFixture.prepare)
        ui.press(.down, .down)
        #expect(ui.lines.contains { $0.hasPrefix("▶ APP-0000003") })
        ui.press(.character("m"))
        #expect(ui.app.state.form == nil)
        let message = try #require(ui.app.state.message)
        #expect(message.isError)
        #expect(message.text.contains("conflict of interest"))
        #expect(message.text.contains(PanelFixture.conflictReason))
    }

    @Test func theSecretaryMayNotScreen() throws {
        let ui = try UIHarness(width: 80, height: 24, actor: "secretary")
        ui.press(.character("m"))
        #expect(ui.app.state.form == nil)
        #expect(ui.app.state.message?.isError == true)
        #expect(
            ui.app.state.message?.text.contains("secretary") == true,
            "\(ui.app.state.message?.text ?? "")")
    }
}
