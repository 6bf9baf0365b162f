import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The permission matrix, written out here by hand from docs/roles.md, not derived from the
/// code's own table: a change to either without the other fails.
@Suite struct PermissionMatrixTests {
    // r = reviewer, m = member, c = chair, s = secretary
    static let expected: [(PanelAction, String)] = [
        (.read, "rmcs"),
        (.annotate, "rmcs"),
        (.exportOwnNotes, "rmcs"),
        (.mergeNotes, "cs"),
        (.screen, "mc"),
        (.score, "mc"),
        (.declareOwnConflict, "mcs"),
        (.recordConflictForOthers, "cs"),
        (.importApplications, "s"),
        (.manageRoster, "s"),
        (.manageScoringEntries, "c"),
        (.invite, "cs"),
        (.overrideEligibility, "c"),
        (.editProfile, "cs"),
        (.lockProfile, "c"),
        (.excuseMember, "c"),
        (.reopenScorecard, "c"),
        (.finaliseRanking, "c"),
        (.exportResults, "cs"),
        (.setBlindMode, "c"),
        (.purge, "s"),
        (.readAuditTrail, "cs"),
    ]

    static let letters: [Role: Character] = [
        .reviewer: "r", .member: "m", .chair: "c", .secretary: "s",
    ]

    @Test func matrixMatchesTheDocumentedOne() {
        #expect(
            Set(Self.expected.map(\.0)) == Set(PanelAction.allCases), "every action is in the table"
        )
        for (action, roles) in Self.expected {
            for role in Role.allCases {
                #expect(
                    Permissions.allows(role, action) == roles.contains(Self.letters[role]!),
                    "\(role) × \(action)")
            }
        }
    }

    @Test func docsRolesShowsTheSameMatrix() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/roles.md").standardizedFileURL
        let text = try String(contentsOf: url, encoding: .utf8)
        for (action, roles) in Self.expected {
            let columns: [Role] = [.reviewer, .member, .chair, .secretary]
            let cells = columns.map { roles.contains(Self.letters[$0]!) ? "yes" : "—" }
            let row = "| `\(action.rawValue)` | " + cells.joined(separator: " | ") + " |"
            #expect(text.contains(row), "docs/roles.md lacks: \(row)")
        }
    }

    /// Every role against every operation the store has, at its API: allowed ones succeed,
    /// refused ones say who may and change nothing (not even the audit trail).
    @Test(arguments: StoreEngine.all, Role.allCases)
    func enforcedAtTheStoreAPI(engine: StoreEngine, role: Role) throws {
        let folder = TemporaryDirectory()
        let store = try TestDatabase.create(
            engine, "m.db", in: folder, candidates: FixtureCandidates.all)
        let name = TestDatabase.roster.first { $0.role == role }!.name
        let actor = try store.acting(as: name)
        let candidate = FixtureCandidates.all[0].applicationID

        let operations: [(PanelAction, () throws -> Void)] = [
            (
                .manageRoster,
                {
                    try store.addPanelMember(
                        PanelMember(name: "new-\(role)", displayName: "N", role: .reviewer),
                        by: actor)
                }
            ),
            (
                .importApplications,
                {
                    try store.insertCandidates(
                        [FixtureCandidates.make(99, "X", "Y", nationality: "FR")], by: actor)
                }
            ),
            (
                .recordConflictForOthers,
                {
                    try store.declareConflict(
                        member: "member2", applicationID: candidate, reason: "r", by: actor)
                }
            ),
            (.setBlindMode, { try store.setBlindMode(true, reason: "r", by: actor) }),
            (
                .purge,
                {
                    try store.purge(
                        [FixtureCandidates.all[5].applicationID], reason: "request", by: actor)
                }
            ),
            (.readAuditTrail, { _ = try store.auditLog(by: actor) }),
        ]
        for (action, operation) in operations {
            let before = try store.verifyAuditTrail().entries
            if Permissions.allows(role, action) {
                #expect(throws: Never.self, "\(role) may \(action)") { try operation() }
            } else {
                let error = try #require(throws: PermissionDenied.self, "\(role) may not \(action)")
                { try operation() }
                #expect(error.description.contains("cannot \(action.phrase)"), "\(error)")
                #expect(error.description.contains("only the"), "\(error)")
                #expect(try store.verifyAuditTrail().entries == before, "a refusal writes nothing")
            }
        }
        // Declaring one's own conflict follows its own permission.
        if Permissions.allows(role, .declareOwnConflict) {
            try store.declareConflict(
                member: name, applicationID: candidate, reason: "knows them", by: actor)
        } else {
            #expect(throws: PermissionDenied.self) {
                try store.declareConflict(
                    member: name, applicationID: candidate, reason: "x", by: actor)
            }
        }
    }

    @Test(arguments: StoreEngine.all) func someoneNotOnTheRosterMayOnlyRead(engine: StoreEngine)
        throws
    {
        let folder = TemporaryDirectory()
        let store = try TestDatabase.create(
            engine, "v.db", in: folder, candidates: FixtureCandidates.all)
        let visitor = try store.actor(named: "stranger", login: "stranger")
        #expect(!visitor.isOnRoster && visitor.may(.read) && !visitor.may(.annotate))
        #expect(try store.candidateCount() == 12)
        let error = try #require(throws: PermissionDenied.self) {
            try store.setBlindMode(true, reason: "x", by: visitor)
        }
        #expect(
            error.description.hasPrefix(
                "stranger is not on the panel roster of this database, so may only read"))
    }

    @Test(arguments: StoreEngine.all) func aBoundEntryMayOnlyBeUsedFromItsLogin(engine: StoreEngine)
        throws
    {
        let folder = TemporaryDirectory()
        let store = try TestDatabase.create(engine, "b.db", in: folder)
        let secretary = try store.acting(as: "secretary")
        try store.addPanelMember(
            PanelMember(
                name: "anna", displayName: "Anna Kowalska", role: .member, login: "akowalska"),
            by: secretary)
        #expect(try store.actor(named: "anna", login: "akowalska").role == .member)
        let refused = try #require(throws: IdentityRefused.self) {
            try store.actor(named: "anna", login: "mallory")
        }
        // On a server the login is the role connected as, never an OS login: anna asked for
        // from any other role's connection (here the secretary's) is refused in its name.
        let login = engine.serverLogin(of: "secretary", "b.db", in: folder) ?? "mallory"
        #expect(
            refused.description
                == "anna is bound to the login “akowalska”; you are logged in as “\(login)”, so you cannot act as anna"
        )
        // Unbound entries, as in the demo, accept any login.
        #expect(try store.actor(named: "member1", login: "whoever").role == .member)
    }

    @Test(arguments: StoreEngine.all) func theLastSecretaryStays(engine: StoreEngine) throws {
        let folder = TemporaryDirectory()
        let store = try TestDatabase.create(engine, "s.db", in: folder)
        let secretary = try store.acting(as: "secretary")
        #expect(throws: StoreError.self) {
            try store.removePanelMember(named: "secretary", by: secretary)
        }
        try store.removePanelMember(named: "member3", by: secretary)
        #expect(
            try store.panelMembers().map(\.name) == [
                "chair", "member1", "member2", "secretary", "reviewer",
            ])
        // A removed member keeps their history but can no longer act.
        #expect(try store.actor(named: "member3", login: "member3").isOnRoster == false)
    }
}
