#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// Creating and opening a panel through the engine: the secretary's creation writes the
    /// roster, the meta rows and the trail as SQLite's does; the server refuses whoever is not
    /// in the secretary group; a database without the setup says what to run.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerEngineCreationTests {
        @Test func theSecretaryCreatesThePanelWithItsRosterAndMeta() throws {
            let server = try ServerEngineDatabase()
            let chairLogin = "chair_" + server.tag
            let setup = NewDatabase(roster: [
                PanelMember(
                    name: "secretary", displayName: "Aoife Ní Bhriain", role: .secretary,
                    login: server.secretaryLogin),
                PanelMember(
                    name: "chair", displayName: "Μαρία Κωνσταντίνου", role: .chair,
                    login: chairLogin),
                PanelMember(name: "member1", displayName: "Ирина Петрова", role: .member),
                PanelMember(name: "reviewer", displayName: "山田 花子", role: .reviewer),
            ])
            let store = try DatabaseEngines.create(
                try server.location(server.secretaryLogin), setup)
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            let meta = try store.metadata()
            #expect(meta["format"] == "shortlist")
            #expect(meta["call_reference"] == CallReference.builtIn)
            #expect(meta["created_by"] == "secretary")
            #expect(meta["database_id"]?.count == 36)
            #expect(
                try server.rows(
                    "SELECT name, display_name, role, coalesce(login, '-') FROM shortlist.panel ORDER BY name"
                ) == [
                    ["chair", "Μαρία Κωνσταντίνου", "chair", chairLogin],
                    ["member1", "Ирина Петрова", "member", "-"],
                    ["reviewer", "山田 花子", "reviewer", "-"],
                    ["secretary", "Aoife Ní Bhriain", "secretary", server.secretaryLogin],
                ])
            #expect(
                try server.rows(
                    "SELECT actor, action, coalesce(object, '-') FROM shortlist.audit ORDER BY seq")
                    == [
                        ["secretary", "panel.add", "secretary"],
                        ["secretary", "database.create", "-"],
                        ["secretary", "panel.add", "chair"],
                        ["secretary", "panel.bind", "chair"],
                        ["secretary", "panel.add", "member1"],
                        ["secretary", "panel.add", "reviewer"],
                    ])
            // The chair's login was made by bind_login, in the chair group, and acts as the chair.
            let asChair = try DatabaseEngines.open(try server.location(chairLogin))
            defer { _ = try? asChair.close() }  // as above
            #expect(try asChair.metadata()["format"] == "shortlist")
            #expect((asChair as? PostgresStore)?.actor.name == "chair")
        }

        @Test func aRoleOutsideTheSecretaryGroupCannotCreateThePanel() throws {
            let server = try ServerEngineDatabase()
            let stranger = "stranger_" + server.tag
            try ServerEngineDatabase.admin("CREATE ROLE \(stranger) LOGIN", on: server.database)
            let setup = NewDatabase.createdBy("Piotr", login: stranger)
            do {
                _ = try DatabaseEngines.create(try server.location(stranger), setup)
                Issue.record("a role outside the secretary group created the panel")
            } catch {
                // The setup grants CONNECT to the panel groups only: the server refuses at the door.
                #expect("\(error)".contains("permission denied"))
            }
            #expect(try server.rows("SELECT count(*) FROM shortlist.panel") == [["0"]])
        }

        @Test func aSecondCreationIsRefused() throws {
            let server = try ServerEngineDatabase()
            let setup = NewDatabase.createdBy("secretary", login: server.secretaryLogin)
            try DatabaseEngines.create(try server.location(server.secretaryLogin), setup).close()
            #expect(throws: StoreError.self) {
                _ = try DatabaseEngines.create(try server.location(server.secretaryLogin), setup)
            }
            #expect(try server.rows("SELECT count(*) FROM shortlist.panel") == [["1"]])
        }

        @Test func openingADatabaseWithoutTheSetupSaysWhatToRun() throws {
            let server = try ServerEngineDatabase(setUp: false)
            do {
                _ = try DatabaseEngines.open(try server.location(ServerCluster.admin))
                Issue.record("opened a database without the schema")
            } catch {
                #expect("\(error)".contains("shortlist server setup"))
            }
        }

        @Test func onlyTheSecretaryGroupRecordsDemoParameters() throws {
            let panel = try ServerPanel()
            let member = try panel.open("member1")
            defer { _ = try? member.close() }  // as above
            #expect(throws: StoreError.self) { try member.recordDemoParameters(count: 10, seed: 7) }
            let secretary = try panel.open("secretary")
            defer { _ = try? secretary.close() }  // as above
            try secretary.recordDemoParameters(count: 10, seed: 7)
            try secretary.recordDemoParameters(count: 20, seed: 8)
            #expect(try member.metadata()["demo_count"] == "20")
            #expect(try member.metadata()["demo_seed"] == "8")
        }

        @Test func aClosedStoreSaysSo() throws {
            let panel = try ServerPanel()
            let store = try panel.open("reviewer")
            try store.close()
            do {
                _ = try store.metadata()
                Issue.record("a closed store read")
            } catch {
                #expect("\(error)".contains("closed"))
            }
        }

        // Change news (the watch) is ServerChangeNotificationTests'.
    }
#endif
