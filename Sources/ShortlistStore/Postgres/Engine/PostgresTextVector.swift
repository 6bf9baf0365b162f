#if Postgres
    import NIOCore
    import PostgresNIO
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
            table(cv: cv, motivation: motivation).text()
        }

        /// The same vector in `tsvector`'s binary form, which the server reads in half the
        /// time of the text form.
        static func binary(cv: String, motivation: String) -> PostgresBinaryVector {
            PostgresBinaryVector(bytes: table(cv: cv, motivation: motivation).binary())
        }

        /// The vectors of many rows' texts, in order, folded on every core: most of the work of
        /// writing texts (an import's batch, the upgrade's rebuild).
        static func binaries(_ texts: [(cv: String, motivation: String)]) -> [PostgresBinaryVector]
        {
            texts.parallelMap { binary(cv: $0.cv, motivation: $0.motivation) }
        }

        static func table(cv: String, motivation: String) -> LexemeTable {
            var table = LexemeTable()
            var position = 0
            func add(_ word: ArraySlice<UInt8>) {
                position += 1
                guard word.count <= longestLexeme else { return }
                table.add(word, at: min(position, lastPosition))
            }
            SearchWords.forEach(in: cv, add)
            position += 1
            SearchWords.forEach(in: motivation, add)
            return table
        }

        /// The words of one text, each kept once in a flat buffer and found again by an
        /// open-addressing hash of its bytes: no array or string per word, which in a CV of
        /// a few hundred words cost more than the folding.
        struct LexemeTable {
            private var bytes: [UInt8] = []
            private var starts: [Int] = []
            private var lengths: [Int] = []
            /// Per occurrence: which lexeme, at which position (ascending).
            private var occurrences: [(lexeme: Int, position: Int)] = []
            private var slots = [Int](repeating: -1, count: 256)

            init() {
                bytes.reserveCapacity(4096)
                occurrences.reserveCapacity(512)
            }

            mutating func add(_ word: ArraySlice<UInt8>, at position: Int) {
                if starts.count * 2 >= slots.count { grow() }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 {
                    let lexeme = slots[slot]
                    if lengths[lexeme] == word.count
                        && bytes[starts[lexeme]..<starts[lexeme] + lengths[lexeme]].elementsEqual(
                            word)
                    {
                        occurrences.append((lexeme, position))
                        return
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = starts.count
                occurrences.append((starts.count, position))
                starts.append(bytes.count)
                lengths.append(word.count)
                bytes.append(contentsOf: word)
            }

            private mutating func grow() {
                slots = [Int](repeating: -1, count: slots.count * 2)
                let mask = slots.count - 1
                for lexeme in starts.indices {
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in bytes[starts[lexeme]..<starts[lexeme] + lengths[lexeme]] {
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    }
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] >= 0 { slot = (slot + 1) & mask }
                    slots[slot] = lexeme
                }
            }

            /// Each lexeme in the server's order (its bytes) with its distinct ascending
            /// positions, at most `positionsPerLexeme` of them.
            private func forEachLexeme(_ body: (ArraySlice<UInt8>, ArraySlice<Int>) -> Void) {
                // The positions of each lexeme, grouped by a counting sort (they arrive in
                // ascending order, and stay in it).
                var firsts = [Int](repeating: 0, count: starts.count + 1)
                for occurrence in occurrences { firsts[occurrence.lexeme + 1] += 1 }
                for lexeme in starts.indices { firsts[lexeme + 1] += firsts[lexeme] }
                var next = firsts
                var grouped = [Int](repeating: 0, count: occurrences.count)
                for occurrence in occurrences {
                    grouped[next[occurrence.lexeme]] = occurrence.position
                    next[occurrence.lexeme] += 1
                }
                let order = starts.indices.sorted { a, b in
                    bytes[starts[a]..<starts[a] + lengths[a]].lexicographicallyPrecedes(
                        bytes[starts[b]..<starts[b] + lengths[b]])
                }
                var distinct: [Int] = []
                for lexeme in order {
                    distinct.removeAll(keepingCapacity: true)
                    // Clamped positions repeat the last one: kept once, as the server keeps it.
                    for at in grouped[firsts[lexeme]..<firsts[lexeme + 1]]
                    where distinct.last.map({ at > $0 }) ?? true
                        && distinct.count < positionsPerLexeme
                    {
                        distinct.append(at)
                    }
                    body(bytes[starts[lexeme]..<starts[lexeme] + lengths[lexeme]], distinct[...])
                }
            }

            /// `'lexeme':1,5 …`
            func text() -> String {
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + occurrences.count * 6 + starts.count * 4)
                forEachLexeme { lexeme, positions in
                    if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    appendQuoted(lexeme, to: &out)
                    out.append(UInt8(ascii: ":"))
                    for (index, at) in positions.enumerated() {
                        if index > 0 { out.append(UInt8(ascii: ",")) }
                        appendDigits(at, to: &out)
                    }
                }
                return String(decoding: out, as: UTF8.self)
            }

            /// `tsvector_recv`'s input: the number of lexemes, then each as a C string, its
            /// number of positions and the positions, integers in network order.
            func binary() -> [UInt8] {
                var out: [UInt8] = []
                out.reserveCapacity(4 + bytes.count + starts.count * 3 + occurrences.count * 2)
                let count = UInt32(starts.count)
                out += [
                    UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF),
                    UInt8(count & 0xFF),
                ]
                forEachLexeme { lexeme, positions in
                    out.append(contentsOf: lexeme)
                    out.append(0)
                    out += [UInt8(positions.count >> 8), UInt8(positions.count & 0xFF)]
                    for at in positions { out += [UInt8(at >> 8), UInt8(at & 0xFF)] }
                }
                return out
            }
        }

        /// A positive number's decimal digits, without a string for it.
        static func appendDigits(_ number: Int, to out: inout [UInt8]) {
            var divisor = 1
            while divisor * 10 <= number { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
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

    /// A `tsvector` in the binary form, bound as an array element of a statement.
    struct PostgresBinaryVector: PostgresArrayEncodable, PostgresNonThrowingEncodable {
        let bytes: [UInt8]
        static var psqlType: PostgresDataType { .tsvector }
        static var psqlArrayType: PostgresDataType { .tsvectorArray }
        static var psqlFormat: PostgresFormat { .binary }

        func encode<JSONEncoder: PostgresJSONEncoder>(
            into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
        ) {
            buffer.writeBytes(bytes)
        }
    }
#endif
