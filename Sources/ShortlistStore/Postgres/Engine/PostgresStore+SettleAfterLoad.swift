#if Postgres
    import Foundation

    extension PostgresStore {
        /// After a load has committed: the statistics and the search indexes' pending entries
        /// brought up to date by the server (`settle_after_load`), so that the first searches
        /// and pages after an import are as quick as later ones. Panels set up before the
        /// function existed lack it; there autovacuum does the same in its own time.
        func settleAfterLoad() throws {
            try withSession { session in
                let present = try session.value(
                    "SELECT to_regprocedure('shortlist.settle_after_load()') IS NOT NULL",
                    as: Bool.self)
                if present == true { try session.execute("SELECT shortlist.settle_after_load()") }
            }
        }
    }
#endif
