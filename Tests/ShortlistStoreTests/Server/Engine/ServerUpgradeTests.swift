#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// `server upgrade` and the store's refusal of a panel of another server schema: a panel
    /// made schema 1 again (the texts' vector the server's generated column, no
    /// `settle_after_load`, an erasure that leaves the vector), refused on open in words,
    /// upgraded whole by the administrator only, in one transaction, and then as a new panel.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerUpgradeTests {
        /// CV and motivation of APP-1…APP-4: Greek with tonos, Cyrillic, Polish with ł, CJK.
        static let texts: [(Int, String, String)] = [
            (1, "Υδρολογία και διαχείριση υδάτων στη Θεσσαλονίκη", "Ψηφιακό δίδυμο λεκάνης"),
            (2, "Гидрология бассейна реки Волга", "Цифровой двойник водосбора"),
            (3, "Zarządzanie wodą w Łodzi i Gdańsku", "Cyfrowy bliźniak dorzecza Wisły"),
            (4, "数字孪生 流域管理 東京都", "水资源 policy twinning"),
        ]

        /// The fixture's panel with texts, turned back into a panel of schema 1 by the reverse
        /// of what changed since: the vector the server's generated column again (its index
        /// with it), no `settle_after_load`, the erasure that does not clear the vector.
        static func panelAtSchemaOne() throws -> ServerPanel {
            let panel = try ServerPanel()
            try panel.run(
                "secretary",
                "INSERT INTO candidate_texts VALUES "
                    + texts.map { ServerPanel.textsRow($0.0, $0.1, $0.2) }.joined(separator: ", "))
            let script = ServerSetupScript(roles: panel.roles)
            let purgeOfSchemaOne = script.render(ServerSetupScript.purgeCandidatesFunction)
                .replacingOccurrences(of: ", text_vector = ''", with: "")
            #expect(purgeOfSchemaOne != script.render(ServerSetupScript.purgeCandidatesFunction))
            try panel.admin(
                """
                SET ROLE \(panel.roles.owner);
                SET search_path = shortlist;
                ALTER TABLE candidate_texts DROP COLUMN text_vector;
                ALTER TABLE candidate_texts ADD COLUMN text_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('simple', search_fold(cv_text || ' ' || motivation))) STORED;
                CREATE INDEX candidate_texts_by_vector ON candidate_texts USING gin (text_vector);
                DROP FUNCTION settle_after_load();
                \(Self.reversalOfSchemaThree)
                \(purgeOfSchemaOne)
                UPDATE meta SET value = '1' WHERE key = 'server_schema';
                """)
            return panel
        }

        /// What schema 3 added, taken away (as the owner, in the schema): the first load's
        /// deferred indexes.
        static let reversalOfSchemaThree = """
            DROP TABLE load_deferred;
            DROP FUNCTION load_deferred_restored();
            DROP FUNCTION defer_load_indexes();
            DROP FUNCTION restore_after_load();
            """

        @Test func aPanelOfSchemaTwoIsUpgradedToLoadsThatDeferTheirIndexes() throws {
            let panel = try ServerPanel()
            try panel.admin(
                """
                SET ROLE \(panel.roles.owner);
                SET search_path = shortlist;
                \(Self.reversalOfSchemaThree)
                UPDATE meta SET value = '2' WHERE key = 'server_schema';
                """)
            #expect(throws: StoreError.self) { try panel.engine(as: "secretary") }
            let done = try ServerUpgrade.run(Self.administrator(panel))
            #expect(done.from == 2 && done.to == 3 && done.textVectors == 0)
            // As a new panel has them: the secretary alone may call them, and the new table
            // notifies its changes as every table does.
            #expect(
                try panel.admin(
                    """
                    SELECT has_function_privilege('\(panel.login("secretary"))', 'shortlist.defer_load_indexes()', 'EXECUTE'),
                        has_function_privilege('\(panel.login("member1"))', 'shortlist.restore_after_load()', 'EXECUTE'),
                        EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'notify_change'
                            AND tgrelid = 'shortlist.load_deferred'::regclass),
                        EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'load_deferred_restored'
                            AND tgrelid = 'shortlist.load_deferred'::regclass AND tgdeferrable)
                    """
                ).rows == [["t", "f", "t", "t"]])
            // A first load into the emptied panel defers and restores its indexes.
            try panel.admin("TRUNCATE shortlist.candidates CASCADE")
            let index = try ServerLoadDeferralTests.textIndex(panel)
            let store = try panel.engine(as: "secretary")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            #expect(
                try store.insertCandidates(
                    ServerLoadDeferralTests.candidates(1...20), by: store.actor)
                    == 20)
            #expect(try ServerLoadDeferralTests.textIndex(panel) != index)
        }

        /// What the upgrade changes, and the texts' vectors, as the administrator reads them.
        static func state(_ panel: ServerPanel) throws -> String {
            try panel.admin(
                """
                SELECT (SELECT value FROM shortlist.meta WHERE key = 'server_schema'),
                    (SELECT attgenerated::text || ':' || attnotnull::text FROM pg_attribute
                        WHERE attrelid = 'shortlist.candidate_texts'::regclass AND attname = 'text_vector'),
                    to_regprocedure('shortlist.settle_after_load()') IS NOT NULL,
                    (SELECT prosrc LIKE '%text_vector%' FROM pg_proc
                        WHERE oid = 'shortlist.purge_candidates(text[], text)'::regprocedure),
                    (SELECT string_agg(candidate_id || '=' || text_vector::text, ';' ORDER BY candidate_id)
                        FROM shortlist.candidate_texts),
                    (SELECT count(*) FROM shortlist.audit)
                """
            ).out
        }

        /// How many texts' vectors differ from the one the store builds from the row's texts.
        static func vectorsNotTheStores(_ panel: ServerPanel) throws -> Int {
            let rows = try panel.admin(
                "SELECT candidate_id, cv_text, motivation FROM shortlist.candidate_texts ORDER BY 1"
            ).rows
            let expected = rows.map { row in
                "(\(row[0]), \(ServerPanel.literal(PostgresTextVector.text(cv: row[1], motivation: row[2])))::tsvector)"
            }
            return Int(
                try panel.admin(
                    """
                    SELECT count(*) FROM shortlist.candidate_texts t
                    LEFT JOIN (VALUES \(expected.joined(separator: ", "))) e (id, vector) ON e.id = t.candidate_id
                    WHERE t.text_vector IS DISTINCT FROM e.vector
                    """
                ).out) ?? -1
        }

        static func administrator(_ panel: ServerPanel) throws -> DatabaseLocation {
            .server(
                try ServerAddress(
                    parsing:
                        "postgresql://\(ServerCluster.admin)@/\(panel.database)?host=\(ServerCluster.socket ?? "")"
                ))
        }

        func ids(_ store: PostgresStore, _ query: String) throws -> [String] {
            try store.candidates(
                order: .applicationID, page: .first(limit: 100),
                filter: store.compile("text:\(query)", for: store.actor)
            ).map(\.summary.applicationID.rawValue)
        }

        @Test func aPanelOfSchemaOneIsRefusedInWordsThenUpgradedByTheAdministrator() throws {
            let panel = try Self.panelAtSchemaOne()
            // The server's own fold (ł, Greek tonos) is not the store's.
            #expect(try Self.vectorsNotTheStores(panel) > 0)
            for name in ["secretary", "member1"] {
                do {
                    _ = try panel.engine(as: name)
                    Issue.record("\(name) opened a panel of schema 1")
                } catch let error as StoreError {
                    #expect(
                        error.description.contains(
                            "has server schema 1; this Shortlist needs 3: the server's administrator runs `shortlist server upgrade --db postgresql://"
                        ), "\(error)")
                    #expect(!error.description.contains("null value"))
                }
            }

            let done = try ServerUpgrade.run(Self.administrator(panel))
            #expect(done.from == 1 && done.to == 3 && done.textVectors == 4)
            // The administrator is not on the roster: no entry names them.
            #expect(done.unaudited?.contains("not on the panel's roster") == true)
            let upgraded = try Self.state(panel)
            #expect(upgraded.hasPrefix("3|:true|t|t|"), "\(upgraded)")
            #expect(try Self.vectorsNotTheStores(panel) == 0)
            #expect(
                try panel.admin(
                    "SELECT has_function_privilege('\(panel.login("secretary"))', 'shortlist.settle_after_load()', 'EXECUTE'), has_function_privilege('\(panel.login("member1"))', 'shortlist.settle_after_load()', 'EXECUTE')"
                ).rows == [["t", "f"]])
            #expect(try panel.run("secretary", "SELECT settle_after_load()").status == 0)

            // Searched as a new panel's texts are: phrases, prefixes, folded letters.
            let member = try panel.engine(as: "member1")
            defer { _ = try? member.close() }  // a failed expectation must not leak the connection
            #expect(try ids(member, "\"ψηφιακο διδυμο\"") == ["APP-1"])
            #expect(try ids(member, "Θεσσαλον*") == ["APP-1"])
            #expect(try ids(member, "Гидролог*") == ["APP-2"])
            #expect(try ids(member, "\"цифровой двойник\"") == ["APP-2"])
            #expect(try ids(member, "lodzi") == ["APP-3"])
            #expect(try ids(member, "\"cyfrowy bliźniak\"") == ["APP-3"])
            #expect(try ids(member, "zarzadz*") == ["APP-3"])
            #expect(try ids(member, "数字*") == ["APP-4"])
            #expect(try ids(member, "twin*") == ["APP-4"])

            // An import works as on a new panel, and is found.
            let secretary = try panel.engine(as: "secretary")
            defer { _ = try? secretary.close() }  // as above
            let people = [
                FixtureCandidates.make(
                    1, "Łukasiewicz", "Ἀντιγόνη", nationality: "PL",
                    cv: "Hydrologia Łeby i Żuław"),
                FixtureCandidates.make(2, "Сидоров", "王", nationality: "BG", cv: "Водный баланс"),
            ]
            #expect(try secretary.insertCandidates(people, by: secretary.actor) == 2)
            #expect(try ids(member, "zulaw") == ["APP-0000001"])
            #expect(try ids(member, "\"водный баланс\"") == ["APP-0000002"])
            #expect(try Self.vectorsNotTheStores(panel) == 0)

            // The erasure of schema 2 clears the vector too.
            try panel.run("secretary", "SELECT purge_candidates(ARRAY['APP-3'], 'wniosek')")
            #expect(
                try panel.admin(
                    "SELECT text_vector::text FROM shortlist.candidate_texts WHERE candidate_id = 3"
                ).out == "")
            #expect(try ids(member, "lodzi").isEmpty)

            // A second upgrade finds schema 3 and changes nothing.
            let before = try Self.state(panel)
            let again = try ServerUpgrade.run(Self.administrator(panel))
            #expect(again == .init(from: 3, to: 3, textVectors: 0, unaudited: nil))
            #expect(try Self.state(panel) == before)
        }

        @Test func anAdministratorOnTheRosterLeavesAnEntryInTheTrail() throws {
            let panel = try Self.panelAtSchemaOne()
            // A superuser bound to a roster entry (docs/server.md advises against it).
            try panel.admin(
                "UPDATE shortlist.panel SET login = '\(ServerCluster.admin)' WHERE name = 'chair'")
            let done = try ServerUpgrade.run(Self.administrator(panel))
            #expect(done.unaudited == nil)
            #expect(
                try panel.admin(
                    "SELECT actor, action, before, after FROM shortlist.audit ORDER BY seq DESC LIMIT 1"
                ).rows == [
                    [
                        "chair", "server.upgrade", #"{"server_schema":"1"}"#,
                        #"{"server_schema":"3"}"#,
                    ]
                ])
            try panel.admin(
                "UPDATE shortlist.panel SET login = '\(panel.login("chair"))' WHERE name = 'chair'")
            let chair = try panel.engine(as: "chair")
            defer { _ = try? chair.close() }  // a failed expectation must not leak the connection
            #expect(try chair.verifyAuditTrail().isIntact)
        }

        @Test func panelRolesAreRefusedByTheCommandAndByTheServer() throws {
            let panel = try Self.panelAtSchemaOne()
            let before = try Self.state(panel)
            for name in ["member1", "chair", "secretary"] {
                let location = DatabaseLocation.server(
                    try ServerAddress(
                        parsing:
                            "postgresql://\(panel.login(name))@/\(panel.database)?host=\(ServerCluster.socket ?? "")"
                    ))
                // The command refuses before it changes anything.
                let said =
                    (#expect(throws: (any Error).self) {
                        try ServerUpgrade.run(location)
                    }).map { "\($0)" } ?? ""
                #expect(
                    said.contains(
                        "must be run by the server's administrator (a superuser, or a member of \(panel.roles.owner)), not by \(panel.login(name))"
                    ), "\(said)")
                // The server refuses the upgrade's own SQL to them.
                let sql = ServerSetupScript(roles: panel.roles).upgradeSQL(
                    ServerUpgradeSteps.from(1))
                let refusal = try panel.refused(name, sql)
                #expect(refusal.contains("permission denied to set role"), "\(name): \(refusal)")
                #expect(
                    try panel.refused(
                        name,
                        "ALTER TABLE candidate_texts ALTER COLUMN text_vector DROP EXPRESSION"
                    ).contains("must be owner"))
            }
            #expect(try Self.state(panel) == before)
        }

        @Test func aFailureInTheLastStepLeavesThePanelAtSchemaOneWhole() throws {
            let panel = try Self.panelAtSchemaOne()
            let before = try Self.state(panel)
            #expect(before.hasPrefix("1|s:false|f|f|"), "\(before)")
            try panel.admin(
                """
                CREATE FUNCTION shortlist.planted_failure() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'planted: the schema number stays'; END $$;
                CREATE TRIGGER planted_failure BEFORE UPDATE ON shortlist.meta FOR EACH ROW
                    WHEN (OLD.key = 'server_schema') EXECUTE FUNCTION shortlist.planted_failure();
                """)
            let said =
                (#expect(throws: (any Error).self) {
                    try ServerUpgrade.run(Self.administrator(panel))
                }).map { "\($0)" } ?? ""
            #expect(
                said.contains("planted: the schema number stays"), "\(said)")
            #expect(try Self.state(panel) == before)
            #expect(throws: StoreError.self) { try panel.engine(as: "member1") }

            try panel.admin("DROP TRIGGER planted_failure ON shortlist.meta")
            #expect(try ServerUpgrade.run(Self.administrator(panel)).to == 3)
            #expect(try Self.vectorsNotTheStores(panel) == 0)
        }

        @Test func thePrintedSQLIsTheUpgradeAndRunsAsTheAdministrator() throws {
            let panel = try Self.panelAtSchemaOne()
            let sql = ServerSetupScript(roles: panel.roles).upgradeSQL(ServerUpgradeSteps.from(1))
            for words in [
                "BEGIN;", "SET LOCAL ROLE \(panel.roles.owner);", "DROP EXPRESSION",
                "SET NOT NULL", "CREATE OR REPLACE FUNCTION settle_after_load()",
                "GRANT EXECUTE ON FUNCTION settle_after_load() TO \(panel.roles.secretary);",
                "text_vector = ''", "UPDATE candidate_texts t SET text_vector",
                "UPDATE meta SET value = '2' WHERE key = 'server_schema'",
                "CREATE OR REPLACE FUNCTION defer_load_indexes()",
                "UPDATE meta SET value = '3' WHERE key = 'server_schema'", "COMMIT;",
            ] {
                #expect(sql.contains(words), "\(words)")
            }
            // Printing asks nothing of the panel.
            #expect(try Self.state(panel).hasPrefix("1|s:false|"))
            // Run by hand it upgrades all but the vectors, whose rebuild is the store's.
            try panel.admin(sql)
            #expect(try Self.state(panel).hasPrefix("3|:true|t|t|"))
        }

        @Test func aSchemaNewerThanThisShortlistsIsRefusedOnOpenAndByTheUpgrade() throws {
            let panel = try ServerPanel()
            try panel.admin(
                "UPDATE shortlist.meta SET value = '4' WHERE key = 'server_schema'")
            let said =
                (#expect(throws: (any Error).self) {
                    try panel.engine(as: "chair")
                }).map { "\($0)" } ?? ""
            #expect(
                said.contains(
                    "was set up by a newer Shortlist (schema 4); this one knows up to 3"), "\(said)"
            )
            let before = try Self.state(panel)
            let upgradeSaid =
                (#expect(throws: (any Error).self) {
                    try ServerUpgrade.run(Self.administrator(panel))
                }).map { "\($0)" } ?? ""
            #expect(
                upgradeSaid.contains("was set up by a newer Shortlist (schema 4)"), "\(upgradeSaid)"
            )
            #expect(try Self.state(panel) == before)
        }

        @Test func aMoveIntoADatabaseSetUpAtSchemaOneWaitsForTheUpgrade() throws {
            let f = try MigrationFixture()
            let admin = try ServerURL(
                "postgresql://\(ServerCluster.admin)@/\(f.database)?host=\(ServerCluster.socket ?? "")",
                environment: [:], login: "root")
            _ = try ServerSetup.run(admin)
            _ = try f.rows("UPDATE shortlist.meta SET value = '1' WHERE key = 'server_schema'")
            let error = try #require(throws: StoreError.self) { try f.migrate() }
            #expect(
                "\(error)".contains(
                    "has server schema 1; this Shortlist needs 3: the server's administrator runs `shortlist server upgrade"
                ), "\(error)")
            #expect(try f.rows("SELECT count(*) FROM shortlist.panel") == [["0"]])
            #expect(try ServerUpgrade.run(f.adminLocation).to == 3)
            #expect(try !f.migrate().setUp)
        }

        @Test func anEarlyDraftOfSchemaOneIsRefusedByTheUpgrade() throws {
            let panel = try Self.panelAtSchemaOne()
            // As set up before cards_open_to_me() came (the policies keep the function they
            // were made with).
            try panel.admin(
                "ALTER FUNCTION shortlist.cards_open_to_me() RENAME TO cards_open_before")
            let before = try Self.state(panel)
            let said =
                (#expect(throws: (any Error).self) {
                    try ServerUpgrade.run(Self.administrator(panel))
                }).map { "\($0)" } ?? ""
            #expect(
                said.contains("cannot be upgraded: it is an early draft of schema 1"), "\(said)")
            #expect(try Self.state(panel) == before)
        }
    }
#endif
