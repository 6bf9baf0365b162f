/// Text that someone typed, made safe to show a person: whatever a candidate or a colleague
/// typed is data, never terminal control.
///
/// Every human-facing output (CLI tables and messages, errors, reports, feedback sheets, CSV
/// and XLSX cells, e-mail headers) goes through this one function, so that an ESC sequence,
/// a C1 control or a bidi override shows as a visible marker instead of acting on the
/// terminal, the spreadsheet or the reader. The stored value is never changed: it is evidence.
public enum VisibleText {
    public enum Mode: Sendable {
        /// Running text: line feed and tab are kept, they are layout.
        case text
        /// One line (an e-mail header, a file name in a message): a CR or LF there would start
        /// a new header, so both become markers too.
        case header
    }

    /// The text with every C0 control but LF and TAB, DEL, every C1 control and every bidi
    /// control replaced by a visible marker: `␛` and the other U+2400 control pictures for C0
    /// and DEL, `\u{202E}`-style text for C1 and bidi controls (they have no picture).
    ///
    /// In running text a CR directly before an LF is a Windows line end, not a control: it is
    /// dropped (the LF stays), so a CV typed on Windows reads as it was written. A lone CR,
    /// which would let later text overwrite a line, becomes `␍`.
    public static func visible(_ text: String, mode: Mode = .text) -> String {
        guard needsMarkers(text, mode: mode) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if mode == .text, scalar == "\r", next == "\n" { continue }
            if let marker = marker(for: scalar, mode: mode) {
                out.append(contentsOf: marker.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the scalar may never reach an output as itself.
    public static func isHidden(_ scalar: Unicode.Scalar, mode: Mode = .text) -> Bool {
        marker(for: scalar, mode: mode) != nil
    }

    /// Whether any scalar of the text would be replaced (the import warns about those); a
    /// Windows line end (CR LF) in running text is not.
    public static func hasHidden(_ text: String, mode: Mode = .text) -> Bool {
        guard needsMarkers(text, mode: mode) else { return false }
        guard mode == .text else { return true }
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR, scalar != "\n" { return true }
            pendingCR = scalar == "\r"
            if !pendingCR, isHidden(scalar) { return true }
        }
        return pendingCR
    }

    /// The marker for one scalar, or nil when it is shown as itself.
    static func marker(for scalar: Unicode.Scalar, mode: Mode) -> String? {
        let v = scalar.value
        switch v {
        case 0x0A: return mode == .header ? "\u{240A}" : nil
        case 0x09: return nil
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return "\\u{" + String(v, radix: 16, uppercase: true).leftPadded(to: 4) + "}"
        default: return nil
        }
    }

    /// One pass over the UTF-8 bytes: most texts hold nothing to replace. Eight bytes at a
    /// time while they are printable ASCII (a byte at a time this was a tenth of an import).
    private static func needsMarkers(_ text: String, mode: Mode) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            var i = 0
            while i < count {
                if i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if isPrintableASCII(word) {
                        i += 8
                        continue
                    }
                }
                if needsMarker(bytes, at: i, mode: mode) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether all eight bytes are in 0x20…0x7E (exact for each test: no false answer either
    /// way, so that a word is never skipped that holds a byte to look at).
    @inline(__always) private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 borrows into its high bit; one of 0x7F or above sets it on adding 1.
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = (word | (word &+ ones)) & highs
        return below | above == 0
    }

    /// Whether the byte at `i` completes something to replace, given the bytes before it.
    @inline(__always) private static func needsMarker(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, mode: Mode
    ) -> Bool {
        let byte = bytes[i]
        let previous: UInt8 = i >= 1 ? bytes[i - 1] : 0
        let beforePrevious: UInt8 = i >= 2 ? bytes[i - 2] : 0
        switch byte {
        case 0x0A: return mode == .header
        case 0x09: return false
        case 0x00..<0x20, 0x7F: return true
        // C1 controls are C2 80…C2 9F in UTF-8.
        case 0x80...0x9F where previous == 0xC2: return true
        // U+200E/F and U+202A…E are E2 80 8E/8F/AA…AE; U+2066…9 are E2 81 A6…A9.
        case 0x8E...0x8F where previous == 0x80 && beforePrevious == 0xE2: return true
        case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
        case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
        // U+061C (Arabic letter mark) is D8 9C.
        case 0x9C where previous == 0xD8: return true
        default: return false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
