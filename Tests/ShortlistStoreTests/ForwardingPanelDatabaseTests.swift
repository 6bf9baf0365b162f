import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import Synchronization
import Testing

/// A fake that watches one read and hands the rest to a real store, on any engine.
final class CountingPanel: ForwardingPanelDatabase, @unchecked Sendable {
    let counted = Mutex(0)

    override func candidate(_ id: ApplicationID) throws -> Candidate? {
        counted.withLock { $0 += 1 }
        return try base.candidate(id)
    }
}

@Suite struct ForwardingPanelDatabaseTests {
    let folder = TemporaryDirectory("forwarding")

    @Test(arguments: StoreEngine.all)
    func aFakeOverridesOneReadAndForwardsTheRest(engine: StoreEngine) throws {
        let store = try TestDatabase.create(
            engine, "f.db", in: folder, candidates: FixtureCandidates.all)
        let panel: any PanelDatabase = CountingPanel(store)
        let id = FixtureCandidates.all[0].applicationID
        #expect(try panel.candidate(id)?.surname == "Παπαδόπουλος")
        #expect(try panel.candidateCount() == FixtureCandidates.all.count)
        try panel.addNote(on: id, text: "Через прокси", by: panel.acting(as: "reviewer"))
        #expect(try store.notes(for: id).flatMap(\.heads).map(\.text) == ["Через прокси"])
        #expect((panel as? CountingPanel)?.counted.withLock { $0 } == 1)
    }
}
