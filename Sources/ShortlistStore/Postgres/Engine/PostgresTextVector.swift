#if Postgres
    import ShortlistCore

    /// The `candidate_texts.text_vector` of a CV and motivation, in `tsvector`'s text form
    /// (`'lexeme':1,7 …`), built here rather than by the server: `to_tsvector` with
    /// `unaccent` cost the server four times a bare COPY of the texts, while the store's
    /// threads fold the same words in parallel. Words are cut and folded as SQLite's index
    /// does (`SearchWords`); positions are kept for phrase queries, and the motivation's start
    /// one past the CV's, so that a phrase never spans the two (FTS5 matches a phrase within
    /// one column).
    enum PostgresTextVector {
        /// PostgreSQL's limits: a lexeme of at most 2,047 bytes (`to_tsvector` skips longer
        /// words), positions up to 16,383 (later ones are stored as 16,383), 256 of a lexeme.
        static let longestLexeme = 2047
        static let lastPosition = 16383
        static let positionsPerLexeme = 256

        static func text(cv: String, motivation: String) -> String {
            var positions: [[UInt8]: [Int]] = [:]
            var position = 0
            func add(_ word: ArraySlice<UInt8>) {
                position += 1
                guard word.count <= longestLexeme else { return }
                let at = min(position, lastPosition)
                positions[Array(word), default: []].append(at)
            }
            SearchWords.forEach(in: cv, add)
            position += 1
            SearchWords.forEach(in: motivation, add)
            return text(of: positions)
        }

        /// The text form of lexemes and their ascending positions, in the server's order.
        static func text(of positions: [[UInt8]: [Int]]) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(positions.count * 16)
            let lexemes = positions.keys.sorted { $0.lexicographicallyPrecedes($1) }
            for lexeme in lexemes {
                if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                appendQuoted(lexeme, to: &out)
                out.append(UInt8(ascii: ":"))
                var last = 0
                var written = 0
                for at in positions[lexeme]! where at > last && written < positionsPerLexeme {
                    if written > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(contentsOf: String(at).utf8)
                    last = at
                    written += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// A lexeme in quotes, as `tsvector` and `tsquery` input read it: a quote doubled, a
        /// backslash escaped (folded words hold neither; a hostile text must not break out).
        static func appendQuoted(_ lexeme: some Sequence<UInt8>, to out: inout [UInt8]) {
            out.append(UInt8(ascii: "'"))
            for byte in lexeme {
                switch byte {
                case UInt8(ascii: "'"): out += [39, 39]
                case UInt8(ascii: "\\"): out += [92, 92]
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "'"))
        }

        static func quoted(_ lexeme: String) -> String {
            var out: [UInt8] = []
            appendQuoted(lexeme.utf8, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }
#endif
