#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// The store's connection stores texts compressed with lz4, and a load's larger GIN pending
    /// list and merge memory last only as long as its transaction.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerLoadSettingsTests {
        /// Long enough that the server compresses the texts and their vectors (over 2 kB).
        static func longCV(_ n: Int) -> String {
            let words = [
                "Σύμβαση", "προμηθειών", "закупки", "договор", "zamówienia", "umowa", "采购",
                "合同", "procurement", "contract", "audit", "budget", "grant", "evaluation",
            ]
            return (0..<600).map { words[($0 * 7 + n) % words.count] + "\($0 % 37)" }
                .joined(separator: " ")
        }

        @Test func aLoadStoresTextsWithLZ4AndKeepsItsIndexSettingsToItself() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let names = ["Παπαδοπούλου", "Кузнецова", "Wiśniewska", "王", "Łukasiewicz"]
            let many = (1...60).map {
                FixtureCandidates.make(
                    $0, "\(names[$0 % names.count])-\($0)", "Анна", nationality: "PL",
                    cv: Self.longCV($0))
            }
            #expect(try store.insertCandidates(many, by: store.actor) == 60)
            let methods = try panel.admin(
                """
                SELECT DISTINCT pg_column_compression(cv_text), pg_column_compression(text_vector)
                FROM shortlist.candidate_texts
                """
            ).rows
            #expect(methods == [["lz4", "lz4"]])
            let after = try store.withSession { session in
                try session.rows(
                    "SELECT current_setting('gin_pending_list_limit'), current_setting('work_mem')"
                )
                .first?.decode((String, String).self)
            }
            // What a connection that never loaded has: the server's defaults.
            let defaults = try panel.admin(
                "SELECT current_setting('gin_pending_list_limit'), current_setting('work_mem')"
            ).rows.first
            #expect(after.map { [$0.0, $0.1] } == defaults)
        }
    }
#endif
