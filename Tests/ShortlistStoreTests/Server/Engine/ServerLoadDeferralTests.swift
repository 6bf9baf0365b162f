#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// A first load into an empty panel has the server drop the texts' search index, the
    /// eligibility and evidence indexes and their references to the candidates, and make them
    /// again from their own definitions before the load commits (`defer_load_indexes`,
    /// `restore_after_load`); a panel that holds candidates keeps them as rows arrive; no
    /// transaction that dropped them can commit without them; only the secretary may ask.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerLoadDeferralTests {
        /// The secondary indexes and the references of the tables a load writes, as the server
        /// defines them, and whether each reference is checked.
        static func definitions(_ panel: ServerPanel) throws -> String {
            try panel.admin(
                """
                SELECT string_agg(d, E'\\n' ORDER BY d) FROM (
                    SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index
                    WHERE indrelid IN ('shortlist.candidates'::regclass, 'shortlist.candidate_texts'::regclass,
                        'shortlist.eligibility'::regclass, 'shortlist.evidence'::regclass)
                    UNION ALL
                    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                        || ' ' || convalidated::text
                    FROM pg_constraint WHERE connamespace = 'shortlist'::regnamespace AND contype = 'f'
                ) x
                """
            ).out
        }

        /// The object id of the texts' search index: a new one when it was built again.
        static func textIndex(_ panel: ServerPanel) throws -> String {
            try panel.admin("SELECT 'shortlist.candidate_texts_by_vector'::regclass::oid").out
        }

        static let names = ["Παπαδοπούλου", "Кузнецова", "Wiśniewska", "王", "Łukasiewicz"]

        static func candidates(_ range: ClosedRange<Int>) -> [Candidate] {
            range.map {
                FixtureCandidates.make(
                    $0, "\(names[$0 % names.count])-\($0)", "Анна", nationality: "PL",
                    cv: $0 == 7
                        ? "Υδρολογία και ψηφιακό δίδυμο λεκάνης, Гидрология, zarządzanie wodą, 数字孪生"
                        : "Policy officer \($0).")
            }
        }

        @Test func aFirstLoadBuildsItsIndexesAfterItsRowsAsANewPanelHasThem() throws {
            let panel = try ServerPanel()
            let asSetUp = try Self.definitions(panel)
            #expect(asSetUp.contains("candidate_texts_by_vector"), "\(asSetUp)")
            #expect(asSetUp.contains("evidence_candidate_id_fkey"), "\(asSetUp)")
            try panel.admin("TRUNCATE shortlist.candidates CASCADE")
            let before = try Self.textIndex(panel)

            let store = try panel.engine(as: "secretary")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            #expect(
                try store.insertCandidates(Self.candidates(1...1_200), by: store.actor) == 1_200)
            // Built again (a new index), to the same definitions, every reference checked.
            #expect(try Self.textIndex(panel) != before)
            #expect(try Self.definitions(panel) == asSetUp)
            #expect(try panel.admin("SELECT count(*) FROM shortlist.load_deferred").out == "0")
            for query in ["\"ψηφιακο διδυμο\"", "гидролог*", "zarzadz*", "数字*"] {
                let found = try store.candidates(
                    order: .applicationID, page: .first(limit: 10),
                    filter: store.compile("text:\(query)", for: store.actor)
                ).map(\.summary.applicationID.rawValue)
                #expect(found == ["APP-0000007"], "\(query)")
            }

            // Into a panel that holds candidates: kept as rows arrive, not built again.
            let built = try Self.textIndex(panel)
            #expect(
                try store.insertCandidates(Self.candidates(1_201...1_300), by: store.actor) == 100)
            #expect(try Self.textIndex(panel) == built)
            #expect(try Self.definitions(panel) == asSetUp)
        }

        @Test func aLoadThatDoesNotMakeThemAgainCannotCommit() throws {
            let panel = try ServerPanel()
            let asSetUp = try Self.definitions(panel)
            try panel.admin("TRUNCATE shortlist.candidates CASCADE")
            // The secretary drops them and commits, forgetting (or refusing) to make them again.
            let forgot = try panel.refused("secretary", "SELECT defer_load_indexes()")
            #expect(forgot.contains("did not make them again"), "\(forgot)")
            #expect(try Self.definitions(panel) == asSetUp)
            // Rows that break a reference while it is dropped are refused when it is made again.
            let orphan = try panel.refused(
                "secretary",
                """
                BEGIN; SELECT defer_load_indexes();
                INSERT INTO candidate_texts VALUES (424242, 'cv', 'motivation', '');
                SELECT restore_after_load(); COMMIT;
                """)
            #expect(orphan.contains("candidate_texts_candidate_id_fkey"), "\(orphan)")
            #expect(try Self.definitions(panel) == asSetUp)
            #expect(try panel.admin("SELECT count(*) FROM shortlist.candidate_texts").out == "0")
            // The definitions run as the owner: nobody else writes them, nor reads them but
            // the secretary.
            let planted =
                "INSERT INTO load_deferred VALUES ('x', 'candidates', 'index', 'DROP TABLE audit')"
            for name in ServerPanel.everyone {
                #expect(try panel.refused(name, planted).contains("permission denied"), "\(name)")
            }
            for name in ["member1", "chair", "reviewer"] {
                #expect(
                    try panel.refused(name, "SELECT * FROM load_deferred").contains(
                        "permission denied"), "\(name)")
            }
        }

        @Test func aPanelWithCandidatesKeepsItsIndexes() throws {
            let panel = try ServerPanel()
            let asSetUp = try Self.definitions(panel)
            #expect(
                try panel.rows("secretary", "SELECT defer_load_indexes()") == [["f"]])
            #expect(try Self.definitions(panel) == asSetUp)
        }

        @Test func onlyTheSecretaryMayDeferOrRestore() throws {
            let panel = try ServerPanel()
            try panel.admin("TRUNCATE shortlist.candidates CASCADE")
            let calls = ["SELECT defer_load_indexes()", "SELECT restore_after_load()"]
            for name in ["member1", "chair", "reviewer"] {
                for sql in calls {
                    let refusal = try panel.refused(name, sql)
                    #expect(refusal.contains("permission denied"), "\(name): \(refusal)")
                }
            }
            // Should an administrator grant them more widely, each function checks the caller.
            try panel.admin(
                "GRANT EXECUTE ON FUNCTION shortlist.defer_load_indexes(), shortlist.restore_after_load() TO PUBLIC"
            )
            for name in ["member1", "chair"] {
                for sql in calls {
                    let refusal = try panel.refused(name, sql)
                    #expect(refusal.contains("not the secretary"), "\(name): \(refusal)")
                }
            }
        }
    }
#endif
