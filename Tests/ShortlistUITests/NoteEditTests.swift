import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// `e`, `d` and `u` in the detail (issue 22): a note edited, deleted (after a confirmation
/// where Cancel comes first) or untagged through the store's `editNote` and `deleteNote`,
/// offering only the notes the acting person may change, as `shortlist notes` allows.
@Suite struct NoteEditTests {
    static let id = PanelFixture.papadopoulos

    /// The chair's tagged note and member1's, on the Greek candidate.
    static func prepare(_ store: SQLiteStore) throws {
        try store.addNote(
            on: id, text: "Δίπλωμα από Θεσσαλονίκη: ask for the recognition",
            tags: ["check-diploma", "shortlist"], by: store.acting(as: "chair"))
        try store.addNote(
            on: id, text: "Рекомендация от Иванова; zażółć gęślą jaźń",
            by: store.acting(as: "member1"))
    }

    func openNotes(_ ui: UIHarness) {
        #expect(ui.app.select(Self.id))
        ui.press(.enter, .character("5"))
        #expect(ui.app.keyContext == .detail)
    }

    func notes(_ ui: UIHarness) throws -> [NoteState] {
        try ui.store.notes(for: Self.id, includeDeleted: true)
    }

    @Test func eEditsTheActingPersonsOwnNote() throws {
        let ui = try UIHarness(width: 100, height: 30, prepare: Self.prepare)
        openNotes(ui)
        ui.press(.character("e"))
        let form = try #require(ui.app.state.form)
        #expect(form.purpose == .editNote(Self.id))
        guard case .choice(let options, _) = form.fields[0].kind else {
            Issue.record("no choice of note")
            return
        }
        #expect(options.count == 1, "member1's note is not the chair's to edit")
        #expect(form.value("text") == "Δίπλωμα από Θεσσαλονίκη: ask for the recognition")
        ui.press(.ctrl("u"))
        ui.type("Δίπλωμα αναγνωρισμένο")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        let chairs = try #require(try notes(ui).first { $0.author == "chair" })
        #expect(chairs.latest.text == "Δίπλωμα αναγνωρισμένο")
        #expect(chairs.latest.tags == ["check-diploma", "shortlist"], "the tags stay")
        #expect(ui.app.state.message?.text == "Note \(chairs.noteID.prefix(8)) now has 2 versions")
        let chair = try ui.store.acting(as: "chair")
        #expect(try ui.store.auditLog(by: chair).last?.action == "note.edit")
        #expect(ui.detailText.contains("Δίπλωμα αναγνωρισμένο"))
    }

    @Test func dDeletesOnlyAfterChoosingANoteAndCancelComesFirst() throws {
        let ui = try UIHarness(width: 100, height: 30, prepare: Self.prepare)
        openNotes(ui)
        ui.press(.character("d"))
        let dialog = try #require(ui.app.state.dialog)
        #expect(dialog.purpose == .deleteNote(Self.id))
        #expect(dialog.items.count == 3, "the chair may delete both notes")
        #expect(dialog.items[dialog.selected].name == "Cancel")
        // Note ids are random: masked, so that the golden holds.
        let masked = ui.screen.replacingOccurrences(
            of: "[0-9a-f]{8}", with: "########", options: .regularExpression)
        Golden.check(masked, "note-delete-dialog-100x30")
        ui.press(.enter)
        #expect(ui.app.state.message?.text == "nothing deleted")
        #expect(try notes(ui).allSatisfy { !$0.isDeleted })

        ui.press(.character("d"), .character("g"), .enter)
        let deleted = try notes(ui).filter(\.isDeleted)
        #expect(deleted.count == 1)
        #expect(deleted.first?.author == "member1", "the newest note comes first")
        let chair = try ui.store.acting(as: "chair")
        #expect(try ui.store.auditLog(by: chair).last?.action == "note.delete")
    }

    @Test func uRemovesOneTagAndKeepsTheText() throws {
        let ui = try UIHarness(width: 100, height: 30, prepare: Self.prepare)
        openNotes(ui)
        ui.press(.character("u"))
        let dialog = try #require(ui.app.state.dialog)
        #expect(dialog.items.map(\.name) == ["check-diploma", "shortlist", "Cancel"])
        ui.press(.character("g"), .enter)
        let chairs = try #require(try notes(ui).first { $0.author == "chair" })
        #expect(chairs.latest.tags == ["shortlist"])
        #expect(chairs.latest.text == "Δίπλωμα από Θεσσαλονίκη: ask for the recognition")
        #expect(
            ui.app.state.message?.text
                == "\(Self.id): tag check-diploma removed from note \(chairs.noteID.prefix(8))")
    }

    @Test func aMemberIsOfferedOnlyTheirOwnNotes() throws {
        let ui = try UIHarness(width: 100, height: 30, actor: "member2", prepare: Self.prepare)
        openNotes(ui)
        for key: Character in ["e", "d"] {
            ui.press(.character(key))
            #expect(ui.app.state.overlays.isEmpty)
            #expect(ui.app.state.message?.text.hasPrefix("no note on \(Self.id) is yours") == true)
        }
        ui.press(.character("u"))
        #expect(ui.app.state.overlays.isEmpty)
    }

    @Test func nobodyActingIsRefusedBeforeAnyForm() throws {
        let ui = try UIHarness(width: 100, height: 30, actor: nil, prepare: Self.prepare)
        openNotes(ui)
        for key: Character in ["e", "d", "u"] {
            ui.press(.character(key))
            #expect(ui.app.state.overlays.isEmpty)
            #expect(ui.app.state.message?.text == ui.app.context.refusal(of: .annotate))
        }
    }
}
