import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Change news, on every engine: what another connection commits is news, by person and
/// action; this connection's own writes alone and a quiet database are not.
@Suite struct ChangeNewsTests {
    let folder = TemporaryDirectory("news")

    @Test(arguments: StoreEngine.all)
    func anotherConnectionsWritesAreNewsAndOwnAreNot(engine: StoreEngine) throws {
        let mine = try TestDatabase.create(
            engine, "news.db", in: folder, candidates: FixtureCandidates.all)
        let watch = try mine.watchChanges()
        #expect(try watch.poll() == nil, "what was there when watching began is not news")

        try mine.addNote(
            on: FixtureCandidates.all[0].applicationID, text: "Mine", by: mine.acting(as: "chair"))
        #expect(try watch.poll() == nil, "a connection's own commit is not news")

        let theirs = try engine.open("news.db", in: folder)
        let id = FixtureCandidates.all[1].applicationID
        try theirs.addNote(on: id, text: "Ζήτημα", by: theirs.acting(as: "reviewer"))
        try theirs.addNote(on: id, text: "Второй", by: theirs.acting(as: "reviewer"))
        try theirs.declareConflict(
            member: "member2", applicationID: id, reason: "Współpraca",
            by: theirs.acting(as: "chair"))
        // Once someone else has committed, the trail's gain is told whole, in order, this
        // connection's own entries among it (the interface leaves out its own person).
        let news = try #require(try watch.poll())
        #expect(
            news == [
                ChangeCount(actor: "chair", action: "note.add", count: 1),
                ChangeCount(actor: "reviewer", action: "note.add", count: 2),
                ChangeCount(actor: "chair", action: "conflict.declare", count: 1),
            ], "\(news)")
        #expect(try watch.poll() == nil, "news is told once")
    }
}
