import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Notes in the interface: `a` writes a note, `t` tags, the Notes tab (5) lists them with a
/// conflict's both texts, and the list gains a Tags column.
@Suite struct NotesTabTests {
    /// A reviewer's note, edited concurrently in the origin and in a copy, merged back.
    static func prepareConflict(_ store: SQLiteStore) throws {
        let reviewer = try store.acting(as: "reviewer")
        let note = try store.addNote(
            on: PanelFixture.papadopoulos, text: "Ask about the diploma from Θεσσαλονίκη",
            criterion: CriterionID("A2"), tags: ["check-diploma"], by: reviewer)
        try store.addNote(
            on: PanelFixture.papadopoulos, text: "Strong coordination record",
            by: store.acting(as: "member1"))
        let head = note.latest
        try store.editNote(note.noteID, text: "Diploma recognised by Greece", by: reviewer)
        let offline = NoteVersion(
            noteID: note.noteID, versionID: "0c0c0c0c-laptop", counter: head.counter + 1,
            author: "reviewer", at: "2025-11-26T09:00:00Z",
            applicationID: PanelFixture.papadopoulos, criterion: CriterionID("A2"),
            text: "Diploma: ask for the recognition letter", tags: ["check-diploma"],
            supersedes: [head.versionID])
        // Signed by the reviewer's own copy, as `notes export` signs it.
        let laptop = store.url.deletingLastPathComponent().appendingPathComponent("laptop.db")
        try store.checkoutCopy(to: laptop, by: reviewer)
        let copy = try SQLiteStore.open(at: laptop)
        defer { try? copy.close() }
        _ = try store.mergeNotes(
            copy.sign(
                NoteBundle(
                    originDatabaseID: store.notesFamilyID(), exportedFrom: "",
                    exportedBy: "reviewer", exportedAt: "2025-11-26T10:00:00Z",
                    versions: [offline])),
            source: "laptop.json", sha256: "-", by: store.acting(as: "secretary"))
    }

    @Test func theNotesTabShowsAuthorsTagsAndBothTextsOfAConflict() throws {
        let ui = try UIHarness(width: 100, height: 30, prepare: Self.prepareConflict)
        #expect(ui.lines[1].contains("Tags"), "the list has a Tags column: \(ui.lines[1])")
        #expect(ui.lines[2].contains("check-diploma"), "\(ui.lines[2])")
        Golden.check(ui.screen, "notes-tags-column-100x30")
        ui.press(.character("5"))
        #expect(ui.app.state.detailTab == .notes)
        let text = ui.detailText
        #expect(text.contains("Notes on APP-0000001"))
        #expect(text.contains("Conflict in note"))
        #expect(text.contains("Diploma recognised by Greece"))
        #expect(text.contains("Diploma: ask for the recognition letter"))
        #expect(text.contains("Strong coordination record"))
        #expect(text.contains("member1"))
        // Note ids are random UUIDs: the golden names them by their order.
        var screen = ui.screen
        for (i, note) in try ui.store.notes(for: PanelFixture.papadopoulos).enumerated() {
            screen = screen.replacingOccurrences(of: note.noteID.prefix(8), with: "NOTE000\(i + 1)")
        }
        Golden.check(screen, "notes-tab-100x30")
    }

    @Test func aAddsANoteAndTTagsThroughTheStore() throws {
        let ui = try UIHarness(width: 100, height: 30, actor: "reviewer")
        ui.press(.character("a"))
        let form = try #require(ui.app.state.form)
        #expect(form.title == "Note on APP-0000001")
        ui.type("Ask about the Łódź internship")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        #expect(ui.lines.last?.contains("APP-0000001: note") == true, "\(ui.lines.last ?? "")")
        let notes = try ui.store.notes(for: PanelFixture.papadopoulos)
        #expect(notes.map(\.latest.text) == ["Ask about the Łódź internship"])
        #expect(notes.first?.author == "reviewer")

        ui.press(.character("t"))
        #expect(ui.app.state.form?.title == "Tag APP-0000001")
        ui.type("check-diploma, shortlist")
        ui.press(.enter)
        #expect(
            try ui.store.tags(for: PanelFixture.papadopoulos) == ["check-diploma", "shortlist"])
        ui.press(.escape)
        #expect(ui.lines[1].contains("Tags"), "\(ui.lines[1])")
        #expect(ui.lines.contains { $0.contains("check-diploma sh") }, "\(ui.screen)")

        ui.press(.character("5"))
        #expect(ui.detailText.contains("Ask about the Łódź internship"))
        let trail = try ui.store.auditLog(
            candidate: PanelFixture.papadopoulos, by: ui.store.acting(as: "chair"))
        #expect(trail.filter { $0.action == "note.add" }.count == 2)
    }

    @Test func anEmptyNoteIsRefusedInTheFormAndAVisitorMayNotAnnotate() throws {
        let ui = try UIHarness(width: 80, height: 24, actor: "member1")
        ui.press(.character("a"), .enter)
        #expect(ui.app.state.form != nil, "a note needs some text: the form stays")
        ui.press(.escape)
        #expect(try ui.store.noteVersionCount() == 0)

        let visitor = try UIHarness(width: 80, height: 24, actor: "stranger")
        visitor.press(.character("a"))
        #expect(visitor.app.state.form == nil)
        #expect(visitor.app.state.message?.isError == true)
    }

    @Test func rResolvesAConflictWithOneTextForItsAuthorOrTheChair() throws {
        let member = try UIHarness(
            width: 100, height: 30, actor: "member1", prepare: Self.prepareConflict)
        member.press(.character("r"))
        #expect(member.app.state.form == nil)
        #expect(member.app.state.message?.text.contains("only their author or the chair") == true)

        let ui = try UIHarness(
            width: 100, height: 30, actor: "reviewer", prepare: Self.prepareConflict)
        ui.press(.character("r"))
        let form = try #require(ui.app.state.form)
        #expect(form.title.hasPrefix("Resolve note"))
        #expect(form.value("text") == "Diploma recognised by Greece")
        ui.type(", letter seen")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        let note = try #require(
            try ui.store.notes(for: PanelFixture.papadopoulos).first { $0.author == "reviewer" })
        #expect(!note.isConflict)
        #expect(note.latest.text == "Diploma recognised by Greece, letter seen")
        #expect(note.latest.tags == ["check-diploma"])
        #expect(ui.app.state.detailTab == .notes)
        #expect(!ui.detailText.contains("Conflict in note"))
        ui.press(.character("r"))
        #expect(ui.app.state.message?.text.contains("no note in conflict") == true)
    }
}
