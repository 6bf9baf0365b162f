#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// Erasure on a server: only the secretary erases, the server itself refusing anyone else
    /// (even one granted its function by mistake); the erased words are in no live row, nor, once
    /// the administrator's vacuum ran, in any page of the database's files; the trail still
    /// verifies for every role.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerPurgeTests {
        /// Words of the candidate to erase that are found nowhere else in the database.
        static let surname = "Żółtobrzuchowska"
        static let givenNames = "Ξανθίππη"
        static let email = "xanthippe.zoltobrzuchowska@erasure.example"
        static let cv = "龍之介の推薦状と履歴書"
        static let note = "Ξανθίππη: 推薦状 sprawdzone"
        static var needles: [String] {
            [surname, givenNames, email, cv, "推薦状", surname.lowercased(), surname.uppercased()]
        }

        @Test func aMemberAChairAndTheReviewerCannotCallThePurgeFunctions() throws {
            let panel = try ServerPanel()
            for name in ["member1", "chair", "reviewer"] {
                #expect(
                    try panel.refused(name, "SELECT purge_candidates(ARRAY['APP-3'], 'request')")
                        .contains("permission denied for function purge_candidates"))
                #expect(
                    try panel.refused(
                        name, "SELECT purge_submitted_before(99999999999, 'retention')"
                    )
                    .contains("permission denied for function purge_submitted_before"))
            }
            // The redaction helper runs with its caller's rights and is granted to nobody.
            #expect(
                try panel.refused("secretary", "SELECT purge_redact('Wałęsa', ARRAY['Wałęsa'])")
                    .contains("permission denied for function purge_redact"))
            #expect(
                try panel.admin("SELECT surname FROM candidates WHERE id = 3").rows == [["Wałęsa"]])
            #expect(
                try panel.count("SELECT count(*) FROM audit WHERE action = 'candidate.purge'") == 0)
        }

        @Test func aGrantMadeByMistakeStillLetsOnlyTheSecretaryErase() throws {
            let panel = try ServerPanel()
            try panel.admin(
                """
                GRANT EXECUTE ON FUNCTION purge_candidates(text[], text),
                    purge_submitted_before(bigint, text) TO \(panel.roles.panel)
                """)
            for name in ["member1", "chair", "reviewer"] {
                #expect(
                    try panel.refused(name, "SELECT purge_candidates(ARRAY['APP-3'], 'request')")
                        .contains("is not the secretary"))
                #expect(
                    try panel.refused(
                        name, "SELECT purge_submitted_before(99999999999, 'retention')"
                    )
                    .contains("is not the secretary"))
            }
            // Even the secretary needs a reason, said by the server too.
            #expect(
                try panel.refused("secretary", "SELECT purge_candidates(ARRAY['APP-3'], ' \t ')")
                    .contains("needs a reason"))
            #expect(
                try panel.admin("SELECT surname FROM candidates WHERE id = 3").rows == [["Wałęsa"]])
        }

        @Test func theEngineRefusesAMemberAndAWriteInTheSecretarysName() throws {
            let panel = try ServerPanel()
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.purge([ApplicationID("APP-3")], reason: "request", by: member1.actor)
            }
            #expect(throws: StoreError.self) {
                try member1.purge(
                    [ApplicationID("APP-3")], reason: "request",
                    by: ServerPanel.impersonating("secretary"))
            }
            let secretary = try panel.scoringEngine("secretary")
            #expect(throws: StoreError.self) {
                try secretary.purge([ApplicationID("APP-3")], reason: "  ", by: secretary.actor)
            }
            #expect(throws: StoreError.self) {
                try secretary.purge(
                    [ApplicationID("APP-404")], reason: "request", by: secretary.actor)
            }
            #expect(
                try panel.admin("SELECT surname FROM candidates WHERE id = 3").rows == [["Wałęsa"]])
        }

        @Test func purgeLeavesNoLiveRowAndTheVacuumNoPageWithTheErasedWords() throws {
            let panel = try ServerPanel()
            let id = try Self.addTarget(panel)
            // Statistics sampled before the purge hold the names as histogram bounds, as
            // autovacuum's would after any import.
            try panel.admin("ANALYZE")
            #expect(try Self.statistics(panel, as: "member1").contains(Self.surname))

            let secretary = try panel.scoringEngine("secretary")
            #expect(
                try secretary.purge(
                    [id], reason: "wniosek o usunięcie: \(Self.givenNames) \(Self.surname)",
                    by: secretary.actor) == 1)

            // Nothing of the candidate in any live row the administrator can read.
            for table in try panel.admin(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'shortlist' AND table_type = 'BASE TABLE'"
            ).rows.map({ $0[0] }) {
                for needle in Self.needles {
                    let found = try panel.admin(
                        "SELECT count(*) FROM shortlist.\(table) t WHERE strpos(t::text, \(ServerPanel.literal(needle))) > 0"
                    ).rows
                    #expect(found == [["0"]], "\(needle) in \(table)")
                }
            }
            // The row stays with its id; decisions keep their rows, not their words; a text
            // about someone else loses the name only; the reason is kept, redacted.
            #expect(
                try panel.admin(
                    "SELECT surname, given_names, purged_at IS NOT NULL FROM candidates WHERE application_id = 'APP-5'"
                ).rows == [["[erased]", "", "t"]])
            #expect(
                try panel.admin("SELECT reason FROM overrides WHERE candidate_id = 5").rows == [
                    ["[erased]"]
                ])
            #expect(
                try panel.admin("SELECT reason FROM conflicts WHERE member = 'member4'").rows == [
                    ["kuzynka [erased], zob. Łódź"]
                ])
            #expect(
                try panel.admin(
                    "SELECT v.value FROM audit_values v JOIN audit a ON a.seq = v.seq WHERE a.action = 'candidate.purge'"
                ).rows == [["wniosek o usunięcie: [erased]"]])
            #expect(try panel.count("SELECT count(*) FROM saved_filters") == 0)
            // A member reads no erased name in the planner's statistics either.
            #expect(!(try Self.statistics(panel, as: "member1").contains(Self.surname)))

            // The secretary may not vacuum: the purge recorded that the tables wait for it.
            let pending = try secretary.metadata()[ServerErasure.pendingVacuumKey]
            #expect(pending != nil)
            #expect(throws: StoreError.self) {
                try ServerErasure.vacuum(try Self.url(panel, as: panel.login("secretary")))
            }

            // Until the vacuum, the old versions are still in the files (so the scan below can
            // find what it looks for).
            try panel.admin("CHECKPOINT")
            #expect(try Self.filesHolding(Self.surname, panel).isEmpty == false)

            let done = try ServerErasure.vacuum(try Self.url(panel, as: ServerCluster.admin))
            #expect(done.pendingSince == pending)
            #expect(try secretary.metadata()[ServerErasure.pendingVacuumKey] == nil)
            for needle in Self.needles {
                #expect(try Self.filesHolding(needle, panel) == [], "\(needle)")
            }
        }

        /// A role that may vacuum the tables (here the secretary's login owns the database,
        /// which docs/server.md advises against) has the purge vacuum them at once.
        @Test func aRoleThatMayVacuumHasThePurgeDoItAtOnce() throws {
            let panel = try ServerPanel()
            let id = try Self.addTarget(panel)
            try panel.admin(
                "ALTER DATABASE \(panel.database) OWNER TO \(panel.login("secretary")); GRANT pg_read_all_stats TO \(panel.login("secretary"))"
            )
            // Autovacuum's ANALYZE of a fresh database's catalogs holds a snapshot the purge's
            // vacuum would wait for: let it finish first.
            var waited = 0
            while try Self.adminCount(
                panel,
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database()"
            ) > 0 && waited < 600 {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 1
            }
            let secretary = try panel.scoringEngine("secretary")
            let file = "SELECT pg_relation_filenode('shortlist.candidates')"
            let before = try panel.admin(file).out
            let started = ContinuousClock.now
            #expect(try secretary.purge([id], reason: "request", by: secretary.actor) == 1)
            let took = ContinuousClock.now - started
            // VACUUM FULL gives the table a new file.
            #expect(try panel.admin(file).out != before, "not vacuumed (\(took))")
            try panel.admin("CHECKPOINT")
            for needle in Self.needles {
                let files = try Self.filesHolding(needle, panel)
                let relations = try Self.relations(files, panel)
                #expect(files == [], "\(needle) in \(relations) (\(took))")
            }
            // It does not own `meta`: the record stays for the administrator's vacuum.
            #expect(try secretary.metadata()[ServerErasure.pendingVacuumKey] != nil)
        }

        /// VACUUM FULL keeps a row's old version for any transaction that may still see it: the
        /// vacuum waits for one older than the purge, and refuses, keeping the record, while it
        /// stays open.
        @Test func theVacuumWaitsForATransactionOlderThanThePurge() throws {
            let panel = try ServerPanel()
            let id = try Self.addTarget(panel)
            let name = "older-than-purge"
            let blocker = Process()
            blocker.executableURL = Psql.executable
            blocker.arguments = [
                "-X", "-q", "-h", ServerCluster.socket ?? "", "-U", panel.login("member1"), "-d",
                panel.database, "-c",
                "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM candidates; SELECT pg_sleep(120); COMMIT;",
            ]
            blocker.environment = ["PGAPPNAME": name]
            blocker.standardOutput = FileHandle.nullDevice
            blocker.standardError = FileHandle.nullDevice
            try blocker.run()
            defer {
                // The test's own psql: ended whatever happened above.
                if blocker.isRunning { blocker.terminate() }
            }
            var waited = 0
            while try Self.adminCount(
                panel,
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = '\(name)' AND backend_xmin IS NOT NULL"
            ) == 0 && waited < 100 {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 1
            }
            let secretary = try panel.scoringEngine("secretary")
            #expect(try secretary.purge([id], reason: "request", by: secretary.actor) == 1)
            let admin = try Self.url(panel, as: ServerCluster.admin)
            let refusal = #expect(throws: StoreError.self) {
                try ServerErasure.vacuum(admin, wait: .seconds(2))
            }
            #expect("\(refusal.map { "\($0)" } ?? "")".contains("may still see the erased rows"))
            #expect(try secretary.metadata()[ServerErasure.pendingVacuumKey] != nil)

            try panel.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '\(name)'"
            )
            blocker.waitUntilExit()
            _ = try ServerErasure.vacuum(admin)
            #expect(try secretary.metadata()[ServerErasure.pendingVacuumKey] == nil)
            for needle in Self.needles {
                #expect(try Self.filesHolding(needle, panel) == [], "\(needle)")
            }
        }

        @Test func theChainVerifiesForEveryRoleAfterThePurgeAndTheVacuum() throws {
            let panel = try ServerPanel()
            let id = try Self.addTarget(panel)
            let secretary = try panel.scoringEngine("secretary")
            #expect(try secretary.purge([id], reason: "erasure request", by: secretary.actor) == 1)
            // A second purge of the same application erases nothing more.
            #expect(try secretary.purge([id], reason: "erasure request", by: secretary.actor) == 0)
            _ = try ServerErasure.vacuum(try Self.url(panel, as: ServerCluster.admin))
            for name in ServerPanel.everyone {
                let verification = try panel.scoringEngine(name).verifyAuditTrail()
                #expect(
                    verification.isIntact,
                    "\(name): \(String(describing: verification.firstProblem))")
            }
            let chair = try panel.scoringEngine("chair").verifyAuditTrail()
            #expect(chair.valuesErased >= 2)
            // The trail shows the erasure and its erased values as such.
            let log = try panel.scoringEngine("chair").auditLog(
                candidate: id, by: panel.scoringEngine("chair").actor)
            #expect(log.filter { $0.action == "candidate.purge" }.map(\.actor) == ["secretary"])
            #expect(log.contains { ($0.after ?? "").contains("erased on ") })
        }

        @Test func retentionErasesOnlyThoseWhoSubmittedBeforeTheDate() throws {
            let panel = try ServerPanel()
            try panel.run(
                "secretary",
                "UPDATE candidates SET submitted_epoch = CASE id WHEN 2 THEN 1000 WHEN 3 THEN 5000 ELSE NULL END"
            )
            let secretary = try panel.scoringEngine("secretary")
            #expect(
                try secretary.purge(
                    submittedBefore: Timestamp(secondsSinceEpoch: 2000), reason: "retention over",
                    by: secretary.actor) == 1)
            #expect(
                try panel.admin("SELECT id, surname FROM candidates ORDER BY id").rows == [
                    ["1", "Παπαδόπουλος"], ["2", "[erased]"], ["3", "Wałęsa"], ["4", "王"],
                ])
        }

        // MARK: - The candidate and what was written about them

        /// APP-5, with a CV, an override, a reviewer's note (through the engine: a digest in the
        /// trail), a conflict about APP-2 that names them (its reason a trail value) and a saved
        /// filter naming them.
        static func addTarget(_ panel: ServerPanel) throws -> ApplicationID {
            try panel.run(
                "secretary",
                """
                INSERT INTO candidates (id, application_id, surname, given_names, name_key, name_search,
                    name_latin, email, content_sha256)
                VALUES (5, 'APP-5', \(ServerPanel.literal(surname)), \(ServerPanel.literal(givenNames)),
                    'zoltobrzuchowska xanthippe', \(ServerPanel.literal(surname.lowercased() + " ξανθιππη")),
                    'zoltobrzuchowska xanthippe', \(ServerPanel.literal(email)), 'sha-of-app-5');
                INSERT INTO candidate_texts VALUES \(ServerPanel.textsRow(5, cv, "Ζωγραφική i żeglarstwo"));
                """)
            try panel.run(
                "chair",
                "INSERT INTO overrides VALUES (5, 'military', 'pass', \(ServerPanel.literal("zaświadczenie \(surname) widziane")), 'chair', '2026-02-01T10:00:00Z')"
            )
            let id = ApplicationID("APP-5")
            let reviewer = try panel.scoringEngine("reviewer")
            try reviewer.addNote(
                on: id, text: note, criterion: nil, tags: ["推薦"], by: reviewer.actor)
            let member4 = try panel.scoringEngine("member4")
            try member4.declareConflict(
                member: "member4", applicationID: ApplicationID("APP-2"),
                reason: "kuzynka \(surname.uppercased()), zob. Łódź", by: member4.actor)
            let chair = try panel.scoringEngine("chair")
            try chair.saveFilter(
                name: "obserwuj", expression: "text:\(surname.lowercased())", by: chair.actor)
            return id
        }

        /// What `name` reads of the planner's statistics on the candidates' names.
        static func statistics(_ panel: ServerPanel, as name: String) throws -> String {
            try panel.rows(
                name,
                """
                SELECT string_agg(COALESCE(most_common_vals::text, '') || histogram_bounds::text, ' ')
                FROM pg_stats WHERE schemaname = 'shortlist' AND tablename = 'candidates'
                    AND attname IN ('surname', 'given_names', 'email')
                """
            ).map { $0.joined() }.joined()
        }

        /// One number the administrator reads (pg_stat_activity hides others' snapshots from a
        /// panel role).
        static func adminCount(_ panel: ServerPanel, _ sql: String) throws -> Int {
            Int(try panel.admin(sql).rows.first?.first ?? "") ?? -1
        }

        /// The relations whose files are `files` (segment and fork suffixes dropped), to say
        /// where an erased word was found.
        static func relations(_ files: [String], _ panel: ServerPanel) throws -> [String] {
            try files.map { file in
                let node = file.prefix { $0.isNumber }
                let name = try panel.admin(
                    "SELECT c.oid::regclass::text FROM pg_class c WHERE pg_relation_filenode(c.oid) = \(node)"
                ).out
                return "\(file)=\(name.isEmpty ? "?" : name)"
            }
        }

        static func url(_ panel: ServerPanel, as role: String) throws -> ServerURL {
            try ServerURL(
                "postgresql://\(role)@/\(panel.database)?host=\(ServerCluster.socket ?? "")",
                environment: [:], login: role)
        }

        /// The files of the panel's database (every table, index, TOAST table and catalog of it)
        /// whose bytes hold `needle` in UTF-8. The tests run as root and read them directly.
        static func filesHolding(_ needle: String, _ panel: ServerPanel) throws -> [String] {
            let dataDirectory = try #require(panel.admin("SHOW data_directory").rows.first?.first)
            let oid = try #require(
                panel.admin("SELECT oid FROM pg_database WHERE datname = current_database()").rows
                    .first?.first)
            let folder = URL(fileURLWithPath: dataDirectory).appendingPathComponent("base/\(oid)")
            let bytes = Data(needle.utf8)
            var holding: [String] = []
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let data: Data
                do {
                    data = try Data(contentsOf: folder.appendingPathComponent(name))
                } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
                    // Removed by the server between the listing and the read (its relation
                    // cache file, a dropped relation's file): it holds nothing now.
                    continue
                }
                if data.range(of: bytes) != nil { holding.append(name) }
            }
            return holding
        }
    }
#endif
