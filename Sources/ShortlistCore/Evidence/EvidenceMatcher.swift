import Foundation

/// Finds a profile's evidence phrases in CV texts: case and diacritics ignored (`Müller`
/// finds `muller`), whole words only, and the phrase's last word may carry a plural `s`
/// (`digital twin` finds "Digital Twins", not "twinning"). Between a phrase's words the text
/// may have spaces, line breaks, hyphens or apostrophes, but no other punctuation.
///
/// Evidence is a reading aid for the panel: it never enters eligibility, marks or ranking.
///
/// Built once per profile; a scan folds the text once, one scalar at a time, hashes each word
/// as it goes and looks it up among the phrases' words, so its cost grows with the text and
/// hardly with the number of phrases.
public struct EvidenceMatcher: Sendable {
    public let criteria: [CriterionID]
    fileprivate let phrases: [Compiled]
    fileprivate let vocabulary: Vocabulary
    /// For each vocabulary word, the phrases that end with it.
    fileprivate let endingWith: [[Int32]]
    private let longestPhrase: Int

    fileprivate struct Compiled: Sendable {
        var criterion: Int
        var phrase: EvidencePhrase
        var words: [Int32]
    }

    public init(profile: CallProfile) {
        self.init(criteria: profile.criteria)
    }

    /// Phrases that `problem(with:)` refuses are left out (the profile parser refuses them
    /// before they get here).
    public init(criteria: [Criterion]) {
        var vocabulary = Vocabulary()
        var phrases: [Compiled] = []
        for (c, criterion) in criteria.enumerated() {
            for phrase in criterion.evidence where Self.problem(with: phrase.text) == nil {
                let words = EvidenceFolding.words(phrase.text).map { vocabulary.add($0.word) }
                guard !phrases.contains(where: { $0.criterion == c && $0.words == words }) else {
                    continue
                }
                phrases.append(Compiled(criterion: c, phrase: phrase, words: words))
            }
        }
        var endingWith = [[Int32]](repeating: [], count: vocabulary.words.count)
        for (p, phrase) in phrases.enumerated() {
            endingWith[Int(phrase.words.last!)].append(Int32(p))
        }
        self.criteria = criteria.map(\.id)
        self.phrases = phrases
        self.vocabulary = vocabulary
        self.endingWith = endingWith
        self.longestPhrase = max(1, phrases.map(\.words.count).max() ?? 1)
    }

    /// Why a phrase cannot serve as evidence, or nil.
    public static func problem(with phrase: String) -> String? {
        EvidenceFolding.problem(with: phrase)
    }

    /// Every hit in `text`, for highlighting and for showing which phrases matched.
    public func find(in text: String) -> EvidenceReport {
        var raw: [RawHit] = []
        scan(text, into: &raw)
        let kept = nonOverlapping(raw)
        let hits = kept.map { hit in
            EvidenceHit(
                criterion: criteria[phrases[hit.phrase].criterion],
                phrase: phrases[hit.phrase].phrase, utf8Range: hit.start..<hit.end)
        }
        return EvidenceReport(criteria: criteria, hits: hits)
    }

    /// Hits per criterion, in `criteria` order: what the import stores for filters and sorts.
    public func counts(in text: String) -> [Int] {
        var raw: [RawHit] = []
        scan(text, into: &raw)
        var counts = [Int](repeating: 0, count: criteria.count)
        for hit in nonOverlapping(raw) { counts[phrases[hit.phrase].criterion] += 1 }
        return counts
    }

    fileprivate struct RawHit {
        var phrase: Int
        var start: Int
        var end: Int
    }

