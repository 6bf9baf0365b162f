#if Postgres
    @testable import ShortlistStore

    extension ServerPanel {
        /// A `candidate_texts` row as SQL values, its search vector built as the store builds
        /// it: the server no longer computes one, and refuses a row without it.
        static func textsRow(_ id: Int, _ cv: String, _ motivation: String) -> String {
            let vector = PostgresTextVector.text(cv: cv, motivation: motivation)
            return "(\(id), \(literal(cv)), \(literal(motivation)), \(literal(vector))::tsvector)"
        }
    }
#endif
