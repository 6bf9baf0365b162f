#if Postgres
    import Foundation
    import ShortlistCore

    /// PostgreSQL's way of writing a filter: `$n` arguments, booleans, `strpos` in a list
    /// column, the `text_vector` tsvector for text, a JSON array of row ids unnested.
    struct PostgresFilterDialect: FilterDialect {
        func placeholder(_ n: Int) -> String { "$\(n)" }
        var never: String { "false" }
        func orFalse(_ condition: String) -> String { "COALESCE(\(condition), false)" }
        func isTrue(_ column: String) -> String { column }
        func holds(_ column: String) -> String { "strpos(\(column), ?) > 0" }
        func textQuery(_ query: String) -> String? { PostgresTextQuery.tsquery(query) }
        var textMatch: String {
            "(candidates.id IN (SELECT candidate_id FROM candidate_texts WHERE text_vector @@ ?::tsquery))"
        }
        var inRowList: String {
            "(candidates.id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint))"
        }
    }

    /// The tsquery for a text condition, with FTS5's meaning (`TextQuery`): a quoted phrase
    /// matches as a phrase whose last word may be a prefix; bare words must all occur, `twin*`
    /// as a prefix. Words are folded here as the store folded the stored vectors
    /// (`PostgresTextVector`), and quoted as lexemes: the query is read with `::tsquery`, not
    /// re-parsed by the server's `to_tsquery`, whose parser cuts words otherwise.
    enum PostgresTextQuery {
        static func tsquery(_ query: String) -> String? {
            if query.hasPrefix("\""), query.hasSuffix("\""), query.count >= 2 {
                let words = lexemes(String(query.dropFirst().dropLast()))
                guard !words.isEmpty else { return nil }
                return words.joined(separator: " <-> ") + ":*"
            }
            var parts: [String] = []
            for raw in query.split(whereSeparator: { $0 == " " }) {
                let prefix = raw.hasSuffix("*")
                let words = lexemes(String(raw))
                guard !words.isEmpty else { continue }
                // "e-mail" is one FTS5 phrase of two words: a phrase here too.
                let phrase = words.joined(separator: " <-> ")
                parts.append(prefix ? phrase + ":*" : phrase)
            }
            return parts.isEmpty ? nil : parts.map { "(\($0))" }.joined(separator: " & ")
        }

        /// The tsquery of an FTS5 match expression as `TextQuery.match` writes it: quoted
        /// phrases, `*` after one making its last word a prefix, joined by AND.
        static func tsquery(fts5 match: String) -> String? {
            var parts: [String] = []
            var rest = Substring(match)
            while let open = rest.firstIndex(of: "\"") {
                let afterOpen = rest.index(after: open)
                guard let close = rest[afterOpen...].firstIndex(of: "\"") else { break }
                let words = lexemes(String(rest[afterOpen..<close]))
                rest = rest[rest.index(after: close)...]
                let prefix = rest.hasPrefix("*")
                guard !words.isEmpty else { continue }
                let phrase = words.joined(separator: " <-> ")
                parts.append("(" + phrase + (prefix ? ":*" : "") + ")")
            }
            return parts.isEmpty ? nil : parts.joined(separator: " & ")
        }

        /// The words of `text` folded as the stored vectors' and quoted. A word longer than
        /// a stored lexeme may be is cut to that length: no vector holds it whole, and the
        /// server would refuse the query rather than find nothing.
        static func lexemes(_ text: String) -> [String] {
            var out: [String] = []
            for token in TextQuery.tokens(text) {
                SearchWords.forEach(in: token) { word in
                    var lexeme = String(decoding: word, as: UTF8.self)
                    if word.count > PostgresTextVector.longestLexeme {
                        lexeme = String(
                            decoding: word.prefix(PostgresTextVector.longestLexeme), as: UTF8.self)
                    }
                    out.append(PostgresTextVector.quoted(lexeme))
                }
            }
            return out
        }

        /// Every word of a name search as a prefix: folded as the `name_search` column is.
        static func namePrefixes(_ words: [Substring]) -> String {
            words.map { "'\($0)':*" }.joined(separator: " & ")
        }
    }
#endif
