/// The words of a text as SQLite's full-text index cuts them (`unicode61 remove_diacritics
/// 2`): runs of letters and digits, everything else a separator, each word folded as
/// `SearchFolding` folds (case and diacritics ignored, ł→l, ß→ss). A server engine that
/// builds its search vectors itself uses this, so that its answers are SQLite's.
public enum SearchWords {
    /// Calls `body` with each folded word's UTF-8 bytes, in order.
    public static func forEach(in text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // The common case in CVs, without the array a folded scalar comes in.
                switch EvidenceFolding.asciiTable[Int(value)] {
                case EvidenceFolding.asciiBoundary, EvidenceFolding.asciiJoiner:
                    if !word.isEmpty {
                        body(word[...])
                        word.removeAll(keepingCapacity: true)
                    }
                case let byte: word.append(byte)
                }
                continue
            }
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
        if !word.isEmpty { body(word[...]) }
    }

    /// The folded words of a text, as strings.
    public static func all(in text: String) -> [String] {
        var out: [String] = []
        forEach(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
