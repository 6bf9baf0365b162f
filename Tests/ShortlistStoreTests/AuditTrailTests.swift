import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

@Suite struct AuditTrailTests {
    let folder = TemporaryDirectory()

    func store(_ engine: StoreEngine) throws -> any PanelDatabase {
        try TestDatabase.create(engine, "a.db", in: folder, candidates: FixtureCandidates.all)
    }

    func entries(_ store: any PanelDatabase) throws -> [AuditEntry] {
        try store.auditLog(by: store.acting(as: "chair"))
    }

    @Test(arguments: StoreEngine.all) func creationRosterAndLoadAreRecorded(engine: StoreEngine)
        throws
    {
        let s = try store(engine)
        let actions = try entries(s).map(\.action)
        // On a server the secretary's entry comes first (`init_panel`: nothing is appended in
        // a name not yet on the roster), and the test cluster binds every other entry to a
        // role of its own (`bind_login` records it). docs/server.md says so.
        let roster =
            engine.serverLogin(of: "secretary", "a.db", in: folder) == nil
            ? ["database.create"] + Array(repeating: "panel.add", count: 6)
            : ["panel.add", "database.create"]
                + Array(repeating: ["panel.add", "panel.bind"], count: 5).flatMap { $0 }
        #expect(actions == roster + ["profile.set", "candidates.load"])
        #expect(try s.verifyAuditTrail().isIntact)
    }

    /// Every change kind appends exactly one entry, in the transaction of the change; a change
    /// that fails appends none.
    @Test(arguments: StoreEngine.all) func everyChangeAppendsExactlyOneEntry(engine: StoreEngine)
        throws
    {
        let s = try store(engine)
        let secretary = try s.acting(as: "secretary")
        let chair = try s.acting(as: "chair")
        let id = FixtureCandidates.all[1].applicationID
        let changes: [(String, () throws -> Void)] = [
            (
                "panel.add",
                {
                    try s.addPanelMember(
                        PanelMember(name: "ext", displayName: "External", role: .reviewer),
                        by: secretary)
                }
            ),
            ("panel.remove", { try s.removePanelMember(named: "ext", by: secretary) }),
            (
                "conflict.declare",
                {
                    try s.declareConflict(
                        member: "member1", applicationID: id, reason: "former colleague", by: chair)
                }
            ),
            ("blind.on", { try s.setBlindMode(true, reason: "anonymised screening", by: chair) }),
            ("blind.off", { try s.setBlindMode(false, reason: "interviews", by: chair) }),
            ("candidate.purge", { try s.purge([id], reason: "erasure request", by: secretary) }),
        ]
        for (action, change) in changes {
            let before = try entries(s).count
            try change()
            let after = try entries(s)
            #expect(after.count == before + 1, "\(action)")
            #expect(after.last?.action == action)
        }
        let before = try entries(s).count
        #expect(throws: StoreError.self) {
            try s.declareConflict(member: "nobody", applicationID: id, reason: "r", by: chair)
        }
        #expect(throws: StoreError.self) {
            try s.addPanelMember(
                PanelMember(name: "chair", displayName: "Again", role: .chair), by: secretary)
        }
        #expect(try entries(s).count == before, "failed changes append nothing")
        #expect(try s.verifyAuditTrail().isIntact)
    }

    @Test(arguments: StoreEngine.all) func personalDataNeverEntersTheTrail(engine: StoreEngine)
        throws
    {
        let s = try store(engine)
        let chair = try s.acting(as: "chair")
        try s.declareConflict(
            member: "member2", applicationID: FixtureCandidates.all[0].applicationID, reason: "r",
            by: chair)
        try s.purge(
            [FixtureCandidates.all[0].applicationID], reason: "request",
            by: s.acting(as: "secretary"))
        let text = try entries(s).map { "\($0.object ?? "") \($0.before ?? "") \($0.after ?? "")" }
            .joined(separator: "\n")
        for c in FixtureCandidates.all {
            #expect(!text.contains(c.surname), "\(c.surname) is in the trail")
            #expect(!text.contains(c.email ?? "\u{0}"))
        }
    }

    @Test(arguments: StoreEngine.all) func aHeadInUpperCaseIsTheSameHead(engine: StoreEngine) throws
    {
        let s = try store(engine)
        let head = try s.verifyAuditTrail().headHash
        #expect(try s.verifyAuditTrail(expectedHead: head.uppercased()).isIntact)
    }
}
