#if Postgres
    import Foundation

    extension PostgresStore {
        /// After a load has committed: the statistics and the search indexes' pending entries
        /// brought up to date by the server (`settle_after_load`), so that the first searches
        /// and pages after an import are as quick as later ones. Every panel a store opens has
        /// the function: it came with server schema 2, and a store refuses any other schema.
        func settleAfterLoad() throws {
            try withSession { session in
                try session.execute("SELECT shortlist.settle_after_load()")
            }
        }
    }
#endif
