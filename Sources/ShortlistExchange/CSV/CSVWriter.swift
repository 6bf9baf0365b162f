/// Writes RFC 4180 CSV: fields quoted when they hold the delimiter, a quote, a line break, or
/// leading or trailing spaces (which readers would otherwise trim); quotes doubled; CRLF
/// between records, as the RFC and spreadsheets expect.
public struct CSVWriter: Sendable {
    public var delimiter: UInt8
    public var lineEnd: String

    public init(delimiter: UInt8 = UInt8(ascii: ","), lineEnd: String = "\r\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    public func field(_ text: String) -> String {
        // Bytes, not Characters: grapheme breaking a 2 KB CV costs more than writing it.
        var needsQuotes = false
        var hasQuote = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                needsQuotes = true
                hasQuote = true
            case delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
            default: continue
            }
            if hasQuote { break }
        }
        if let first = text.utf8.first, first == 0x20 { needsQuotes = true }
        if let last = text.utf8.last, last == 0x20 { needsQuotes = true }
        guard needsQuotes else { return text }
        guard hasQuote else { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text.unicodeScalars {
            if character == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(character)
        }
        return out + "\""
    }

    /// One record with its line end.
    public func record(_ fields: [String]) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out.unicodeScalars.append(Unicode.Scalar(delimiter)) }
            out += field(f)
        }
        return out + lineEnd
    }
}
