#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistCore
    @testable import ShortlistStore

    /// The search vectors the store builds (`PostgresTextVector`) byte for byte as the code
    /// before issue 21's client work built them (kept below as it was): random texts in many
    /// scripts, combining marks, emoji, words longer than a lexeme may be, words repeated past
    /// a lexeme's 256 positions and texts past the last position. No server needed.
    @Suite struct ServerTextVectorDifferentialTests {
        static let pool = [
            "policy", "water", "digital", "twin", "twins", "twinning", "twinnings", "tw", "t",
            "internationalisation", "internationalization", "internati", "internationa",
            "Łódź", "Gdańsk", "Żółć", "Kraków", "ŁÓDŹ", "Crème", "brûlée", "Straße", "STRASSE",
            "Θεσσαλονίκη", "ΑΘΗΝΑ", "Οδυσσεύς", "σοφός", "Гидрология", "Москва", "водный",
            "ёлка", "数字孪生", "東京都", "서울", "𠀀𠀁", "𝔘𝔫𝔦", "2025", "3", "ab12", "e\u{301}",
            "e\u{301}a", "éa", "a\u{308}\u{304}b", "👩‍🔬", "🇵🇱", "x\u{200D}y", "soft\u{AD}hyphen",
            "o'neil", "data\tscience", "a\\b", "Ǆemal", "ﬁnance", "Ⅻ", "½",
        ]
        static let separators = [
            " ", ", ", ".\n", " – ", "-", "'s ", " (", ") ", "/", ": ", "\u{3000}", "…", "‚",
        ]

        static func text(_ count: Int, _ random: inout SeededRandom) -> String {
            var out = ""
            for index in 0..<count {
                if index > 0 { out += separators[random.below(separators.count)] }
                switch random.below(40) {
                case 0:
                    // Around the longest lexeme, sharing their first eight bytes.
                    let length = PostgresTextVector.longestLexeme - 2 + random.below(5)
                    out += "abcdefgh" + String(repeating: "z", count: length - 8)
                case 1: out += String(repeating: "ab", count: 4 + random.below(12))
                default: out += pool[random.below(pool.count)]
                }
            }
            return out
        }

        /// Texts the random ones rarely reach: a word past 256 positions, a text past the last
        /// position (the clamped positions repeat), and nothing at all.
        static let edges: [(cv: String, motivation: String)] = [
            ("", ""), ("", "only a motivation"), ("—", "…"),
            (Array(repeating: "Łódź data", count: 400).joined(separator: " "), "data Łódź"),
            (Array(repeating: "twin twins", count: 9000).joined(separator: " "), "twin x"),
            (String(repeating: "ab ", count: 17000), "ab cd"),
        ]

        @Test func vectorsAreTheCodeBeforesByteForByte() {
            var random = SeededRandom(seed: 2107)
            var texts = Self.edges
            for _ in 0..<300 {
                texts.append(
                    (Self.text(random.below(700), &random), Self.text(random.below(80), &random)))
            }
            for (cv, motivation) in texts {
                #expect(
                    PostgresTextVector.text(cv: cv, motivation: motivation)
                        == LegacyTextVector.table(cv: cv, motivation: motivation).text())
                #expect(
                    PostgresTextVector.binary(cv: cv, motivation: motivation).bytes
                        == LegacyTextVector.table(cv: cv, motivation: motivation).binary())
            }
            // A batch reuses one table per core across rows: what one row leaves behind must
            // not reach the next.
            let batch = PostgresTextVector.binaries(texts)
            #expect(batch.count == texts.count)
            for (vector, texts) in zip(batch, texts) {
                #expect(
                    vector.bytes
                        == LegacyTextVector.table(cv: texts.cv, motivation: texts.motivation)
                        .binary())
            }
        }

        @Test func wordsAreTheCodeBeforesWords() {
            var random = SeededRandom(seed: 42)
            for _ in 0..<200 {
                let text = Self.text(random.below(300), &random)
                var before: [String] = []
                LegacyTextVector.words(in: text) {
                    before.append(String(decoding: $0, as: UTF8.self))
                }
                var slices: [String] = []
                SearchWords.forEach(in: text) { slices.append(String(decoding: $0, as: UTF8.self)) }
                #expect(SearchWords.all(in: text) == before)
                #expect(slices == before)
            }
        }
    }

    /// `PostgresTextVector`'s table and `SearchWords.forEach` as they were before the client's
    /// share of a server import was cut, verbatim: the reference the new code must match.
    private enum LegacyTextVector {
        static let longestLexeme = 2047
        static let lastPosition = 16383
        static let positionsPerLexeme = 256

        static func table(cv: String, motivation: String) -> LexemeTable {
            var table = LexemeTable()
            var position = 0
            func add(_ word: ArraySlice<UInt8>) {
                position += 1
                guard word.count <= longestLexeme else { return }
                table.add(word, at: min(position, lastPosition))
            }
            words(in: cv, add)
            position += 1
            words(in: motivation, add)
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

        /// Calls `body` with each folded word's UTF-8 bytes, in order.
        static func words(in text: String, _ body: (ArraySlice<UInt8>) -> Void) {
            var text = text
            var word: [UInt8] = []
            word.reserveCapacity(64)
            // Byte by byte over the UTF-8 with the ASCII table in hand: a CV is mostly ASCII, and
            // walking it as scalars through the shared table cost ten times the folding.
            text.withUTF8 { utf8 in
                EvidenceFolding.asciiTable.withUnsafeBufferPointer { ascii in
                    var index = 0
                    while index < utf8.count {
                        let lead = utf8[index]
                        if lead < 0x80 {
                            index += 1
                            let folded = ascii[Int(lead)]
                            if folded > EvidenceFolding.asciiJoiner {
                                word.append(folded)
                            } else if !word.isEmpty {
                                body(word[...])
                                word.removeAll(keepingCapacity: true)
                            }
                            continue
                        }
                        let (scalar, length) = decode(utf8, at: index)
                        index += length
                        let (kind, folded) = EvidenceFolding.fold(scalar)
                        switch kind {
                        case .word: word.append(contentsOf: folded)
                        case .mark: break
                        case .joiner, .boundary:
                            if !word.isEmpty {
                                body(word[...])
                                word.removeAll(keepingCapacity: true)
                            }
                        }
                    }
                }
            }
            if !word.isEmpty { body(word[...]) }
        }

        /// The scalar that starts at `index` (a lead byte of two to four bytes: the string is
        /// valid UTF-8) and how many bytes it takes.
        private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int)
            -> (Unicode.Scalar, Int)
        {
            let lead = UInt32(utf8[index])
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = lead & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }
#endif
