import PropertyBased
import Testing

@testable import ShortlistCore

/// Three copies of a database (the origin and two reviewers' laptops) annotate independently
/// and sometimes exchange bundles; the merge must not care in which order or how often.
struct NoteCopy {
    var notes = NoteSet()
    var clock: Int64 = 0
    let author: String
    /// Tells apart two copies used by the same person (the version ids must differ).
    var label = ""
    var written = 0

    mutating func write(
        noteID: String, application: ApplicationID, text: String?, tags: [String],
        supersedes: [String]
    ) {
        clock = max(clock, notes.versions.values.map(\.counter).max() ?? 0) + 1
        written += 1
        notes.insert(
            NoteVersion(
                noteID: noteID, versionID: "\(label)\(author)-v\(written)", counter: clock,
                author: author,
                at: "2026-01-01T00:00:00Z", applicationID: application,
                text: text, tags: tags, supersedes: supersedes))
    }

    /// Runs one operation decoded from a number: add, edit, delete, resolve, or take in another
    /// copy's notes.
    mutating func apply(_ code: Int, others: [NoteSet]) {
        let live = notes.current
        switch code % 5 {
        case 0,
            1 where live.isEmpty:
            write(
                noteID: "\(author)-n\(written)", application: ApplicationID("APP-\(code % 7)"),
                text: "note \(code)",
                tags: code % 3 == 0 ? ["check-diploma"] : [], supersedes: [])
        case 1:
            let note = live[code % live.count]
            write(
                noteID: note.noteID, application: note.applicationID, text: "edit \(code)",
                tags: ["shortlist"],
                supersedes: note.heads.map(\.versionID))
        case 2 where !live.isEmpty:
            let note = live[code % live.count]
            write(
                noteID: note.noteID, application: note.applicationID, text: nil, tags: [],
                supersedes: note.heads.map(\.versionID))
        case 3 where !live.isEmpty:
            if let note = live.first(where: \.isConflict) {
                write(
                    noteID: note.noteID, application: note.applicationID, text: "resolved \(code)",
                    tags: [],
                    supersedes: note.heads.map(\.versionID))
            }
        case 4 where !others.isEmpty:
            notes = notes.merging(others[code % others.count])
        default:
            break
        }
    }
}

@Suite struct NoteMergeTests {
    static let operations = Gen.int(in: 0...999).array(of: 0...60)

    /// Plays a random history across three copies and returns each copy's notes and every
    /// version ever written.
    static func play(_ codes: [Int]) -> ([NoteSet], Set<String>) {
        var copies = [
            NoteCopy(author: "secretary"), NoteCopy(author: "reviewer"), NoteCopy(author: "chair"),
        ]
        var everWritten = Set<String>()
        for (i, code) in codes.enumerated() {
            let who = (code / 5 + i) % 3
            let others = copies.indices.filter { $0 != who }.map { copies[$0].notes }
            copies[who].apply(code, others: others)
            everWritten.formUnion(copies[who].notes.versions.keys)
        }
        return (copies.map(\.notes), everWritten)
    }

    @Test func mergingInEveryOrderGivesTheSameNotes() async {
        await propertyCheck(input: Self.operations) { codes in
            let (copies, _) = Self.play(codes)
            let (a, b, c) = (copies[0], copies[1], copies[2])
            let reference = a.merging(b).merging(c)
            let orders = [
                a.merging(c).merging(b), b.merging(a).merging(c), b.merging(c).merging(a),
                c.merging(a).merging(b), c.merging(b).merging(a), a.merging(b.merging(c)),
                c.merging(b.merging(a)),
            ]
            for merged in orders {
                #expect(merged == reference)
                #expect(merged.current == reference.current)
            }
        }
    }

    @Test func mergingTwiceChangesNothing() async {
        await propertyCheck(input: Self.operations) { codes in
            let (copies, _) = Self.play(codes)
            let once = copies[0].merging(copies[1])
            #expect(once.merging(copies[1]) == once)
            #expect(once.merging(once) == once)
            #expect(once.merging(copies[0]).current == once.current)
        }
    }

    @Test func noVersionIsLost() async {
        await propertyCheck(input: Self.operations) { codes in
            let (copies, everWritten) = Self.play(codes)
            let all = copies[0].merging(copies[1]).merging(copies[2])
            #expect(Set(all.versions.keys) == everWritten)
            // Every note written anywhere is still listed, deleted ones as tombstones.
            let noteIDs = Set(all.versions.values.map(\.noteID))
            #expect(Set(all.current.map(\.noteID)) == noteIDs)
        }
    }

    @Test func concurrentEditsAreAConflictHoldingBothTexts() {
        var origin = NoteCopy(author: "reviewer")
        origin.write(
            noteID: "n1", application: ApplicationID("APP-1"), text: "Ask about the diploma",
            tags: [], supersedes: [])
        var laptop = NoteCopy(author: "reviewer", label: "laptop-")
        laptop.notes = origin.notes
        let head = origin.notes.current[0].heads.map(\.versionID)
        origin.write(
            noteID: "n1", application: ApplicationID("APP-1"), text: "Diploma checked: fine",
            tags: [],
            supersedes: head)
        laptop.write(
            noteID: "n1", application: ApplicationID("APP-1"),
            text: "Diploma from a non-EU university",
            tags: ["check-diploma"], supersedes: head)

        let merged = origin.notes.merging(laptop.notes)
        #expect(merged == laptop.notes.merging(origin.notes))
        let note = merged.current[0]
        #expect(note.isConflict)
        #expect(
            Set(note.heads.compactMap(\.text))
                == ["Diploma checked: fine", "Diploma from a non-EU university"])
        #expect(note.versionCount == 3)

        var chair = NoteCopy(author: "chair")
        chair.notes = merged
        chair.write(
            noteID: "n1", application: ApplicationID("APP-1"),
            text: "Diploma from a non-EU university, recognised",
            tags: [], supersedes: note.heads.map(\.versionID))
        let resolved = chair.notes.current[0]
        #expect(!resolved.isConflict)
        #expect(resolved.latest.text == "Diploma from a non-EU university, recognised")
        #expect(resolved.versionCount == 4)
        // The resolution, merged back into either side, resolves it there too.
        #expect(!origin.notes.merging(chair.notes).current[0].isConflict)
    }

    @Test func aDeletedNoteIsATombstoneThatKeepsItsHistory() {
        var copy = NoteCopy(author: "member1")
        copy.write(
            noteID: "n", application: ApplicationID("APP-2"), text: "Strong on A2", tags: ["x"],
            supersedes: [])
        copy.write(
            noteID: "n", application: ApplicationID("APP-2"), text: nil, tags: [],
            supersedes: [copy.notes.current[0].latest.versionID])
        let state = copy.notes.current[0]
        #expect(state.isDeleted)
        #expect(state.tags.isEmpty)
        #expect(state.versionCount == 2)
    }

    @Test func tagsAreParsedAndNormalised() {
        #expect(
            NoteTag.parse("shortlist, check-diploma  shortlist") == ["check-diploma", "shortlist"])
        #expect(NoteTag.isValid("ask-about-DT"))
        #expect(!NoteTag.isValid("two words"))
        #expect(!NoteTag.isValid(""))
    }
}
