import Foundation

/// Folds text for matching and sorting the way a European reader expects: case and
/// diacritics ignored, and letters that Unicode does not decompose spelt out (ł→l, ß→ss).
public enum SearchFolding {
    /// Lower case, no combining marks, special letters replaced; Greek final sigma as sigma.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            if let replacement = special[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let special: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
        "ð": "d", "ħ": "h", "ŀ": "l", "ŧ": "t", "ĸ": "k", "ŋ": "n", "ſ": "s", "ς": "σ",
        "\u{2019}": "'", "\u{02BC}": "'",
    ]
}
