/// The words of a text as SQLite's full-text index cuts them (`unicode61 remove_diacritics
/// 2`): runs of letters and digits, everything else a separator, each word folded as
/// `SearchFolding` folds (case and diacritics ignored, ł→l, ß→ss). A server engine that
/// builds its search vectors itself uses this, so that its answers are SQLite's.
public enum SearchWords {
    /// Calls `body` with each folded word's UTF-8 bytes, in order.
    public static func forEach(in text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        forEachWord(in: text) { bytes in
            word.removeAll(keepingCapacity: true)
            word.append(contentsOf: bytes)
            body(word[...])
        }
    }

    /// Calls `body` with each folded word's UTF-8 bytes, in order, in a buffer valid only
    /// during the call (the server's vectors fold every word of every CV: an array per
    /// word, and its uniqueness check per byte, cost more than the folding).
    public static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        var word = WordBuffer()
        defer { word.deallocate() }
        let table = EvidenceFolding.table
        // Byte by byte over the UTF-8 with the ASCII table in hand: a CV is mostly ASCII, and
        // walking it as scalars through the shared table cost ten times the folding.
        text.withUTF8 { utf8 in
            EvidenceFolding.asciiTable.withUnsafeBufferPointer { ascii in
                table.bytes.withUnsafeBufferPointer { foldedBytes in
                    var index = 0
                    while index < utf8.count {
                        let lead = utf8[index]
                        if lead < 0x80 {
                            index += 1
                            let folded = ascii[Int(lead)]
                            if folded > EvidenceFolding.asciiJoiner {
                                word.append(folded)
                            } else if word.count > 0 {
                                body(word.bytes)
                                word.count = 0
                            }
                            continue
                        }
                        let (scalar, length) = decode(utf8, at: index)
                        index += length
                        let value = scalar.value
                        let kind: EvidenceFolding.Kind
                        if value < EvidenceFolding.tableLimit {
                            // The shared table's entry, without the array `fold` returns.
                            let entry = Int(value)
                            kind = table.kinds[entry]
                            if kind == .word {
                                let start = Int(table.starts[entry])
                                word.append(
                                    UnsafeBufferPointer(
                                        rebasing: foldedBytes[
                                            start..<start + Int(table.lengths[entry])]))
                            }
                        } else {
                            let (classified, folded) = EvidenceFolding.classify(scalar)
                            kind = classified
                            if kind == .word {
                                folded.withUnsafeBufferPointer { word.append($0) }
                            }
                        }
                        switch kind {
                        case .word, .mark: break
                        case .joiner, .boundary:
                            if word.count > 0 {
                                body(word.bytes)
                                word.count = 0
                            }
                        }
                    }
                }
            }
        }
        if word.count > 0 { body(word.bytes) }
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
        forEachWord(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// One word's bytes as they are folded, in memory of its own that grows as a long word
    /// needs (an array would check that it is not shared at every byte).
    private struct WordBuffer {
        private var start = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        private var capacity = 256
        var count = 0

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

        mutating func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            start[count] = byte
            count += 1
        }

        mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
            if count + more.count > capacity { grow(to: count + more.count) }
            for (offset, byte) in more.enumerated() { start[count + offset] = byte }
            count += more.count
        }

        private mutating func grow(to needed: Int) {
            let larger = max(needed, capacity * 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: start, count: count)
            start.deallocate()
            start = moved
            capacity = larger
        }

        func deallocate() { start.deallocate() }
    }
}
