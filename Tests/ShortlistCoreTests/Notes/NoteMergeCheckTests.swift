import Testing

@testable import ShortlistCore

/// What a copy may bring back, version by version: the rules of issue 16 item 3.
struct NoteMergeCheckTests {
    let app = ApplicationID("APP-0000001")
    let now = Timestamp(iso: "2026-03-01T12:00:00Z")!

    func check(owner: String = "reviewer", chair: Bool = false) -> NoteMergeCheck {
        NoteMergeCheck(
            owner: owner, ownerIsChair: chair, roster: ["reviewer", "member1", "chair"],
            mergeTime: now, isLive: { $0.rawValue == "APP-0000001" })
    }

    func version(
        _ id: String, note: String = "n1", counter: Int64 = 1, author: String = "reviewer",
        at: String = "2026-03-01T11:00:00Z", text: String? = "text", supersedes: [String] = []
    ) -> NoteVersion {
        NoteVersion(
            noteID: note, versionID: id, counter: counter, author: author, at: at,
            applicationID: app, text: text, supersedes: supersedes)
    }

    /// member1's note, held by the database.
    var member1Note: NoteVersion { version("m1", note: "m", author: "member1") }

    func reasons(_ versions: [NoteVersion], held: [NoteVersion] = [], chair: Bool = false)
        -> [String]
    {
        check(chair: chair).check(versions, held: held).refusals.map(\.reason)
    }

    @Test func theOwnersNewNotesAndTheirEditsPass() {
        let outcome = check().check(
            [
                version("v2", counter: 2, text: "edited", supersedes: ["v1"]),
                version("v1"),
                version("v3", counter: 3, text: nil, supersedes: ["v2"]),
            ], held: [])
        #expect(outcome.refusals.isEmpty)
        #expect(outcome.new.map(\.versionID) == ["v1", "v2", "v3"], "parents first")
    }

    @Test func aVersionByAnyoneButTheCopysOwnerIsRefused() {
        let forged = version("f", author: "member1")
        let outcome = check().check([forged], held: [])
        #expect(outcome.new.isEmpty)
        #expect(outcome.refusals == [NoteVersionRefusal(forged, outcome.refusals[0].reason)])
        #expect(outcome.refusals[0].reason.contains("written by member1"))
        #expect(outcome.refusals[0].description.hasPrefix("APP-0000001 counter 1 by member1"))
    }

    @Test func theOwnerCannotEditNorDeleteAnothersNoteButTheChairMayDelete() {
        let held = [member1Note]
        let edit = version("e", note: "m", counter: 2, text: "mine now", supersedes: ["m1"])
        #expect(reasons([edit], held: held) == ["note m is member1's: only its author can edit it"])
        let tombstone = version("t", note: "m", counter: 2, text: nil, supersedes: ["m1"])
        #expect(
            reasons([tombstone], held: held)
                == ["note m is member1's: only its author or the chair can delete it"])
        #expect(reasons([tombstone], held: held, chair: true).isEmpty)
        // A version with no parent cannot graft itself onto an existing note either.
        let graft = version("g", note: "m", counter: 2, text: "another head")
        #expect(reasons([graft], held: held) == ["starts note m, which already exists"])
    }

    @Test func countersOutsideOneTo2Pow53AreRefused() {
        for counter: Int64 in [0, -1, .max, (1 << 53) + 1] {
            #expect(
                reasons([version("c", counter: counter)])
                    == ["counter \(counter) is outside 1…2^53"])
        }
        #expect(reasons([version("c", counter: 1 << 53)]).isEmpty)
    }

    @Test func aTimeMoreThanTenMinutesAheadIsRefused() {
        #expect(reasons([version("a", at: "2026-03-01T12:09:59Z")]).isEmpty)
        #expect(
            reasons([version("a", at: "2026-03-01T12:10:01Z")])
                == ["written at 2026-03-01T12:10:01Z, later than now plus ten minutes"])
    }

    @Test func anUnknownOrForeignParentIsRefused() {
        #expect(
            reasons([version("x", counter: 2, supersedes: ["nowhere"])])
                == [
                    "supersedes version nowhere, which neither this database nor the bundle holds before it"
                ])
        let mine = version("r1", note: "r")
        #expect(
            reasons([version("x", counter: 2, supersedes: ["r1"])], held: [mine])
                == ["supersedes version r1 of another note"])
    }

    @Test func versionsHeldByteForByteCountAsHeldAndAChangedOneIsRefused() {
        let held = [member1Note, version("r1", note: "r")]
        let outcome = check().check(held, held: held)
        #expect(outcome.alreadyHeld == 2)
        #expect(outcome.refusals.isEmpty && outcome.new.isEmpty)
        var altered = member1Note
        altered.text = "edited in the file"
        #expect(
            reasons([altered], held: held)
                == ["differs from the version already held with the same id"])
    }

    @Test func anErasedCandidateAndAnOwnerOffTheRosterAreRefused() {
        var other = version("o")
        other.applicationID = ApplicationID("APP-0000002")
        #expect(reasons([other]) == ["no application APP-0000002 here, or it was erased"])
        let stranger = NoteMergeCheck(
            owner: "stranger", ownerIsChair: false, roster: ["reviewer"], mergeTime: now,
            isLive: { _ in true })
        #expect(
            stranger.check([version("s", author: "stranger")], held: []).refusals.map(\.reason)
                == ["stranger is not on this database's roster (`shortlist panel add`)"])
    }

    @Test func theEditRulesAreTheOnesTheStoreUses() {
        let note = NoteState.states(of: [member1Note])[0]
        #expect(NoteRules.refusal(.edit, of: note, by: "member1", isChair: false) == nil)
        #expect(NoteRules.refusal(.edit, of: note, by: "chair", isChair: true) != nil)
        #expect(NoteRules.refusal(.resolve, of: note, by: "member1", isChair: false) != nil)
    }

    @Test func theCanonicalFormEscapesOnlyQuotesBackslashesAndControls() {
        #expect(NoteCanonicalForm.string("a\"b\\c\nd\u{1}é/") == #""a\"b\\c\u000ad\u0001é/""#)
        let line = NoteCanonicalForm.line(version("v", text: nil))
        #expect(
            line
                == #"{"application_id":"APP-0000001","at":"2026-03-01T11:00:00Z","author":"reviewer","counter":1,"note_id":"n1","supersedes":[],"tags":[],"text":null,"version_id":"v"}"#
        )
    }
}
