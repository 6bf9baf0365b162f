/// The words of a text as SQLite's full-text index cuts them (`unicode61 remove_diacritics
/// 2`): runs of letters and digits, everything else a separator, each word folded as
/// `SearchFolding` folds (case and diacritics ignored, ł→l, ß→ss). A server engine that
/// builds its search vectors itself uses this, so that its answers are SQLite's.
public enum SearchWords {
    /// Calls `body` with each folded word's UTF-8 bytes, in order.
    public static func forEach(in text: String, _ body: (ArraySlice<UInt8>) -> Void) {
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

    /// The folded words of a text, as strings.
    public static func all(in text: String) -> [String] {
        var out: [String] = []
        forEach(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
