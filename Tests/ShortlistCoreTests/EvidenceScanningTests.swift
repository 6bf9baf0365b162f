import Foundation
import PropertyBased
import Testing

@testable import ShortlistCore

/// The evidence scanner stores a word's folded bytes as it reads and hashes only the words
/// whose length, first and last byte could be a vocabulary word's. Whatever the text and the
/// phrases, it must find the hits and counts that the scanner before it found (kept below,
/// verbatim but for its names, as the reference): case, diacritics, combining marks, plural s,
/// words longer than any phrase's, scripts of every UTF-8 width and emoji.
@Suite struct EvidenceScanningTests {
    static func criterion(_ id: String, _ phrases: [String]) -> Criterion {
        Criterion(
            id: CriterionID(id), group: .desired, text: id, weight: 10,
            evidence: phrases.map { EvidencePhrase(LanguageCode(rawValue: "en")!, $0) })
    }

    static let criteria = [
        criterion("B1", ["digital twin", "local digital twin", "AI", "machine learning", "s"]),
        criterion(
            "B2",
            [
                "ψηφιακό δίδυμο", "цифровой двойник", "cyfrowy bliźniak", "数字孪生", "Weiß",
                "esprit d'équipe", "jumeaux numériques", "künstliche Intelligenz",
            ]),
        criterion("C1", ["twin", "Ελλάδα", "Łódź", "naïve", "interoperability"]),
        criterion("C2", []),
    ]

    /// Words of the phrases in other cases and forms, near misses, and what lies between words.
    static let pieces: [String] = [
        "digital", "DIGITAL", "Digital", "twin", "Twins", "TWINS", "twinning", "twins", "local",
        "Local", "ai", "AI", "AIDS", "machine", "Machine", "learning", "Learnings", "s", "S", "ss",
        "ψηφιακό", "ΨΗΦΙΑΚΌ", "ψηφιακο\u{301}", "δίδυμο", "δίδυμοs", "Цифровой", "ДВОЙНИК",
        "двойникs", "cyfrowy", "CYFROWY", "bliźniak", "BLIZ\u{301}NIAK", "bliźniaks", "数字孪生",
        "数字", "孪生", "weiss", "WEISS", "Weiß", "weis", "esprit", "d'équipe", "D’ÉQUIPE",
        "jumeaux", "numériques", "NUMERIQUES", "künstliche", "KUNSTLICHE", "Intelligenz",
        "Ελλάδα", "ελλαδα", "ΕΛΛΆΔΑΣ", "Łódź", "lodz", "LODZS", "naïve", "NAIVE", "nai\u{308}ve",
        "interoperability", "Interoperabilitys", "interoperabilityy", "interoperabilities",
        String(repeating: "a", count: 40), String(repeating: "twin", count: 5), "😀", "👩‍💻",
        "🇪🇺", "e\u{301}", "\u{301}", "ﬁ", "Ｄｉｇｉｔａｌ", "12", "x", " ", "  ", "\n", "\r\n", "\t",
        "-", "'", "’", "\u{00AD}", "\u{200B}", "\u{2028}", ".", ",", "(", ")", "/", "&", "„",
        "\u{3000}", "\u{00A0}",
    ]

    static let matcher = EvidenceMatcher(criteria: criteria)
    static let reference = ReferenceEvidenceMatcher(criteria: criteria)

    static func expectSame(
        _ text: String, _ matcher: EvidenceMatcher, _ reference: ReferenceEvidenceMatcher
    ) {
        #expect(matcher.find(in: text) == reference.find(in: text), "\(text.debugDescription)")
        #expect(matcher.counts(in: text) == reference.counts(in: text), "\(text.debugDescription)")
    }

    @Test func anyTextGivesTheReferenceHits() async {
        await propertyCheck(
            count: 3000, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...40)
        ) { codes in
            Self.expectSame(
                codes.map { Self.pieces[$0] }.joined(), Self.matcher, Self.reference)
        }
    }

    /// Phrases and texts drawn from the same few letters, so that words share lengths, first
    /// and last bytes with vocabulary words without being them, and phrases of one to four
    /// words match and overlap often.
    @Test func randomPhrasesGiveTheReferenceHits() async {
        let letters = ["a", "b", "s", "S", "é", "Ä", "ω", "Ж", "中", "\u{301}"]
        let gaps = [" ", " ", "-", "\n", ".", "'"]
        let word = Gen.int(in: 0...(letters.count - 1)).array(of: 1...7).map { codes in
            codes.map { letters[$0] }.joined()
        }
        let phrase = word.array(of: 1...4).map { $0.joined(separator: " ") }
        await propertyCheck(
            count: 1000, input: phrase.array(of: 1...6), phrase.array(of: 0...3),
            zip(word, Gen.int(in: 0...(gaps.count - 1))).array(of: 0...60)
        ) { first, second, words in
            let criteria = [Self.criterion("A", first), Self.criterion("B", second)]
            let text = words.map { $0.0 + gaps[$0.1] }.joined()
            Self.expectSame(
                text, EvidenceMatcher(criteria: criteria),
                ReferenceEvidenceMatcher(criteria: criteria))
        }
    }

    @Test func wordsLongerThanEveryPhraseWordAreNoHits() {
        let matcher = EvidenceMatcher(criteria: [Self.criterion("A", ["ab", "abs"])])
        let text = "ab abs abss abab " + String(repeating: "b", count: 1_000) + "ab ABS"
        #expect(matcher.counts(in: text) == [4])
        #expect(
            matcher.find(in: text)
                == ReferenceEvidenceMatcher(criteria: [Self.criterion("A", ["ab", "abs"])]).find(
                    in: text))
    }
}

