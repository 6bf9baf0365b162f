#if Postgres
    import Foundation
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
            var table = table(cv: cv, motivation: motivation)
            return table.text()
        }

        /// The same vector in `tsvector`'s binary form, which the server reads in half the
        /// time of the text form.
        static func binary(cv: String, motivation: String) -> PostgresBinaryVector {
            var table = table(cv: cv, motivation: motivation)
            return PostgresBinaryVector(bytes: table.binary())
        }

        /// The vectors of many rows' texts, in order, folded on every core: most of the work of
        /// writing texts (an import's batch, the upgrade's rebuild). One table per core, emptied
        /// between rows rather than made anew.
        static func binaries(_ texts: [(cv: String, motivation: String)]) -> [PostgresBinaryVector]
        {
            let parts = min(texts.count, 8)
            let size = parts == 0 ? 0 : (texts.count + parts - 1) / parts
            let ranges = (0..<parts).map {
                min(texts.count, $0 * size)..<min(texts.count, ($0 + 1) * size)
            }
            return ranges.parallelMap { range in
                var table = LexemeTable()
                return range.map { row in
                    table.fill(cv: texts[row].cv, motivation: texts[row].motivation)
                    return PostgresBinaryVector(bytes: table.binary())
                }
            }.flatMap { $0 }
        }

        static func table(cv: String, motivation: String) -> LexemeTable {
            var table = LexemeTable()
            table.fill(cv: cv, motivation: motivation)
            return table
        }

        /// The words of one text, each kept once in a flat buffer and found again by an
        /// open-addressing hash of its bytes: no array or string per word, which in a CV of
        /// a few hundred words cost more than the folding. A lexeme's positions are kept as
        /// the server keeps them as they arrive (ascending, each once, at most
        /// `positionsPerLexeme`), and the lexemes sorted once at the end by their first eight
        /// bytes as one integer, their bytes compared only when those are the same.
        struct LexemeTable {
            private var bytes: [UInt8] = []
            /// Per lexeme: where its bytes start, how many, the first eight as a big-endian
            /// integer (zeros after a shorter word's end), and its positions kept so far and
            /// the last of them.
            private var starts: [Int32] = []
            private var lengths: [Int32] = []
            private var keys: [UInt64] = []
            private var kept: [Int32] = []
            private var lastPositions: [Int32] = []
            /// Per kept position, in arrival order: which lexeme, at which position.
            private var occurrences: [(lexeme: Int32, position: UInt16)] = []
            private var slots = [Int32](repeating: -1, count: 256)
            /// The words' running position while a text is added.
            private var position = 0
            // Scratch of `forEachLexeme`, kept between rows.
            private var order: [(key: UInt64, lexeme: Int32)] = []
            private var firsts: [Int32] = []
            private var grouped: [UInt16] = []

            init() {
                bytes.reserveCapacity(4096)
                occurrences.reserveCapacity(512)
            }

            var lexemeCount: Int { starts.count }

            /// Empties the table and adds the words of a CV and a motivation.
            mutating func fill(cv: String, motivation: String) {
                bytes.removeAll(keepingCapacity: true)
                starts.removeAll(keepingCapacity: true)
                lengths.removeAll(keepingCapacity: true)
                keys.removeAll(keepingCapacity: true)
                kept.removeAll(keepingCapacity: true)
                lastPositions.removeAll(keepingCapacity: true)
                occurrences.removeAll(keepingCapacity: true)
                slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
                position = 0
                SearchWords.forEachWord(in: cv) { addNext($0) }
                position += 1
                SearchWords.forEachWord(in: motivation) { addNext($0) }
            }

            private mutating func addNext(_ word: UnsafeBufferPointer<UInt8>) {
                position += 1
                guard word.count <= PostgresTextVector.longestLexeme else { return }
                add(word, at: min(position, PostgresTextVector.lastPosition))
            }

            private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                return Int(truncatingIfNeeded: hash)
            }

            private mutating func add(_ word: UnsafeBufferPointer<UInt8>, at position: Int) {
                if starts.count * 2 >= slots.count { grow() }
                let mask = slots.count - 1
                var slot = Self.hash(word) & mask
                while slots[slot] >= 0 {
                    let lexeme = Int(slots[slot])
                    if Int(lengths[lexeme]) == word.count
                        && bytes.withUnsafeBufferPointer({ stored in
                            word.count == 0
                                || memcmp(
                                    stored.baseAddress! + Int(starts[lexeme]), word.baseAddress!,
                                    word.count) == 0
                        })
                    {
                        // Clamped positions repeat the last one: kept once, as the server
                        // keeps it.
                        if kept[lexeme] < PostgresTextVector.positionsPerLexeme
                            && lastPositions[lexeme] < position
                        {
                            kept[lexeme] += 1
                            lastPositions[lexeme] = Int32(position)
                            occurrences.append((Int32(lexeme), UInt16(position)))
                        }
                        return
                    }
                    slot = (slot + 1) & mask
                }
                let lexeme = Int32(starts.count)
                slots[slot] = lexeme
                var key: UInt64 = 0
                for index in 0..<8 {
                    key = key << 8 | UInt64(index < word.count ? word[index] : 0)
                }
                starts.append(Int32(bytes.count))
                lengths.append(Int32(word.count))
                keys.append(key)
                kept.append(1)
                lastPositions.append(Int32(position))
                occurrences.append((lexeme, UInt16(position)))
                bytes.append(contentsOf: word)
            }

            private mutating func grow() {
                slots = [Int32](repeating: -1, count: slots.count * 2)
                let mask = slots.count - 1
                bytes.withUnsafeBufferPointer { stored in
                    for lexeme in starts.indices {
                        let word = UnsafeBufferPointer(
                            rebasing: stored[
                                Int(starts[lexeme])..<Int(starts[lexeme]) + Int(lengths[lexeme])])
                        var slot = Self.hash(word) & mask
                        while slots[slot] >= 0 { slot = (slot + 1) & mask }
                        slots[slot] = Int32(lexeme)
                    }
                }
            }

            /// Each lexeme in the server's order (its bytes) with its distinct ascending
            /// positions.
            private mutating func forEachLexeme(
                _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt16>) -> Void
            ) {
                let (starts, lengths, kept) = (self.starts, self.lengths, self.kept)
                // The positions of each lexeme, grouped by a counting sort (they arrive in
                // ascending order, and stay in it).
                var firsts: [Int32] = []
                var grouped: [UInt16] = []
                var order: [(key: UInt64, lexeme: Int32)] = []
                swap(&firsts, &self.firsts)
                swap(&grouped, &self.grouped)
                swap(&order, &self.order)
                defer {
                    swap(&firsts, &self.firsts)
                    swap(&grouped, &self.grouped)
                    swap(&order, &self.order)
                }
                firsts.removeAll(keepingCapacity: true)
                firsts.append(0)
                var total: Int32 = 0
                for count in kept {
                    total += count
                    firsts.append(total)
                }
                grouped.removeAll(keepingCapacity: true)
                grouped.append(contentsOf: repeatElement(0, count: occurrences.count))
                var next = firsts
                for occurrence in occurrences {
                    let lexeme = Int(occurrence.lexeme)
                    grouped[Int(next[lexeme])] = occurrence.position
                    next[lexeme] += 1
                }
                order.removeAll(keepingCapacity: true)
                for (lexeme, key) in keys.enumerated() { order.append((key, Int32(lexeme))) }
                bytes.withUnsafeBufferPointer { stored in
                    guard let base = stored.baseAddress else { return }
                    order.sort { a, b in
                        if a.key != b.key { return a.key < b.key }
                        let (first, second) = (Int(a.lexeme), Int(b.lexeme))
                        let (firstCount, secondCount) = (Int(lengths[first]), Int(lengths[second]))
                        let compared = memcmp(
                            base + Int(starts[first]), base + Int(starts[second]),
                            min(firstCount, secondCount))
                        return compared != 0 ? compared < 0 : firstCount < secondCount
                    }
                    grouped.withUnsafeBufferPointer { positions in
                        for entry in order {
                            let lexeme = Int(entry.lexeme)
                            let start = Int(starts[lexeme])
                            let first = Int(firsts[lexeme])
                            body(
                                UnsafeBufferPointer(
                                    rebasing: stored[start..<start + Int(lengths[lexeme])]),
                                UnsafeBufferPointer(
                                    rebasing: positions[first..<first + Int(kept[lexeme])]))
                        }
                    }
                }
            }

            /// `'lexeme':1,5 …`
            mutating func text() -> String {
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + occurrences.count * 6 + starts.count * 4)
                forEachLexeme { lexeme, positions in
                    if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    appendQuoted(lexeme, to: &out)
                    out.append(UInt8(ascii: ":"))
                    for (index, at) in positions.enumerated() {
                        if index > 0 { out.append(UInt8(ascii: ",")) }
                        appendDigits(Int(at), to: &out)
                    }
                }
                return String(decoding: out, as: UTF8.self)
            }

            /// `tsvector_recv`'s input: the number of lexemes, then each as a C string, its
            /// number of positions and the positions, integers in network order. Its size is
            /// known before it is written: one allocation, no growing.
            mutating func binary() -> [UInt8] {
                let size = 4 + bytes.count + starts.count * 3 + occurrences.count * 2
                let count = UInt32(starts.count)
                return [UInt8](unsafeUninitializedCapacity: size) { out, initialized in
                    out[0] = UInt8(count >> 24)
                    out[1] = UInt8(count >> 16 & 0xFF)
                    out[2] = UInt8(count >> 8 & 0xFF)
                    out[3] = UInt8(count & 0xFF)
                    var at = 4
                    forEachLexeme { lexeme, positions in
                        for byte in lexeme {
                            out[at] = byte
                            at += 1
                        }
                        out[at] = 0
                        out[at + 1] = UInt8(positions.count >> 8)
                        out[at + 2] = UInt8(positions.count & 0xFF)
                        at += 3
                        for position in positions {
                            out[at] = UInt8(position >> 8)
                            out[at + 1] = UInt8(position & 0xFF)
                            at += 2
                        }
                    }
                    initialized = at
                }
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
