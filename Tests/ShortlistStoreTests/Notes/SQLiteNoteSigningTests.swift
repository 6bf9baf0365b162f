import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Issue 16, item 3: a bundle is signed by the copy it comes from, and a merge takes from it
/// only what the copy's owner could have written at the keyboard, whole or not at all.
@Suite struct SQLiteNoteSigningTests {
    let directory = TemporaryDirectory("signing")
    let store: SQLiteStore
    let copy: SQLiteStore
    let id = FixtureCandidates.all[0].applicationID
    /// member1's note, written in the panel's database before the copy was taken.
    let member1Note: NoteState

    init() throws {
        store = try TestDatabase.create(
            at: directory.file("panel.sqlite"), candidates: FixtureCandidates.all)
        member1Note = try store.addNote(
            on: id, text: "Strong on A1", by: store.acting(as: "member1"))
        try store.checkoutCopy(to: directory.file("copy.sqlite"), by: store.acting(as: "reviewer"))
        copy = try SQLiteStore.open(at: directory.file("copy.sqlite"))
    }

    func secretary() throws -> Actor { try store.acting(as: "secretary") }

    /// The notes and the audit trail's head: all a merge could change.
    func snapshot() throws -> [String] {
        try store.notes(includeDeleted: true).flatMap { $0.heads.map(\.versionID) }.sorted()
            + [store.verifyAuditTrail().headHash]
    }

    /// A bundle of hand-made versions, signed by the reviewer's copy (a reviewer who crafts
    /// versions with their own key: the signature is valid, the rules must still hold).
    func signed(_ versions: [NoteVersion]) throws -> NoteBundle {
        try copy.sign(
            NoteBundle(
                originDatabaseID: store.notesFamilyID(), exportedFrom: "",
                exportedBy: "reviewer", exportedAt: "2026-03-01T00:00:00Z", versions: versions))
    }

    func version(
        _ versionID: String, note: String = "r-note", counter: Int64 = 5,
        author: String = "reviewer", at: String = "2026-03-01T00:00:00Z",
        text: String? = "Offline", supersedes: [String] = []
    ) -> NoteVersion {
        NoteVersion(
            noteID: note, versionID: versionID, counter: counter, author: author, at: at,
            applicationID: id, text: text, supersedes: supersedes)
    }

    /// Expects the whole bundle refused, naming each version with its reason, and nothing
    /// changed.
    func expectRefused(_ bundle: NoteBundle, _ reasons: [String]) throws {
        let before = try snapshot()
        do {
            _ = try store.mergeNotes(bundle, source: "b.json", sha256: "-", by: secretary())
            Issue.record("merged")
        } catch NoteBundleRefused.versionsRefused(let file, let refusals) {
            #expect(file == "b.json")
            #expect(refusals.map(\.reason) == reasons)
        }
        #expect(try snapshot() == before)
    }

