import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct NoteStoreTests {
    let directory = TemporaryDirectory("notes")
    let id = FixtureCandidates.all[0].applicationID
    let other = FixtureCandidates.all[1].applicationID

    func makeStore(_ engine: StoreEngine) throws -> any PanelDatabase {
        try TestDatabase.create(
            engine, "n.sqlite", in: directory, candidates: FixtureCandidates.all)
    }

    @Test(arguments: StoreEngine.all)
    func everyRoleMayAnnotateAndAVisitorMayNot(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        for name in ["reviewer", "member1", "chair", "secretary"] {
            try store.addNote(on: id, text: "Seen by \(name)", by: store.acting(as: name))
        }
        #expect(
            try store.notes(for: id).map(\.author).sorted()
                == ["chair", "member1", "reviewer", "secretary"])
        let visitor = Actor(name: "stranger", member: nil)
        #expect(throws: PermissionDenied.self) {
            try store.addNote(on: id, text: "Hello", by: visitor)
        }
    }

    @Test(arguments: StoreEngine.all)
    func editingMakesANewVersionAndDeletingLeavesATombstone(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        let reviewer = try store.acting(as: "reviewer")
        let note = try store.addNote(
            on: id, text: "Ask about the diploma", criterion: CriterionID("A2"),
            tags: ["check-diploma"], by: reviewer)
        #expect(try store.tags(for: id) == ["check-diploma"])
        let edited = try store.editNote(
            note.noteID, text: "Diploma seen, fine", tags: ["shortlist"], by: reviewer)
        #expect(edited.versionCount == 2)
        #expect(edited.latest.text == "Diploma seen, fine")
        #expect(edited.latest.criterion == CriterionID("A2"))
        #expect(try store.tags(for: id) == ["shortlist"])
        // Someone else's note is not theirs to edit.
        #expect(throws: StoreError.self) {
            try store.editNote(note.noteID, text: "Mine now", by: store.acting(as: "member1"))
        }
        // A prefix of the id is enough.
        try store.deleteNote(String(note.noteID.prefix(8)), by: reviewer)
        #expect(try store.notes(for: id).isEmpty)
        let deleted = try #require(try store.notes(for: id, includeDeleted: true).first)
        #expect(deleted.isDeleted)
        #expect(deleted.versionCount == 3)
        #expect(try store.tags(for: id).isEmpty)
    }

    @Test(arguments: StoreEngine.all)
    func badInputIsRefusedWithAReason(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        let reviewer = try store.acting(as: "reviewer")
        #expect(throws: StoreError.invalid("a note needs some text")) {
            try store.addNote(on: id, text: "   ", by: reviewer)
        }
        #expect(throws: StoreError.self) {
            try store.addNote(on: ApplicationID("APP-9999999"), text: "x", by: reviewer)
        }
        #expect(throws: StoreError.self) {
            try store.addNote(on: id, text: "x", criterion: CriterionID("Z9"), by: reviewer)
        }
        #expect(throws: StoreError.self) {
            try store.addNote(on: id, text: "x", tags: ["two words!"], by: reviewer)
        }
        #expect(try store.noteVersionCount() == 0)
    }

    @Test(arguments: StoreEngine.all)
    func mergeRefusesAnotherDatabaseAndAuthorsOffTheRosterChangingNothing(engine: StoreEngine)
        throws
    {
        let store = try makeStore(engine)
        let otherStore = try TestDatabase.create(
            engine, "other.sqlite", in: directory, candidates: FixtureCandidates.all)
        try otherStore.addNote(on: id, text: "Elsewhere", by: otherStore.acting(as: "chair"))
        let foreign = try otherStore.exportNotes(
            author: nil, since: nil, by: otherStore.acting(as: "chair"))
        let secretary = try store.acting(as: "secretary")
        let head = try store.verifyAuditTrail().headHash
        #expect(throws: NoteBundleRefused.self) {
            try store.mergeNotes(foreign, source: "other.json", sha256: "x", by: secretary)
        }
        // Pretending to be for this database does not help: nothing signed it.
        var stranger = foreign
        stranger.originDatabaseID = try store.notesFamilyID()
        #expect(throws: NoteBundleRefused.unsigned(file: "s.json")) {
            try store.mergeNotes(stranger, source: "s.json", sha256: "x", by: secretary)
        }
        #expect(try store.noteVersionCount() == 0)
        #expect(try store.verifyAuditTrail().headHash == head)
    }

    @Test(arguments: StoreEngine.all)
    func erasingACandidateErasesTheNotesOnThem(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        try store.addNote(
            on: id, text: "Personal remark", tags: ["x"], by: store.acting(as: "reviewer"))
        try store.purge([id], reason: "request", by: store.acting(as: "secretary"))
        #expect(try store.notes(for: id, includeDeleted: true).isEmpty)
        #expect(try store.tags(for: id).isEmpty)
        #expect(throws: StoreError.self) {
            try store.addNote(on: id, text: "again", by: store.acting(as: "reviewer"))
        }
    }
}
