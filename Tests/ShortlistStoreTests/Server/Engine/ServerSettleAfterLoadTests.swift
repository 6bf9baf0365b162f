#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// After a load the server's statistics and the search indexes' pending entries are brought
    /// up to date (`settle_after_load`), so that the first searches after an import do not scan
    /// a backlog; only the secretary, who loads, may ask the owner's function to.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerSettleAfterLoadTests {
        @Test func aLoadLeavesStatisticsAndNoPendingIndexEntries() throws {
            let panel = try ServerPanel()
            try panel.admin("CREATE EXTENSION IF NOT EXISTS pgstattuple")
            let store = try panel.engine(as: "secretary")
            let names = ["Παπαδοπούλου", "Кузнецова", "Wiśniewska", "王", "Łukasiewicz"]
            let many = (1...1_500).map {
                FixtureCandidates.make(
                    $0, "\(names[$0 % names.count])-\($0)", "Анна", nationality: "PL")
            }
            #expect(try store.insertCandidates(many, by: store.actor) == 1_500)
            // ANALYZE sets the table's row estimate; a table never analysed says -1.
            let estimate = try panel.admin(
                "SELECT reltuples FROM pg_class WHERE oid = 'shortlist.candidates'::regclass"
            ).rows.first?.first
            #expect(estimate.flatMap(Double.init).map { $0 >= 1_500 } == true, "\(estimate ?? "")")
            for index in ["candidates_by_name_vector", "candidate_texts_by_vector"] {
                let pending = try panel.admin(
                    "SELECT pending_pages, pending_tuples FROM pgstatginindex('shortlist.\(index)')"
                ).rows
                #expect(pending == [["0", "0"]], "\(index)")
            }
        }

        @Test func onlyTheSecretaryMaySettleTheTables() throws {
            let panel = try ServerPanel()
            // The grants keep the others out, and the function checks the caller itself should
            // an administrator grant it more widely.
            for name in ["member1", "chair"] {
                let refusal = try panel.refused(name, "SELECT settle_after_load()")
                #expect(refusal.contains("permission denied"), "\(name): \(refusal)")
            }
            try panel.admin("GRANT EXECUTE ON FUNCTION shortlist.settle_after_load() TO PUBLIC")
            for name in ["member1", "chair"] {
                let refusal = try panel.refused(name, "SELECT settle_after_load()")
                #expect(refusal.contains("not the secretary"), "\(name): \(refusal)")
            }
            #expect(try panel.run("secretary", "SELECT settle_after_load()").status == 0)
        }
    }
#endif
