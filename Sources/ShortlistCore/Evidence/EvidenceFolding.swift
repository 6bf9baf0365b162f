import Foundation

/// Folding that keeps positions: it reads text one scalar at a time and says, for each, what
/// it contributes to a word once folded (case and diacritics ignored, as `SearchFolding`
/// does), so that a match found in folded words maps back to the original text.
/// `SearchFolding.fold` on a whole text cannot do that: `ß` becomes `ss` and marks vanish.
enum EvidenceFolding {
    enum Kind: UInt8 {
        /// Punctuation and symbols: end a word, and break a phrase.
        case boundary
        /// Spaces, hyphens and apostrophes: end a word, but may stand between a phrase's words.
        case joiner
        /// Letters and digits.
        case word
        /// Combining marks and soft hyphens: part of the word they follow, folded away.
        case mark
    }

    /// What a scalar contributes: its kind and, for a word scalar, its folded UTF-8 bytes.
    static func classify(_ scalar: Unicode.Scalar) -> (Kind, [UInt8]) {
        switch scalar.value {
        case 0x2010, 0x2011, 0x2019, 0x02BC, 0x2028, 0x2029: return (.joiner, [])
        case 0x00AD, 0x200B...0x200D, 0x2060: return (.mark, [])
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            let folded = SearchFolding.fold(String(Character(scalar)))
            return (.word, Array(folded.utf8))
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return (.mark, [])
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return (.joiner, [])
        default:
            return (properties.isWhitespace ? .joiner : .boundary, [])
        }
    }

    /// ASCII by byte, the common case in CVs: the folded byte of a letter or digit, or
    /// `asciiJoiner`, or `asciiBoundary`.
    static let asciiTable: [UInt8] = (0..<128).map { b in
        switch Unicode.Scalar(UInt8(b)) {
        case "a"..."z", "0"..."9": UInt8(b)
        case "A"..."Z": UInt8(b) | 0x20
        case " ", "\t", "\n", "\r", "-", "'", "\u{0B}", "\u{0C}": asciiJoiner
        default: asciiBoundary
        }
    }
    static let asciiBoundary: UInt8 = 0
    static let asciiJoiner: UInt8 = 1

    /// `asciiTable` for every byte: a byte from 0x80 up is `byteStartsScalar` (it begins or
    /// continues a scalar to decode), so that one lookup tells a word's ASCII byte from all else.
    static let byteClasses: [UInt8] = (0..<256).map { b in
        b < 0x80 ? asciiTable[b] : byteStartsScalar
    }
    /// Below every folded ASCII letter or digit (`0` is 0x30).
    static let byteStartsScalar: UInt8 = 2

    /// Scalars below this are looked up in `table`; above it (CJK and rarer scripts) they are
    /// classified as met.
    static let tableLimit: UInt32 = 0x3000

    /// For each scalar from U+0080 to `tableLimit`: kind, then where its folded bytes start in
    /// `tableBytes` and how many there are. Built once (about 12,000 scalars).
    static let table: FoldTable = FoldTable()

    struct FoldTable: Sendable {
        let kinds: [Kind]
        let starts: [UInt32]
        let lengths: [UInt8]
        let bytes: [UInt8]

        init() {
            var kinds: [Kind] = []
            var starts: [UInt32] = []
            var lengths: [UInt8] = []
            var bytes: [UInt8] = []
            let count = Int(EvidenceFolding.tableLimit)
            kinds.reserveCapacity(count)
            starts.reserveCapacity(count)
            lengths.reserveCapacity(count)
            for value in 0..<UInt32(count) {
                guard value >= 0x80, let scalar = Unicode.Scalar(value) else {
                    kinds.append(.boundary)
                    starts.append(0)
                    lengths.append(0)
                    continue
                }
                let (kind, folded) = EvidenceFolding.classify(scalar)
                kinds.append(kind)
                starts.append(UInt32(bytes.count))
                lengths.append(UInt8(folded.count))
                bytes.append(contentsOf: folded)
            }
            self.kinds = kinds
            self.starts = starts
            self.lengths = lengths
            self.bytes = bytes
        }
    }

    /// What a scalar contributes, through the tables where it can.
    static func fold(_ scalar: Unicode.Scalar) -> (Kind, [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            switch asciiTable[Int(value)] {
            case asciiBoundary: return (.boundary, [])
            case asciiJoiner: return (.joiner, [])
            case let byte: return (.word, [byte])
            }
        }
        if value < tableLimit {
            let i = Int(value)
            let start = Int(table.starts[i])
            return (table.kinds[i], Array(table.bytes[start..<start + Int(table.lengths[i])]))
        }
        return classify(scalar)
    }

    /// The folded words of a text, and whether each is joined to the one before it by
    /// joiners only (false for the first).
    static func words(_ text: String) -> [(word: [UInt8], joined: Bool)] {
        var out: [(word: [UInt8], joined: Bool)] = []
        var current: [UInt8] = []
        var gapJoins = true
        func end() {
            if !current.isEmpty { out.append((current, !out.isEmpty && gapJoins)) }
            current = []
            gapJoins = true
        }
        for scalar in text.unicodeScalars {
            let (kind, folded) = fold(scalar)
            switch kind {
            case .word: current.append(contentsOf: folded)
            case .mark: break
            case .joiner: end()
            case .boundary:
                end()
                gapJoins = false
            }
        }
        end()
        return out
    }

    /// Why a phrase cannot be matched reliably, or nil. A phrase holds words separated by
    /// spaces, hyphens or apostrophes and nothing else: punctuation between words breaks a
    /// phrase in the CV, so `R&D` or `AI/ML` would never match as written.
    static func problem(with phrase: String) -> String? {
        if phrase.unicodeScalars.contains(where: { fold($0).0 == .boundary }) {
            return "may hold only letters, digits, spaces, hyphens and apostrophes"
        }
        if words(phrase).isEmpty { return "has no letters or digits" }
        return nil
    }
}
