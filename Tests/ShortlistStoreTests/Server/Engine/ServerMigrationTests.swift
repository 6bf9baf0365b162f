#if Postgres
    import Foundation
    import GRDB
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// `PostgresMigration`: a SQLite panel moved to an empty database of the test cluster, read
    /// back through the PostgreSQL engine as each person on the roster; the trail verbatim; and
    /// every way a move can fail leaving the server as it was.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerMigrationTests {
        @Test func everyoneReadsTheMovedPanelAsTheyReadTheFile() throws {
            let f = try MigrationFixture()
            let (a, b, c) = try f.roundInProgress()
            let summary = try f.migrate()
            #expect(summary.setUp)
            #expect(
                summary.rolesCreated.sorted()
                    == (Array(f.logins.values) + [f.extraReviewer]).sorted())
            #expect(summary.moved.first { $0.table == "candidates" }?.rows == 12)
            for name in MigrationFixture.names {
                let server = try f.server(name)
                defer { try? server.close() }  // a test's goodbye; the reads were checked
                let viewer = try f.store.acting(as: name)
                let there = server.actor
                #expect(there.name == name)
                // The same cards, progress and totals; the secretary's and reviewers' results
                // on a server are means alone (no individual marks: docs/server.md).
                for id in [a, b, c] {
                    let there = try server.candidateScoring(id, for: there)
                    let here = try f.store.candidateScoring(id, for: viewer)
                    #expect(there.own == here.own, "\(name) \(id)")
                    #expect(there.others == here.others, "\(name) \(id)")
                    #expect(there.expected == here.expected, "\(name) \(id)")
                    #expect(there.submitted == here.submitted, "\(name) \(id)")
                    #expect(there.excused == here.excused, "\(name) \(id)")
                    #expect(there.viewerIsConflicted == here.viewerIsConflicted, "\(name) \(id)")
                    #expect(there.result.value?.total == here.result.value?.total, "\(name) \(id)")
                }
                let rankedThere = try server.ranking(for: there)?.ranked ?? []
                let rankedHere = try f.store.ranking(for: viewer)?.ranked ?? []
                #expect(
                    rankedThere.map(\.applicationID) == rankedHere.map(\.applicationID), "\(name)")
                #expect(
                    rankedThere.map { $0.result.value?.total }
                        == rankedHere.map { $0.result.value?.total }, "\(name)")
                #expect(try server.invitedCandidates() == f.store.invitedCandidates())
                #expect(try server.conflicts(of: nil) == f.store.conflicts(of: nil))
                #expect(try server.excusedMembers(of: c) == f.store.excusedMembers(of: c))
                #expect(try server.overriddenApplications() == f.store.overriddenApplications())
                #expect(
                    try server.notes(for: nil, includeDeleted: true)
                        == f.store.notes(for: nil, includeDeleted: true))
                #expect(try server.isBlind() == false)
                for id in f.scoring.eligible {
                    #expect(try server.eligibility(of: id) == f.store.eligibility(of: id))
                }
                #expect(
                    try server.panelMembers().map { "\($0.name) \($0.displayName) \($0.role)" }
                        == f.store.panelMembers().map { "\($0.name) \($0.displayName) \($0.role)" })
            }
            // Each entry bound to its role; the extra reviewer's named after the entry.
            #expect(
                try f.rows("SELECT login FROM shortlist.panel WHERE name = '\(f.extraReviewer)'")
                    == [[f.extraReviewer]])
            let reviewer = try f.server(f.extraReviewer)
            #expect(reviewer.actor.member?.displayName == "山田 花子")
            try reviewer.close()
        }

        @Test func theTrailMovesVerbatimAndVerifiesForEveryRole() throws {
            let f = try MigrationFixture()
            _ = try f.roundInProgress()
            let local = try f.store.verifyAuditTrail()
            #expect(local.isIntact)
            let summary = try f.migrate()
            #expect(summary.headHash == local.headHash)
            #expect(summary.entries == local.entries)
            #expect(summary.valuesChecked == local.valuesChecked)
            let file = try #require(f.store as? SQLiteStore)
            let original = try file.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT seq, at, actor, action, hash FROM audit ORDER BY seq"
                ).map {
                    "\($0[0] as Int64)|\($0[1] as String)|\($0[2] as String)|\($0[3] as String)|\($0[4] as String)"
                }
            }
            #expect(
                try f.rows("SELECT seq, at, actor, action, hash FROM shortlist.audit ORDER BY seq")
                    .map { $0.joined(separator: "|") } == original)
            for name in MigrationFixture.names {
                let server = try f.server(name)
                let check = try server.verifyAuditTrail(expectedHead: local.headHash)
                #expect(check.isIntact, "\(name): \(String(describing: check.firstProblem))")
                #expect(check.headHash == local.headHash)
                #expect(try server.auditHead()?.headHash == local.headHash)
                try server.close()
            }
            // The secretary reads every reason as on the file: the overriding chair's, in Greek.
            let secretary = try f.server("secretary")
            let log = try secretary.auditLog(
                filter: AuditFilter(action: "eligibility"), by: secretary.actor, limit: nil,
                newest: false)
            #expect(log.contains { ($0.after ?? "").contains("δίπλωμα γλώσσας") }, "\(log)")
            try secretary.close()
        }

        @Test func aFinalRankingMovesAndStaysFinal() throws {
            let f = try MigrationFixture()
            let (a, b) = (f.scoring.eligible[0], f.scoring.eligible[1])
            try f.store.invite([a, b], by: f.scoring.actor("chair"))
            try f.scoring.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
            try f.scoring.scoreFully(b, [3, 3, 3, 5, 3, 3, 3])
            try f.store.finaliseRanking(by: f.scoring.actor("chair"))
            _ = try f.migrate()
            for name in ["chair", "member2", "secretary", "reviewer"] {
                let server = try f.server(name)
                #expect(try server.isRankingFinal(), "\(name)")
                #expect(try server.checkFinalRanking() == .matches, "\(name)")
                #expect(
                    try server.ranking(for: server.actor)?.ranked.map(\.applicationID) == [a, b])
                try server.close()
            }
        }

        @Test func blindModeMovesAsTheServersColumnGrants() throws {
            let f = try MigrationFixture()
            try f.store.setBlindMode(true, reason: "ślepa ocena", by: f.scoring.actor("chair"))
            _ = try f.migrate()
            let member = try f.server("member1")
            #expect(try member.isBlind())
            try member.close()
            let refused = try f.refused(
                f.login("member1"), "SELECT surname FROM shortlist.candidates")
            #expect(refused.contains("permission denied"), "\(refused)")
        }

        // MARK: - Hostile

        @Test func theSetupGrantsTheTrailsImportToNobody() throws {
            let script = ServerSetupScript(roles: try ServerRoles(database: "cnect_441297"))
            // Each statement without the comments above it.
            let importing = script.statements.map {
                $0.split(separator: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n")
            }.filter { $0.contains("import_audit") }
            #expect(importing.contains { $0.hasPrefix("CREATE FUNCTION import_audit") })
            #expect(importing.contains { $0.hasPrefix("REVOKE EXECUTE ON FUNCTION import_audit") })
            #expect(!importing.contains { $0.hasPrefix("GRANT") }, "\(importing)")
        }

        @Test func nobodyImportsATrailAfterTheMoveNotEvenTheAdministrator() throws {
            let f = try MigrationFixture()
            _ = try f.roundInProgress()
            _ = try f.migrate()
            for name in ["secretary", "chair", "member1"] {
                let refused = try f.refused(
                    f.login(name), "SELECT shortlist.import_audit('[]', '[]')")
                #expect(refused.contains("permission denied"), "\(name): \(refused)")
            }
            let admin = try f.refused(
                ServerCluster.admin, "SELECT shortlist.import_audit('[]', '[]')")
            #expect(admin.contains("already has an audit trail"), "\(admin)")
            // Granted by mistake, the function still asks who is calling.
            _ = try ServerEngineDatabase.admin(
                "GRANT EXECUTE ON FUNCTION shortlist.import_audit(jsonb, jsonb) TO \(f.login("secretary"))",
                on: f.database)
            let granted = try f.refused(
                f.login("secretary"), "SELECT shortlist.import_audit('[]', '[]')")
            #expect(granted.contains("only the administrator"), "\(granted)")
        }

        @Test func theServerRecomputesAnImportedChainAndRefusesAForgedOne() throws {
            let db = try ServerEngineDatabase()
            let forged = """
                [{"seq":1,"at":"2026-01-05T09:00:00Z","actor":"chair","action":"panel.add","object":"Ζωή","before":null,"after":null,"prev_hash":"\(AuditChain.genesis)","hash":"\(String(repeating: "ab", count: 32))"}]
                """
            let out = try ServerCluster.psql(
                ServerCluster.admin, db.database, "SELECT shortlist.import_audit('\(forged)', '[]')"
            )
            #expect(!out.ok)
            #expect(out.err.contains("does not match its hash"), "\(out.err)")
            let hash = AuditChain.hash(
                previous: AuditChain.genesis, seq: 1, at: "2026-01-05T09:00:00Z", actor: "chair",
                action: "note.add", object: "APP-1", before: nil,
                after: "{\"text\":\"hmac-sha256:\(String(repeating: "0", count: 64))\"}")
            let entry = """
                [{"seq":1,"at":"2026-01-05T09:00:00Z","actor":"chair","action":"note.add","object":"APP-1","before":null,"after":"{\\"text\\":\\"hmac-sha256:\(String(repeating: "0", count: 64))\\"}","prev_hash":"\(AuditChain.genesis)","hash":"\(hash)"}]
                """
            let value = """
                [{"seq":1,"side":"after","key":"text","object":"APP-1","kind":"text","sealed":false,"salt":"00112233445566778899aabbccddeeff","value":"Łódź","erased_at":null,"erased_by":null}]
                """
            let wrongValue = try ServerCluster.psql(
                ServerCluster.admin, db.database,
                "SELECT shortlist.import_audit('\(entry)', '\(value)')")
            #expect(wrongValue.err.contains("does not match its digest"), "\(wrongValue.err)")
            #expect(try db.rows("SELECT count(*) FROM shortlist.audit") == [["0"]])
        }

        @Test func aSourceWhoseTrailDoesNotVerifyMovesNothing() throws {
            let f = try MigrationFixture()
            _ = try f.roundInProgress()
            try f.store.close()
            let queue = try DatabaseQueue(path: f.file.path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TRIGGER audit_is_append_only_update")
                try db.execute(sql: "UPDATE audit SET actor = 'member1' WHERE seq = 5")
            }
            try queue.close()
            let error = try #require(throws: StoreError.self) { try f.migrate() }
            #expect("\(error)".contains("does not verify"), "\(error)")
            #expect("\(error)".contains("entry 5"), "\(error)")
            #expect(try f.isUntouched())
            #expect(try !MigrationFixture.roleExists(f.login("member1")))
        }

        @Test func anInterruptionLeavesTheServerAsItWas() throws {
            let f = try MigrationFixture()
            _ = try f.roundInProgress()
            var asked = 0
            // Stops after the setup, the roles and the first tables are written.
            let stopping: () -> Bool = {
                asked += 1
                return asked > 4
            }
            #expect(throws: PostgresMigration.Stopped.self) { try f.migrate(shouldStop: stopping) }
            #expect(asked > 4)
            #expect(try f.isUntouched())
            for role in f.logins.values + [f.extraReviewer] {
                #expect(try !MigrationFixture.roleExists(role), "\(role)")
            }
            // And the same move then goes through whole.
            let summary = try f.migrate()
            #expect(summary.entries == (try f.store.verifyAuditTrail().entries))
        }

        @Test func aDatabaseThatHoldsAPanelIsRefused() throws {
            let f = try MigrationFixture()
            _ = try f.migrate()
            let error = try #require(throws: StoreError.self) { try f.migrate() }
            #expect("\(error)".contains("already holds a panel"), "\(error)")
        }

        @Test func aDatabaseFreshFromSetupIsMovedInto() throws {
            let f = try MigrationFixture()
            _ = try ServerSetup.run(
                try ServerURL(
                    "postgresql://\(ServerCluster.admin)@/\(f.database)?host=\(ServerCluster.socket ?? "")",
                    environment: [:], login: "root"))
            let summary = try f.migrate()
            #expect(!summary.setUp)
            let chair = try f.server("chair")
            #expect(try chair.verifyAuditTrail().isIntact)
            try chair.close()
        }

        @Test func anotherPanelsLoginIsNotTaken() throws {
            let other = try ServerPanel()
            let f = try MigrationFixture()
            var logins = f.logins
            logins["member1"] = other.login("member1")
            let error = try #require(throws: StoreError.self) { try f.migrate(logins: logins) }
            #expect("\(error)".contains("already bound on another panel"), "\(error)")
            #expect(try f.isUntouched())
            #expect(try !MigrationFixture.roleExists(f.login("chair")))
        }

        @Test func aPrivilegedRoleOrAnUnfitNameIsNotBound() throws {
            let f = try MigrationFixture()
            var logins = f.logins
            logins["chair"] = ServerCluster.admin
            let privileged = try #require(throws: StoreError.self) { try f.migrate(logins: logins) }
            #expect("\(privileged)".contains("privileged"), "\(privileged)")
            logins["chair"] = "Żaneta"
            let unfit = try #require(throws: StoreError.self) { try f.migrate(logins: logins) }
            #expect("\(unfit)".contains("lower-case letters"), "\(unfit)")
            logins["chair"] = f.database + "_chair"
            let group = try #require(throws: StoreError.self) { try f.migrate(logins: logins) }
            #expect("\(group)".contains("the panel's groups"), "\(group)")
            logins["chair"] = logins["member1"]
            let twice = try #require(throws: StoreError.self) { try f.migrate(logins: logins) }
            #expect("\(twice)".contains("would both act as"), "\(twice)")
            #expect(try f.isUntouched())
        }

        @Test func onlyTheAdministratorMoves() throws {
            let f = try MigrationFixture()
            let login = "notadmin_" + f.tag
            _ = try ServerEngineDatabase.admin(
                "CREATE ROLE \(login) LOGIN CREATEROLE", on: "postgres")
            let location = DatabaseLocation.server(
                try ServerAddress(
                    parsing:
                        "postgresql://\(login)@/\(f.database)?host=\(ServerCluster.socket ?? "")"))
            let error = try #require(throws: StoreError.self) {
                try PostgresMigration.run(from: f.file, to: location, logins: f.logins)
            }
            #expect("\(error)".contains("superuser"), "\(error)")
            #expect(try f.isUntouched())
        }
    }
#endif