    @Test func theCheckoutRecordsTheCopysPublicKeyAndOwnerAndOnlyTheCopyHoldsItsPrivateKey()
        throws
    {
        let copyID = try #require(try copy.metadata()["database_id"])
        let issued = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT copy_id, owner, public_key FROM note_copies")
        }
        #expect(issued.count == 1)
        #expect(issued.first?[0] == copyID)
        #expect(issued.first?[1] == "reviewer")
        #expect((issued.first?[2] as String?).flatMap { Data(base64Encoded: $0) }?.count == 32)
        #expect(
            try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note_copy_key") }
                == 0, "the panel's database holds no private key")
        #expect(
            try copy.read { db in
                try String.fetchOne(db, sql: "SELECT copy_id FROM note_copy_key")
            } == copyID)
    }

    @Test func aSignedExportMergesAndAnUnsignedOneDoesNot() throws {
        let reviewer = try copy.acting(as: "reviewer")
        try copy.addNote(on: id, text: "Ask about the diploma", by: reviewer)
        let bundle = try copy.exportNotes(author: "reviewer", since: nil, by: reviewer)
        #expect(bundle.signature != nil)
        let report = try store.mergeNotes(bundle, source: "b.json", sha256: "-", by: secretary())
        #expect(report.added == 1)
        #expect(
            try store.mergeNotes(bundle, source: "b.json", sha256: "-", by: secretary()).alreadyHeld
                == 1)
        // The panel's own export is not signed (it is no copy): no database merges it.
        let own = try store.exportNotes(author: nil, since: nil, by: secretary())
        #expect(own.signature == nil)
        #expect(throws: NoteBundleRefused.unsigned(file: "own.json")) {
            try store.mergeNotes(own, source: "own.json", sha256: "-", by: secretary())
        }
    }

    @Test func anAlteredOrReattributedSignedBundleFailsItsSignature() throws {
        let reviewer = try copy.acting(as: "reviewer")
        try copy.addNote(on: id, text: "Reviewer's note", by: reviewer)
        let bundle = try copy.exportNotes(author: "reviewer", since: nil, by: reviewer)
        for change in [
            { (v: inout NoteVersion) in v.text = "Edited in the file" },
            { (v: inout NoteVersion) in v.author = "member1" },
        ] {
            var forged = bundle
            change(&forged.versions[0])
            let before = try snapshot()
            #expect(throws: NoteBundleRefused.badSignature(file: "f.json")) {
                try store.mergeNotes(forged, source: "f.json", sha256: "-", by: secretary())
            }
            #expect(try snapshot() == before)
        }
    }

    @Test func aMemberCannotSignForACopyThatIsNotTheirs() throws {
        // member1 takes a copy of their own, and signs a bundle naming the reviewer's copy.
        try store.checkoutCopy(
            to: directory.file("member1.sqlite"), by: store.acting(as: "member1"))
        let theirs = try SQLiteStore.open(at: directory.file("member1.sqlite"))
        defer { try? theirs.close() }
        var forged = try theirs.sign(
            NoteBundle(
                originDatabaseID: store.notesFamilyID(), exportedFrom: "", exportedBy: "reviewer",
                exportedAt: "2026-03-01T00:00:00Z",
                versions: [version("x", author: "reviewer")]))
        let signature = forged.signature
        forged.exportedFrom = try #require(try copy.metadata()["database_id"])
        forged.signature = signature
        #expect(throws: NoteBundleRefused.badSignature(file: "f.json")) {
            try store.mergeNotes(forged, source: "f.json", sha256: "-", by: secretary())
        }
        // A copy the panel never issued (taken from another database) is refused as such.
        let other = try TestDatabase.create(
            at: directory.file("other.sqlite"), candidates: FixtureCandidates.all)
        try other.checkoutCopy(
            to: directory.file("foreign.sqlite"), by: other.acting(as: "reviewer"))
        let foreign = try SQLiteStore.open(at: directory.file("foreign.sqlite"))
        defer { try? foreign.close() }
        var stray = try foreign.sign(
            NoteBundle(
                originDatabaseID: "", exportedFrom: "", exportedBy: "reviewer",
                exportedAt: "2026-03-01T00:00:00Z", versions: [version("y")]))
        stray.originDatabaseID = try store.notesFamilyID()
        stray = try foreign.sign(stray)
        #expect(throws: NoteBundleRefused.copyNotIssued(file: "s.json", copyID: stray.exportedFrom))
        {
            try store.mergeNotes(stray, source: "s.json", sha256: "-", by: secretary())
        }
    }

    @Test func aValidlySignedBundleCannotTouchAnothersNoteNorSpeakForThem() throws {
        let head = member1Note.latest.versionID
        try expectRefused(
            signed([version("edit", note: member1Note.noteID, supersedes: [head])]),
            ["note \(member1Note.noteID.prefix(8)) is member1's: only its author can edit it"])
        try expectRefused(
            signed([version("gone", note: member1Note.noteID, text: nil, supersedes: [head])]),
            [
                "note \(member1Note.noteID.prefix(8)) is member1's: only its author or the chair can delete it"
            ])
        try expectRefused(
            signed([version("as-m1", author: "member1")]),
            [
                "written by member1, but the copy is reviewer's: a copy brings back only its owner's notes"
            ])
    }

    @Test func countersTimesAndParentsOutOfBoundsAreRefusedAndAHugeStoredCounterDoesNotTrap()
        throws
    {
        try expectRefused(
            signed([version("max", counter: .max)]), ["counter \(Int64.max) is outside 1…2^53"])
        try expectRefused(signed([version("zero", counter: 0)]), ["counter 0 is outside 1…2^53"])
        try expectRefused(
            signed([version("future", at: "2099-01-01T00:00:00Z")]),
            ["written at 2099-01-01T00:00:00Z, later than now plus ten minutes"])
        try expectRefused(
            signed([version("orphan", supersedes: ["no-such-version"])]),
            [
                "supersedes version no-such-, which neither this database nor the bundle holds before it"
            ])
        // An older Shortlist merged such a counter; adding a note must still work, below 2^53.
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO note_versions(version_id, note_id, counter, author, at,
                        application_id, text, tags, supersedes)
                    VALUES ('huge', 'huge', ?, 'reviewer', '2026-03-01T00:00:00Z', ?, 'x', '[]', '[]')
                    """, arguments: [Int64.max, id.rawValue])
        }
        let note = try store.addNote(on: id, text: "Still works", by: store.acting(as: "member1"))
        #expect(note.latest.counter == member1Note.latest.counter + 1)
    }

    @Test func aHeldVersionIdReusedForAnotherNoteIsRefusedNotIgnored() throws {
        try expectRefused(
            signed([version(member1Note.latest.versionID, note: "elsewhere")]),
            ["differs from the version already held with the same id"])
    }

    @Test func aBundleMergesWholeOrNotAtAll() throws {
        let good = version("good")
        let bad = version("bad", note: "other", author: "member1")
        try expectRefused(
            signed([good, bad]),
            [
                "written by member1, but the copy is reviewer's: a copy brings back only its owner's notes"
            ])
        #expect(try store.note("r-note") == nil, "the good version was not merged either")
        #expect(
            try store.mergeNotes(signed([good]), source: "b", sha256: "-", by: secretary()).added
                == 1)
    }

    @Test func mergingTheCopyItselfAppliesTheSameRules() throws {
        try copy.addNote(on: id, text: "Mine", by: copy.acting(as: "reviewer"))
        let clean = try copy.notesOfCopy()
        #expect(clean.signature != nil)
        let report = try store.mergeNotes(
            clean, source: "copy.sqlite", sha256: "-", by: secretary())
        #expect(report.added == 1)
        #expect(report.alreadyHeld == 1, "member1's note came with the copy and is held as is")
        // Someone else writes in the reviewer's copy: the whole copy is refused.
        try copy.addNote(on: id, text: "Written as member1", by: copy.acting(as: "member1"))
        let before = try snapshot()
        do {
            _ = try store.mergeNotes(
                copy.notesOfCopy(), source: "copy.sqlite", sha256: "-", by: secretary())
            Issue.record("merged")
        } catch NoteBundleRefused.versionsRefused(_, let refusals) {
            #expect(refusals.count == 1)
            #expect(refusals.first?.author == "member1")
        }
        #expect(try snapshot() == before)
    }
}