    /// Per criterion, leftmost first and longest first; hits that overlap a kept one go.
    private func nonOverlapping(_ raw: [RawHit]) -> [RawHit] {
        guard raw.count > 1 else { return raw }
        let sorted = raw.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return phrases[a.phrase].criterion < phrases[b.phrase].criterion
        }
        var keptUntil = [Int](repeating: 0, count: criteria.count)
        var kept: [RawHit] = []
        for hit in sorted {
            let c = phrases[hit.phrase].criterion
            if hit.start >= keptUntil[c] {
                kept.append(hit)
                keptUntil[c] = hit.end
            }
        }
        return kept
    }

    private func scan(_ text: String, into hits: inout [RawHit]) {
        guard !phrases.isEmpty else { return }
        var text = text
        text.withUTF8 { bytes in
            // The word being read (one byte more for a plural s, and one where the bytes of
            // longer words go) and the last `longestPhrase` words, on the stack.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: vocabulary.longestWord + 2) {
                word in
                withUnsafeTemporaryAllocation(of: RingEntry.self, capacity: ringSize) { ring in
                    EvidenceFolding.byteClasses.withUnsafeBufferPointer { classes in
                        var scanner = Scanner(word: word, ring: ring)
                        scanner.scan(bytes, classes, self, &hits)
                    }
                }
            }
        }
    }

    /// A power of two, so that the ring is indexed by a mask rather than a division.
    private var ringSize: Int {
        var size = 1
        while size < longestPhrase { size <<= 1 }
        return size
    }

    /// A word already read: its vocabulary id (-1 if none), where it starts, and whether
    /// only joiners separate it from the word before.
    fileprivate struct RingEntry {
        var id: Int32
        var start: Int
        var joined: Bool
    }

    /// The state of one scan, kept in a struct rather than captured by local functions:
    /// captured variables cost a dynamic exclusivity check on every access, which made the
    /// scan three times slower.
    ///
    /// A word's bytes are only folded and stored while reading; it is hashed at its end, and
    /// only if its length, first and last byte could be those of a vocabulary word (or of one
    /// with a plural s): most words of a CV are not, and hashing each byte as it came was a
    /// third of the scan.
    private struct Scanner {
        /// The folded word so far; bytes past `sink` all land on `sink`, since a word that
        /// long can be no vocabulary word, with or without a plural s.
        let word: UnsafeMutableBufferPointer<UInt8>
        let sink: Int
        let ring: UnsafeMutableBufferPointer<RingEntry>
        let ringMask: Int
        var length = 0
        var inWord = false
        var wordStart = 0
        var gapJoins = false
        var wordCount = 0

        init(word: UnsafeMutableBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<RingEntry>) {
            self.word = word
            self.sink = word.count - 1
            self.ring = ring
            self.ringMask = ring.count - 1
            ring.initialize(repeating: RingEntry(id: -1, start: 0, joined: false))
        }

        @inline(__always) mutating func add(_ b: UInt8) {
            word[min(length, sink)] = b
            length += 1
        }

        @inline(__always) mutating func startWord(at i: Int) {
            if !inWord {
                inWord = true
                wordStart = i
                length = 0
            }
        }

        mutating func scan(
            _ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>,
            _ matcher: EvidenceMatcher, _ hits: inout [RawHit]
        ) {
            let table = EvidenceFolding.table
            let count = bytes.count
            var i = 0
            while i < count {
                var folded = classes[Int(bytes[i])]
                if folded > EvidenceFolding.byteStartsScalar {
                    // A run of ASCII letters and digits, the bulk of a CV: one table lookup
                    // and one store a byte.
                    startWord(at: i)
                    var n = length
                    repeat {
                        word[min(n, sink)] = folded
                        n += 1
                        i += 1
                        guard i < count else { break }
                        folded = classes[Int(bytes[i])]
                    } while folded > EvidenceFolding.byteStartsScalar
                    length = n
                    continue
                }
                if folded != EvidenceFolding.byteStartsScalar {
                    if inWord { endWord(at: i, matcher, &hits) }
                    if folded == EvidenceFolding.asciiBoundary { gapJoins = false }
                    i += 1
                    continue
                }
                let b = bytes[i]
                var value: UInt32
                var scalarLength: Int
                if b < 0xE0 {
                    value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    scalarLength = 2
                } else if b < 0xF0 {
                    value =
                        UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                        | UInt32(bytes[i + 2] & 0x3F)
                    scalarLength = 3
                } else {
                    value =
                        UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    scalarLength = 4
                }
                let kind: EvidenceFolding.Kind
                if value < EvidenceFolding.tableLimit {
                    let index = Int(value)
                    kind = table.kinds[index]
                    if kind == .word {
                        startWord(at: i)
                        let start = Int(table.starts[index])
                        for j in start..<start + Int(table.lengths[index]) { add(table.bytes[j]) }
                    }
                } else {
                    let foldedBytes: [UInt8]
                    (kind, foldedBytes) = EvidenceFolding.classify(Unicode.Scalar(value)!)
                    if kind == .word {
                        startWord(at: i)
                        for byte in foldedBytes { add(byte) }
                    }
                }
                switch kind {
                case .word, .mark: break
                case .joiner:
                    if inWord { endWord(at: i, matcher, &hits) }
                case .boundary:
                    if inWord { endWord(at: i, matcher, &hits) }
                    gapJoins = false
                }
                i += scalarLength
            }
            if inWord { endWord(at: count, matcher, &hits) }
        }

        mutating func endWord(at end: Int, _ m: EvidenceMatcher, _ hits: inout [RawHit]) {
            var exact: Int32 = -1
            var base: Int32 = -1
            let n = length
            // `sink` is the longest vocabulary word plus one: the longest word with a plural s.
            if n > 0, n <= sink {
                let first = word[0]
                let last = word[n - 1]
                let mayBeWord = n < sink && m.vocabulary.mayHold(n, first, last)
                let mayBePlural =
                    n >= 2 && last == UInt8(ascii: "s")
                    && m.vocabulary.mayHold(n - 1, first, word[n - 2])
                if mayBeWord || mayBePlural {
                    var hash = Vocabulary.basis
                    var hashBeforeLast = hash
                    for j in 0..<n {
                        hashBeforeLast = hash
                        hash = (hash ^ UInt64(word[j])) &* Vocabulary.prime
                    }
                    if mayBeWord { exact = m.vocabulary.lookup(hash, word, n) }
                    if mayBePlural { base = m.vocabulary.lookup(hashBeforeLast, word, n - 1) }
                }
            }
            ring[wordCount & ringMask] = RingEntry(
                id: exact, start: wordStart, joined: gapJoins && wordCount > 0)
            wordCount += 1
            if exact >= 0 { match(m, m.endingWith[Int(exact)], end, &hits) }
            if base >= 0 { match(m, m.endingWith[Int(base)], end, &hits) }
            inWord = false
            gapJoins = true
        }

        /// Whether the words before the last one read are the rest of a phrase ending there.
        func match(
            _ m: EvidenceMatcher, _ candidates: [Int32], _ end: Int, _ hits: inout [RawHit]
        ) {
            let last = wordCount - 1
            for p in candidates {
                let words = m.phrases[Int(p)].words
                let n = words.count
                guard n <= wordCount else { continue }
                var k = 1
                while k < n {
                    let entry = ring[(last - k) & ringMask]
                    if !ring[(last - k + 1) & ringMask].joined || entry.id != words[n - 1 - k] {
                        break
                    }
                    k += 1
                }
                if k == n {
                    hits.append(
                        RawHit(
                            phrase: Int(p), start: ring[(last - n + 1) & ringMask].start, end: end))
                }
            }
        }
    }
}

