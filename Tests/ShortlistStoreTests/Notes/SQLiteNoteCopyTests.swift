import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Offline copies are SQLite files checked out of a panel: what goes into one, and notes
/// carried back from copies; and the trail's digest of a note, read in the file.
@Suite struct SQLiteNoteCopyTests {
    let directory = TemporaryDirectory("notes")
    let store: SQLiteStore
    let id = FixtureCandidates.all[0].applicationID
    let other = FixtureCandidates.all[1].applicationID

    init() throws {
        store = try TestDatabase.create(
            at: directory.file("n.sqlite"), candidates: FixtureCandidates.all)
    }

    func actor(_ name: String) throws -> Actor { try store.acting(as: name) }

    @Test func theChainHoldsASaltedDigestOfTheTextNeverTheText() throws {
        let text = "Πολύ καλή εμπειρία στο A1"
        try store.addNote(on: id, text: text, tags: ["shortlist"], by: actor("member2"))
        let stored = try store.read { db in
            try String.fetchOne(
                db, sql: "SELECT after FROM audit WHERE action = 'note.add' ORDER BY seq DESC")
        }
        let chained = try #require(stored)
        #expect(!chained.contains("καλή") && !chained.contains(sha256Hex(text)))
        #expect(!chained.contains("shortlist"), "tags are free text too")
        #expect(chained.contains(#""text":"hmac-sha256:"#))
        let entry = try #require(
            try store.auditLog(candidate: id, by: actor("chair")).last { $0.action == "note.add" })
        #expect(entry.actor == "member2")
        #expect(entry.after?.contains("καλή") == false, "the log shows the digest, not the text")
        #expect(entry.after?.contains(#""text":"hmac-sha256:"#) == true)
        #expect(try store.verifyAuditTrail().firstProblem == nil)
    }

    @Test func aCheckoutHasApplicationsAndNotesButNoScoresScreeningOrAuditDetail() throws {
        let chair = try actor("chair")
        try TestDatabase.openRound(store)
        try store.screen(id, marks: [CriterionID("A1"): .met], note: "secret", by: chair)
        try store.addNote(on: other, text: "Check the CAST registration", by: chair)
        let url = directory.file("copy.sqlite")
        let result = try store.checkoutCopy(to: url, by: actor("reviewer"))
        #expect(result.candidates == FixtureCandidates.all.count)
        #expect(result.noteVersions == 1)
        let copy = try SQLiteStore.open(at: url)
        defer { try? copy.close() }
        #expect(try copy.copyOrigin() == store.metadata()["database_id"])
        #expect(try copy.metadata()["database_id"] != store.metadata()["database_id"])
        #expect(try copy.notesFamilyID() == store.notesFamilyID())
        #expect(try copy.notes(for: other).first?.latest.text == "Check the CAST registration")
        #expect(try copy.screening(of: id).entries.isEmpty)
        let trail = try copy.auditLog(by: copy.acting(as: "secretary"))
        #expect(!trail.contains { $0.action == "screening.mark" || $0.action == "note.add" })
        #expect(trail.contains { $0.action == "notes.checkout" })
        #expect(try copy.integrityProblems().isEmpty)
        #expect(
            try store.auditLog(by: chair).last?.action == "notes.checkout",
            "the origin records that a copy was taken")
    }

    @Test func exportAndMergeAreIdempotentAndKeepConcurrentEditsAsAConflict() throws {
        let reviewer = try actor("reviewer")
        let note = try store.addNote(on: id, text: "Ask about the diploma", by: reviewer)
        let url = directory.file("copy.sqlite")
        try store.checkoutCopy(to: url, by: reviewer)
        let copy = try SQLiteStore.open(at: url)
        defer { try? copy.close() }
        let copyReviewer = try copy.acting(as: "reviewer")
        try copy.editNote(note.noteID, text: "Diploma from outside the EU", by: copyReviewer)
        try copy.addNote(on: other, text: "Strong on A2", tags: ["shortlist"], by: copyReviewer)
        try store.editNote(note.noteID, text: "Diploma recognised", by: reviewer)

        let bundle = try copy.exportNotes(author: "reviewer", since: nil, by: copyReviewer)
        let secretary = try actor("secretary")
        let first = try store.mergeNotes(bundle, source: "b.json", sha256: "x", by: secretary)
        #expect(first.added == 2)
        #expect(first.alreadyHeld == 1)
        #expect(first.conflicts == [note.noteID])
        let head = try store.verifyAuditTrail().headHash
        let again = try store.mergeNotes(bundle, source: "b.json", sha256: "x", by: secretary)
        #expect(again.added == 0)
        #expect(try store.verifyAuditTrail().headHash == head, "a second merge writes nothing")

        let conflicted = try #require(try store.note(note.noteID))
        #expect(conflicted.isConflict)
        #expect(
            Set(conflicted.heads.compactMap(\.text))
                == ["Diploma recognised", "Diploma from outside the EU"])
        #expect(throws: StoreError.self) {
            try store.editNote(note.noteID, text: "x", by: reviewer)
        }
        #expect(throws: StoreError.self) {
            try store.resolveNoteConflict(note.noteID, text: "x", by: actor("member1"))
        }
        let resolved = try store.resolveNoteConflict(
            note.noteID, text: "Diploma from outside the EU, recognised by Ireland",
            by: actor("chair"))
        #expect(!resolved.isConflict)
        #expect(try store.tags(for: other) == ["shortlist"])
        // A reviewer may merge nothing, nor export someone else's notes.
        #expect(throws: PermissionDenied.self) {
            try store.mergeNotes(bundle, source: "b.json", sha256: "x", by: reviewer)
        }
        #expect(throws: PermissionDenied.self) {
            try store.exportNotes(author: "chair", since: nil, by: reviewer)
        }
    }

    @Test func bundlesFromTwoReviewersMergeToTheSameNotesInEitherOrder() throws {
        let shared = try store.addNote(on: id, text: "Shared note", by: actor("reviewer"))
        var copies: [SQLiteStore] = []
        for name in ["a", "b", "c"] {
            let url = directory.file("\(name).sqlite")
            try store.checkoutCopy(to: url, by: actor("reviewer"))
            copies.append(try SQLiteStore.open(at: url))
        }
        defer { for copy in copies { try? copy.close() } }
        let (a, b, replica) = (copies[0], copies[1], copies[2])
        try a.addNote(on: other, text: "From A", tags: ["shortlist"], by: a.acting(as: "reviewer"))
        try a.editNote(shared.noteID, text: "Edited in A", by: a.acting(as: "reviewer"))
        // Enough notes for the merge's set-wide path (more than 32 notes touched).
        for (i, candidate) in FixtureCandidates.all.prefix(10).enumerated() {
            for n in 0..<4 {
                try a.addNote(
                    on: candidate.applicationID, text: "Batch \(i).\(n)", tags: ["batch-\(n)"],
                    by: a.acting(as: "reviewer"))
            }
        }
        try b.addNote(on: id, text: "From B", by: b.acting(as: "reviewer"))
        try b.editNote(shared.noteID, text: "Edited in B", by: b.acting(as: "reviewer"))
        let bundleA = try a.exportNotes(author: nil, since: nil, by: a.acting(as: "secretary"))
        let bundleB = try b.exportNotes(author: nil, since: nil, by: b.acting(as: "chair"))
        let secretary = try actor("secretary")
        _ = try store.mergeNotes(bundleA, source: "a", sha256: "-", by: secretary)
        _ = try store.mergeNotes(bundleB, source: "b", sha256: "-", by: secretary)
        let replicaSecretary = try replica.acting(as: "secretary")
        _ = try replica.mergeNotes(bundleB, source: "b", sha256: "-", by: replicaSecretary)
        _ = try replica.mergeNotes(bundleA, source: "a", sha256: "-", by: replicaSecretary)
        _ = try replica.mergeNotes(bundleA, source: "a", sha256: "-", by: replicaSecretary)
        let here = try store.notes(includeDeleted: true)
        #expect(here == (try replica.notes(includeDeleted: true)))
        #expect(here.count == 43)
        #expect(here.first { $0.noteID == shared.noteID }?.isConflict == true)
        #expect(try store.tags(for: other) == (try replica.tags(for: other)))
        #expect(
            try store.tags(for: other) == ["batch-0", "batch-1", "batch-2", "batch-3", "shortlist"])
        #expect(try store.tagCounts().first { $0.tag == "batch-0" }?.candidates == 10)
    }

    @Test func exportKeepsTheAuthorAndTimeAskedForAndTheMergeIsAudited() throws {
        var now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        let clock = ClockBox(now)
        let timed = try TestDatabase.create(
            at: directory.file("timed.sqlite"), candidates: FixtureCandidates.all,
            clock: { clock.now })
        try timed.addNote(on: id, text: "Early", by: timed.acting(as: "reviewer"))
        now += 86_400
        clock.now = now
        try timed.addNote(on: id, text: "Later", by: timed.acting(as: "reviewer"))
        try timed.addNote(on: id, text: "By the chair", by: timed.acting(as: "chair"))
        let reviewer = try timed.acting(as: "reviewer")
        let own = try timed.exportNotes(author: "reviewer", since: nil, by: reviewer)
        #expect(own.versions.compactMap(\.text) == ["Early", "Later"])
        let since = try #require(Timestamp(iso: "2026-01-02T01:00:00+02:00"))
        let recent = try timed.exportNotes(author: "reviewer", since: since, by: reviewer)
        #expect(recent.versions.compactMap(\.text) == ["Later"])
        let all = try timed.exportNotes(author: nil, since: nil, by: timed.acting(as: "secretary"))
        #expect(all.versions.count == 3)

        // A reviewer's copy of `store`, exported and merged: the merge is audited.
        let url = directory.file("audited-copy.sqlite")
        try store.checkoutCopy(to: url, by: actor("reviewer"))
        let copy = try SQLiteStore.open(at: url)
        defer { try? copy.close() }
        try copy.addNote(on: id, text: "Early", by: copy.acting(as: "reviewer"))
        let bundle = try copy.exportNotes(
            author: "reviewer", since: nil, by: copy.acting(as: "reviewer"))
        #expect(bundle.signature != nil)
        let report = try store.mergeNotes(
            bundle, source: "/media/usb/reviewer.json", sha256: "abc", by: actor("secretary"))
        #expect(report.added == 1)
        let entry = try #require(try store.auditLog(by: actor("chair")).last)
        #expect(entry.action == "notes.merge")
        #expect(entry.actor == "secretary")
        let after = try #require(entry.after)
        for part in [
            "\"added\":\"1\"", "\"sha256\":\"abc\"", "\"source\":\"reviewer.json\"",
            "\"copy_owner\":\"reviewer\"",
        ] {
            #expect(after.contains(part), "\(after)")
        }
        #expect(!after.contains("Early"))
    }
}

/// A clock a test moves forward.
final class ClockBox: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
}
