import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// `tag:NAME` in the filter language: candidates with a current note carrying the tag; a
/// deleted note's tags no longer count.
@Suite struct TagFilterTests {
    func matches(_ f: ScoringFixture, _ filter: String) throws -> Set<ApplicationID> {
        let compiled = try f.store.compile(filter, for: f.actor("reviewer"))
        var ids: Set<ApplicationID> = []
        try f.store.forEachCandidate(filter: compiled, sort: [SortKey(.id)]) {
            ids.insert($0.applicationID)
        }
        #expect(try f.store.candidateCount(filter: compiled) == ids.count)
        return ids
    }

    @Test(arguments: StoreEngine.all) func tagsFilterTheListAndDeletedNotesDropOut(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b, c) = (f.eligible[0], f.eligible[1], f.eligible[2])
        try f.store.addNote(
            on: a, text: "Diploma from Kyiv", tags: ["check-diploma"], by: f.actor("reviewer"))
        let second = try f.store.addNote(
            on: b, text: "Ask about the DT pilot", tags: ["ask-about-DT", "check-diploma"],
            by: f.actor("member1"))
        try f.store.addNote(on: c, text: "No tag here", by: f.actor("member2"))

        #expect(try matches(f, "tag:check-diploma") == [a, b])
        #expect(try matches(f, "tag:ask-about-DT") == [b])
        #expect(try matches(f, "tag:check-diploma and not tag:ask-about-DT") == [a])
        #expect(try matches(f, "tag:nobody-uses-this").isEmpty)

        _ = try f.store.deleteNote(second.noteID, by: f.actor("member1"))
        #expect(try matches(f, "tag:check-diploma") == [a])
    }

    @Test func aBadTagIsASyntaxErrorWithItsPosition() {
        #expect(throws: FilterSyntaxError.self) { try FilterParser.parse("eligible and tag:") }
        do {
            _ = try FilterParser.parse("eligible and tag:a+b")
        } catch {
            #expect(error.position == 13)
            #expect(error.message.contains("is not a tag"))
        }
    }
}