/// The distinct folded words of all phrases, found by a hash computed while scanning (FNV-1a)
/// and confirmed byte by byte.
private struct Vocabulary: Sendable {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var words: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// Open addressing: word ids, -1 for empty; a power of two, at most a quarter full.
    private var slots = [Int32](repeating: -1, count: 64)
    private(set) var longestWord = 0
    /// A bit for each (length, first byte, last byte) of a word, hashed into 4,096 bits: a
    /// word whose bit is clear is surely not in the vocabulary, without hashing its bytes.
    private var shapes = [UInt64](repeating: 0, count: 64)

    @inline(__always) private static func shape(_ length: Int, _ first: UInt8, _ last: UInt8)
        -> Int
    {
        let key = UInt32(truncatingIfNeeded: length) << 16 | UInt32(first) << 8 | UInt32(last)
        return Int((key &* 0x9E37_79B1) >> 20)
    }

    @inline(__always) func mayHold(_ length: Int, _ first: UInt8, _ last: UInt8) -> Bool {
        let bit = Self.shape(length, first, last)
        return shapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = basis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    mutating func add(_ word: [UInt8]) -> Int32 {
        let h = Self.hash(word)
        let found = word.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, w.count)) { copy in
                _ = copy.initialize(from: w)
                return lookup(h, copy, w.count)
            }
        }
        if found >= 0 { return found }
        let id = Int32(words.count)
        words.append(word)
        hashes.append(h)
        longestWord = max(longestWord, word.count)
        if let first = word.first, let last = word.last {
            let bit = Self.shape(word.count, first, last)
            shapes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        if words.count * 4 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (i, wordHash) in hashes.enumerated() { insert(Int32(i), wordHash) }
        } else {
            insert(id, h)
        }
        return id
    }

    private mutating func insert(_ id: Int32, _ h: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    /// The id of the word whose first `length` bytes of `candidate` hash to `h`, or -1.
    func lookup(_ h: UInt64, _ candidate: UnsafeMutableBufferPointer<UInt8>, _ length: Int)
        -> Int32
    {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[i]
            if id < 0 { return -1 }
            if hashes[Int(id)] == h, words[Int(id)].count == length,
                words[Int(id)].withUnsafeBufferPointer({ w in
                    (0..<length).allSatisfy { w[$0] == candidate[$0] }
                })
            {
                return id
            }
            i = (i + 1) & mask
        }
    }
}
