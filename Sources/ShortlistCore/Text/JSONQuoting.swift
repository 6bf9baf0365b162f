/// A string as a JSON string literal, the same bytes every time: the audit chain hashes them,
/// and exports must be byte-identical from one run to the next.
public enum JSONQuoting {
    public static func quoted(_ text: String) -> String {
        // Most texts need no escaping: say so after one pass over the bytes.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }) {
            return "\"" + text + "\""
        }
        var out = "\""
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
        return out + "\""
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
