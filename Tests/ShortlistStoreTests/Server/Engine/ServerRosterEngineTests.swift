#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// The roster, blind mode and conflicts through the PostgreSQL engine: what SQLite's
    /// roster does, bound logins through the server's functions, and the server refusing
    /// what the rules refuse even when the store is not asked.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerRosterEngineTests {
        @Test func theRosterReadsInRoleOrderWithItsLogins() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "reviewer")
            let members = try store.panelMembers()
            #expect(
                members.map(\.name)
                    == [
                        "chair", "member1", "member2", "member3", "member4", "secretary",
                        "reviewer",
                    ])
            #expect(members.first { $0.name == "member2" }?.displayName == "Μαρία Κωνσταντίνου")
            #expect(members.allSatisfy { $0.login == panel.login($0.name) })
            #expect(try store.panelMember(named: "member4")?.displayName == "Ирина Петрова")
            #expect(try store.panelMember(named: "nobody") == nil)
        }

        @Test func theActingPersonIsTheConnectedRole() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            #expect(try store.actor(named: "secretary", login: "anyone").member?.role == .secretary)
            #expect(throws: IdentityRefused.self) {
                try store.actor(named: "chair", login: "anyone")
            }
            let chair = try panel.engine(as: "chair").actor
            let refusal = #expect(throws: StoreError.self) {
                try store.addPanelMember(
                    PanelMember(name: "reviewer2", displayName: "Zofia Wójcik", role: .reviewer),
                    by: chair)
            }
            #expect("\(refusal!)".contains("cannot act as chair"))
        }

        @Test func theSecretaryAddsAnEntryBoundThroughTheServer() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let login = "r2_" + panel.database
            try store.addPanelMember(
                PanelMember(
                    name: "reviewer2", displayName: "Αλέξης Γεωργίου", role: .reviewer,
                    login: login), by: store.actor)
            #expect(try store.panelMember(named: "reviewer2")?.login == login)
            // The new login is on the panel as a reviewer: the server names it.
            let added = try ServerCluster.psql(
                login, panel.database, "SELECT shortlist.my_name(), shortlist.my_role()")
            #expect(added.rows == [["reviewer2", "reviewer"]])
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT actor, action, object FROM audit ORDER BY seq DESC LIMIT 2"
                ) == [
                    ["secretary", "panel.bind", "reviewer2"],
                    ["secretary", "panel.add", "reviewer2"],
                ])
            let again = #expect(throws: StoreError.self) {
                try store.addPanelMember(
                    PanelMember(name: "reviewer2", displayName: "x", role: .reviewer),
                    by: store.actor)
            }
            #expect("\(again!)".contains("already on the roster"))
        }

        @Test func aMembersConnectionCannotAddToTheRoster() throws {
            let panel = try ServerPanel()
            let member = try panel.engine(as: "member1")
            #expect(throws: PermissionDenied.self) {
                try member.addPanelMember(
                    PanelMember(name: "member5", displayName: "Ανδρέας Νικολάου", role: .member),
                    by: member.actor)
            }
            // Nor behind the store's back.
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO panel (name, display_name, role, added_at) VALUES ('member5', 'Ανδρέας', 'member', 'x')"
                ).contains("permission denied"))
            #expect(try member.panelMember(named: "member5") == nil)
        }

        @Test func unbindingThenRemovingAnEntryTakesItsRightsAway() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            try store.changePanelMember(named: "member4", unbind: true, by: store.actor)
            #expect(try store.panelMember(named: "member4")?.login == nil)
            let unbound = try ServerCluster.psql(
                panel.login("member4"), panel.database, "SELECT count(*) FROM shortlist.panel")
            #expect(!unbound.ok)
            // A bound entry removed is unbound in the same transaction, as the server asks:
            // its role loses the panel's grants, as a removed entry on SQLite may not act.
            try store.removePanelMember(named: "reviewer", by: store.actor)
            #expect(try store.panelMember(named: "reviewer") == nil)
            #expect(!(try store.panelMembers().map(\.name).contains("reviewer")))
            let removed = try ServerCluster.psql(
                panel.login("reviewer"), panel.database, "SELECT count(*) FROM shortlist.panel")
            #expect(!removed.ok)
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT action FROM audit WHERE object = 'reviewer' ORDER BY seq DESC LIMIT 2"
                ) == [["panel.remove"], ["panel.unbind"]])
            let last = #expect(throws: StoreError.self) {
                try store.removePanelMember(named: "secretary", by: store.actor)
            }
            #expect("\(last!)".isEmpty == false)
        }

        @Test func onlyTheChairSwitchesBlindModeAndTheServerWithholdsNames() throws {
            let panel = try ServerPanel()
            let chair = try panel.engine(as: "chair")
            let member = try panel.engine(as: "member1")
            #expect(throws: PermissionDenied.self) {
                try member.setBlindMode(true, reason: "fairness", by: member.actor)
            }
            #expect(try !member.isBlind())
            try chair.setBlindMode(true, reason: "ślepa ocena", by: chair.actor)
            #expect(try member.isBlind())
            #expect(
                try panel.refused("member1", "SELECT surname FROM candidates")
                    .contains("permission denied"))
            #expect(
                try panel.rows("chair", "SELECT action, after FROM audit ORDER BY seq DESC LIMIT 1")
                    == [["blind.on", #"{"blind":"on"}"#]])
            try chair.setBlindMode(false, reason: "done", by: chair.actor)
            #expect(try !member.isBlind())
            #expect(
                try panel.rows("member1", "SELECT surname FROM candidates WHERE id = 2")
                    == [["Иванова"]])
        }

        @Test func aMemberDeclaresTheirOwnConflictButNotAnothersOnAnyPath() throws {
            let panel = try ServerPanel()
            let member = try panel.engine(as: "member2")
            try member.declareConflict(
                member: "member2", applicationID: ApplicationID("APP-2"),
                reason: "сестра моей коллеги", by: member.actor)
            #expect(
                try member.conflicts(of: "member2").map(\.applicationID.rawValue) == ["APP-2"])
            #expect(try member.conflicts(of: "member2").first?.reason == "сестра моей коллеги")
            #expect(
                try member.conflicts().map { "\($0.member) \($0.applicationID)" }
                    == ["member2 APP-2", "member3 APP-1"])
            #expect(throws: PermissionDenied.self) {
                try member.declareConflict(
                    member: "member1", applicationID: ApplicationID("APP-3"), reason: "x",
                    by: member.actor)
            }
            #expect(
                try panel.refused(
                    "member2",
                    "INSERT INTO conflicts VALUES ('member1', 3, 'x', '2026-02-02T08:00:00Z', 'member2')"
                ).contains("row-level security"))
            // The chair records one for someone else; the reason goes to the trail as a value.
            let chair = try panel.engine(as: "chair")
            try chair.declareConflict(
                member: "member1", applicationID: ApplicationID("APP-4"), reason: "王さんの元上司",
                by: chair.actor)
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT a.object, v.value FROM audit a JOIN audit_values v ON v.seq = a.seq WHERE a.action = 'conflict.declare' ORDER BY a.seq"
                ) == [["APP-2", "сестра моей коллеги"], ["APP-4", "王さんの元上司"]])
            #expect(throws: StoreError.self) {
                try member.declareConflict(
                    member: "member2", applicationID: ApplicationID("APP-404"), reason: "x",
                    by: member.actor)
            }
        }
    }
#endif
