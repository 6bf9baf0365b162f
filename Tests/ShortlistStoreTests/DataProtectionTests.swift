import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct DataProtectionTests {
    let folder = TemporaryDirectory()

    @Test(arguments: StoreEngine.all)
    func theCreatorIsTheSecretaryBoundToTheirLogin(engine: StoreEngine) throws {
        let store = try engine.create(
            "c.db", in: folder, .createdBy("akowalska", login: "akowalska"))
        // On a server the creator is bound to the database role they connect as, whatever
        // their OS login (docs/server.md): the entry is theirs from that role only.
        let role = engine.serverLogin(of: "akowalska", "c.db", in: folder)
        #expect(
            try store.panelMembers() == [
                PanelMember(
                    name: "akowalska", displayName: "akowalska", role: .secretary,
                    login: role ?? "akowalska")
            ])
        let other = try engine.create("d.db", in: folder, .createdBy("chair-to-be", login: "root"))
        #expect(
            try other.panelMembers().first?.login
                == engine.serverLogin(of: "chair-to-be", "d.db", in: folder),
            "a name that is not the login stays unbound (on a server: bound to the role)")
    }

    @Test(arguments: StoreEngine.all) func purgeByRetentionDate(engine: StoreEngine) throws {
        var early = FixtureCandidates.make(
            40, "Early", "Bird", nationality: "FR", submitted: "2025-01-10T10:00:00+01:00")
        early.cvText = "old"
        let store = try TestDatabase.create(
            engine, "r.db", in: folder, candidates: FixtureCandidates.all + [early])
        let count = try store.purge(
            submittedBefore: Timestamp(iso: "2025-06-01T00:00:00Z")!,
            reason: "retention period over",
            by: store.acting(as: "secretary"))
        #expect(count == 1)
        #expect(try store.candidate(early.applicationID)?.surname == "[erased]")
        #expect(
            try store.candidate(FixtureCandidates.all[0].applicationID)?.surname == "Παπαδόπουλος")
    }

    @Test(arguments: StoreEngine.all) func blindModeWithholdsNamesAndPersonalFields(
        engine: StoreEngine
    ) throws {
        let store = try TestDatabase.create(
            engine, "blind.db", in: folder, candidates: FixtureCandidates.all)
        try store.setBlindMode(true, reason: "anonymised screening", by: store.acting(as: "chair"))
        let rows = try store.candidates(order: .name, page: .first(limit: 50))
        for row in rows {
            #expect(
                row.summary.isBlinded
                    && row.summary.displayName == row.summary.applicationID.rawValue)
            #expect(row.summary.nationalities == .missing)
        }
        let c = try #require(try store.candidate(FixtureCandidates.all[0].applicationID))
        #expect(c.surname == "APP-0000001" && c.email == nil && c.dateOfBirth == .missing)
        #expect(try store.searchNames("παπαδ").isEmpty, "names cannot be searched")
        #expect(try store.searchNames("APP-0000004") == [ApplicationID("APP-0000004")], "ids can")
        // A viewer can add blinding for themselves; never remove the database's.
        try store.setBlindMode(false, reason: "interviews", by: store.acting(as: "chair"))
        try store.close()
        let viewer = try DatabaseEngines.open(
            engine.location("blind.db", in: folder), blindViewer: true)
        #expect(try viewer.candidate(FixtureCandidates.all[0].applicationID)?.isBlinded == true)
    }
}

extension Optional where Wrapped == Data {
    var orEmpty: Data { self ?? Data() }
}