// The scanner before imp17f, verbatim but for its names (`EvidenceMatcher`, `Vocabulary`).

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
public struct ReferenceEvidenceMatcher: Sendable {
    public let criteria: [CriterionID]
    fileprivate let phrases: [Compiled]
    fileprivate let vocabulary: ReferenceVocabulary
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
        var vocabulary = ReferenceVocabulary()
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
            let longestWord = vocabulary.longestWord
            // The word being read and the last `longestPhrase` words, on the stack.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWord + 1) { word in
                withUnsafeTemporaryAllocation(of: RingEntry.self, capacity: longestPhrase) {
                    ring in
                    var scanner = Scanner(word: word, ring: ring)
                    scanner.scan(bytes, self, &hits)
                }
            }
        }
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
    private struct Scanner {
        /// The folded word so far, while it could still be a vocabulary word (or one with a
        /// plural s); longer words are only hashed.
        let word: UnsafeMutableBufferPointer<UInt8>
        let ring: UnsafeMutableBufferPointer<RingEntry>
        var length = 0
        var hash = ReferenceVocabulary.basis
        var hashBeforeLast = ReferenceVocabulary.basis
        var inWord = false
        var wordStart = 0
        var gapJoins = false
        var wordCount = 0

        init(word: UnsafeMutableBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<RingEntry>) {
            self.word = word
            self.ring = ring
            ring.initialize(repeating: RingEntry(id: -1, start: 0, joined: false))
        }

        @inline(__always) mutating func add(_ b: UInt8) {
            hashBeforeLast = hash
            hash = (hash ^ UInt64(b)) &* ReferenceVocabulary.prime
            if length < word.count { word[length] = b }
            length += 1
        }

        @inline(__always) mutating func startWord(at i: Int) {
            if !inWord {
                inWord = true
                wordStart = i
                length = 0
                hash = ReferenceVocabulary.basis
            }
        }

        mutating func scan(
            _ bytes: UnsafeBufferPointer<UInt8>, _ matcher: ReferenceEvidenceMatcher,
            _ hits: inout [RawHit]
        ) {
            let table = EvidenceFolding.table
            let ascii = EvidenceFolding.asciiTable
            let count = bytes.count
            var i = 0
            while i < count {
                let b = bytes[i]
                if b < 0x80 {
                    let folded = ascii[Int(b)]
                    if folded > EvidenceFolding.asciiJoiner {
                        startWord(at: i)
                        add(folded)
                    } else {
                        if inWord { endWord(at: i, matcher, &hits) }
                        if folded == EvidenceFolding.asciiBoundary { gapJoins = false }
                    }
                    i += 1
                    continue
                }
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
                    let folded: [UInt8]
                    (kind, folded) = EvidenceFolding.classify(Unicode.Scalar(value)!)
                    if kind == .word {
                        startWord(at: i)
                        for byte in folded { add(byte) }
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

        mutating func endWord(at end: Int, _ m: ReferenceEvidenceMatcher, _ hits: inout [RawHit]) {
            let longestWord = word.count - 1
            let exact = length <= longestWord ? m.vocabulary.lookup(hash, word, length) : -1
            var base: Int32 = -1
            if length >= 2, length - 1 <= longestWord, word[length - 1] == UInt8(ascii: "s") {
                base = m.vocabulary.lookup(hashBeforeLast, word, length - 1)
            }
            ring[wordCount % ring.count] = RingEntry(
                id: exact, start: wordStart, joined: gapJoins && wordCount > 0)
            wordCount += 1
            if exact >= 0 { match(m, m.endingWith[Int(exact)], end, &hits) }
            if base >= 0 { match(m, m.endingWith[Int(base)], end, &hits) }
            inWord = false
            gapJoins = true
        }

        /// Whether the words before the last one read are the rest of a phrase ending there.
        func match(
            _ m: ReferenceEvidenceMatcher, _ candidates: [Int32], _ end: Int, _ hits: inout [RawHit]
        ) {
            let last = wordCount - 1
            let size = ring.count
            for p in candidates {
                let words = m.phrases[Int(p)].words
                let n = words.count
                guard n <= wordCount else { continue }
                var k = 1
                while k < n {
                    let entry = ring[(last - k) % size]
                    if !ring[(last - k + 1) % size].joined || entry.id != words[n - 1 - k] {
                        break
                    }
                    k += 1
                }
                if k == n {
                    hits.append(
                        RawHit(phrase: Int(p), start: ring[(last - n + 1) % size].start, end: end))
                }
            }
        }
    }
}

/// The distinct folded words of all phrases, found by a hash computed while scanning (FNV-1a)
/// and confirmed byte by byte.
private struct ReferenceVocabulary: Sendable {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var words: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// Open addressing: word ids, -1 for empty; a power of two, at most a quarter full.
    private var slots = [Int32](repeating: -1, count: 64)
    private(set) var longestWord = 0

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
