import PropertyBased
import Testing

@testable import ShortlistCore

/// Tags and parents read back are normalised already, and are then taken as they are: the
/// result must be the one the general rule (trim, drop blanks and repeats, sort) gives.
@Suite struct NoteVersionNormalisingTests {
    static let pieces = [
        "a", "b", "check-diploma", "shortlist", " ", "\t", "\u{A0}", "\u{3000}", "Ωμέγα", "ζ",
        "Жанна", "łódź", "王芳", "é", "e\u{301}", "",
    ]
    static let lists = Gen.int(in: 0...15).array(of: 0...3).array(of: 0...5)

    static func list(_ codes: [[Int]]) -> [String] { codes.map { $0.map { pieces[$0] }.joined() } }

    static func generalRule(_ tags: [String]) -> [String] {
        Array(Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
            .canonicallySorted()
    }

    @Test func anyTagsAreNormalisedByTheGeneralRule() async {
        await propertyCheck(input: Self.lists) { codes in
            let tags = Self.list(codes)
            let sorted = Self.generalRule(tags)
            #expect(NoteTag.normalised(tags) == sorted)
            // Already normal, taken as it is, and still the rule's answer.
            #expect(NoteTag.normalised(sorted) == sorted)
        }
    }

    @Test func anyParentsAreSortedWithoutRepeats() async {
        await propertyCheck(input: Self.lists) { codes in
            let parents = Self.list(codes)
            let version = NoteVersion(
                noteID: "n", versionID: "v", counter: 1, author: "reviewer",
                at: "2026-03-01T09:00:00Z", applicationID: ApplicationID("APP-0000001"),
                text: "t", supersedes: parents)
            #expect(version.supersedes == Array(Set(parents)).canonicallySorted())
        }
    }

    @Test func blankUnsortedOrRepeatedTagsAreNotTakenAsTheyAre() {
        #expect(NoteTag.normalised(["b", "a"]) == ["a", "b"])
        #expect(NoteTag.normalised(["a", "a"]) == ["a"])
        #expect(NoteTag.normalised(["a", " b"]) == ["a", "b"])
        #expect(NoteTag.normalised(["a\u{A0}", "b"]) == ["a", "b"])
        #expect(NoteTag.normalised(["\u{3000}王芳"]) == ["王芳"])
        #expect(NoteTag.normalised([""]) == [])
        // The same tag in two spellings (é, e + accent) is one tag.
        #expect(NoteTag.normalised(["e\u{301}", "é"]).count == 1)
        // Swift's `<` orders neither of these before the other: the sort must not depend on
        // the order they come in.
        #expect(NoteTag.normalised(["e\u{301}", "éa"]) == NoteTag.normalised(["éa", "e\u{301}"]))
        #expect(NoteTag.normalised(["éa", "e\u{301}"]).first == "é")
    }
}
