/// A string as a JSON string literal, the same bytes every time: the audit chain hashes them,
/// and exports must be byte-identical from one run to the next.
public enum JSONQuoting {
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// `quoted(text)` appended to `out`: a JSON array or object built this way makes no string
    /// per element (the import writes several arrays a record).
    public static func appendQuoted(_ text: String, to out: inout String) {
        // Most texts need no escaping: say so after one pass over the bytes.
        guard needsEscaping(text) else {
            // Room for the whole literal at once when it is all there is (a `quoted`), beyond
            // what fits in a small string; an array reserves for all of its items itself.
            if out.isEmpty, text.utf8.count > 13 { out.reserveCapacity(text.utf8.count + 2) }
            out.append("\"")
            out.append(text)
            out.append("\"")
            return
        }
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u"
                        + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    /// Whether any byte is a control character, a quote or a backslash. A loop over the
    /// contiguous bytes: `utf8.contains(where:)` cost about ten times as much a byte.
    private static func needsEscaping(_ text: String) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            for b in bytes where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                return true
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        return copy.withUTF8(scan)
    }
}

extension JSONQuoting {
    /// JSON text (a whole document) with DEL, the C1 controls and the bidi controls inside its
    /// strings written as `\uXXXX`: the same value for a program, nothing that acts on a
    /// terminal when a person pipes it to one. Outside strings JSON holds none of them, so a
    /// pass over the scalars is exact. The audit chain keeps `quoted` as it is (its bytes are
    /// hashed); outputs pass their JSON through here.
    public static func escapingHidden(_ json: String) -> String {
        guard VisibleText.hasHidden(json) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, VisibleText.isHidden(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(
                    contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                        .unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
