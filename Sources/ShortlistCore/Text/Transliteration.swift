/// Latin spellings of Greek and Cyrillic names, for search: a panel member types
/// "papadopoulos" or "ivanova" and finds "Παπαδόπουλος" and "Иванова". Each name gets the
/// common romanisations (ELOT 743 and the phonetic spelling for Greek, the national systems
/// of Bulgarian, Russian, Ukrainian, Serbian and Macedonian for Cyrillic), folded like every
/// search column: lower case, no diacritics.
public enum Transliteration {
    /// The distinct Latin forms of `text`, space-separated; empty when it holds no Greek or
    /// Cyrillic letter (a Latin name is searched by its own spelling).
    public static func searchForms(_ text: String) -> String {
        searchForms(folded: SearchFolding.fold(text))
    }

    /// The same from text already passed through `SearchFolding.fold`.
    public static func searchForms(folded: String) -> String {
        guard folded.unicodeScalars.contains(where: isGreekOrCyrillic) else { return "" }
        var forms: [String] = []
        for variant in [0, 1] {
            let latin = romanise(folded, variant: variant)
            if !forms.contains(latin) { forms.append(latin) }
        }
        return forms.joined(separator: " ")
    }

    /// The official Latin spelling of Greek and Cyrillic text (ELOT 743 for Greek; the
    /// table below for Cyrillic), folded: lower case, no diacritics.
    public static func officialLatin(_ text: String) -> String {
        romanise(SearchFolding.fold(text), variant: 0)
    }

    /// The Latin spelling of each Cyrillic letter of folded text, that a country's own
    /// system changes in a few letters (Ukrainian г is h, Serbian ш is š).
    public static var cyrillicLetters: [Unicode.Scalar: String] { cyrillic }

    static func isGreekOrCyrillic(_ s: Unicode.Scalar) -> Bool {
        (0x0370...0x03FF).contains(s.value) || (0x0400...0x04FF).contains(s.value)
    }

    /// Variant 0 is the official spelling (ELOT 743; BG/RU/UK national systems), variant 1
    /// the spelling people also use (χ as h, μπ as b, ντ as d, х as kh, щ as shch, й as i).
    static func romanise(_ text: String, variant: Int) -> String {
        let s = Array(text.unicodeScalars)
        var out = ""
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k >= 0 && k < s.count ? s[k] : nil }
        func isLetter(_ k: Int) -> Bool { at(k).map { $0.properties.isAlphabetic } ?? false }
        while i < s.count {
            let c = s[i]
            let next = at(i + 1)
            let wordStart = !isLetter(i - 1)
            // Digraphs first (Greek ου, μπ…; Cyrillic ия).
            if let next, let pair = digraphs["\(c)\(next)"] {
                if pair.onlyAtWordStart && !wordStart {
                    // μπ, ντ inside a word: mp, nt.
                } else {
                    out += variant == 0 ? pair.official : pair.common
                    i += 2
                    continue
                }
            }
            if let single = greek[c] {
                out += variant == 1 ? (greekCommon[c] ?? single) : single
            } else if let single = cyrillic[c] {
                out += variant == 1 ? (cyrillicCommon[c] ?? single) : single
            } else {
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }

    struct Pair {
        var official: String
        var common: String
        var onlyAtWordStart = false
    }

    // Folded text has no tonos and σ for ς.
    static let digraphs: [String: Pair] = [
        "ου": Pair(official: "ou", common: "ou"),
        "αι": Pair(official: "ai", common: "e"),
        "ει": Pair(official: "ei", common: "i"),
        "οι": Pair(official: "oi", common: "i"),
        "αυ": Pair(official: "av", common: "af"),
        "ευ": Pair(official: "ev", common: "ef"),
        "γγ": Pair(official: "ng", common: "ng"),
        "γκ": Pair(official: "gk", common: "g"),
        "μπ": Pair(official: "b", common: "mp", onlyAtWordStart: true),
        "ντ": Pair(official: "d", common: "nt", onlyAtWordStart: true),
        // Cyrillic: Мария is Mariya officially and Maria as often; Дмитрий (folded и for й)
        // Dmitrii and Dmitry.
        "ия": Pair(official: "iya", common: "ia"),
        "ии": Pair(official: "ii", common: "y"),
    ]

    static let greek: [Unicode.Scalar: String] = [
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    ]
    static let greekCommon: [Unicode.Scalar: String] = [
        "χ": "h", "υ": "i", "β": "b", "δ": "d", "ξ": "ks",
    ]

    static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "sht", "ъ": "a", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Ukrainian, Belarusian, Serbian, Macedonian.
        "і": "i", "ґ": "g", "є": "ye", "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj",
        "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    ]
    /// Folding takes the breve off й and the diaeresis off ё and ї: they arrive as и, е, і.
    static let cyrillicCommon: [Unicode.Scalar: String] = [
        "х": "kh", "щ": "shch", "ъ": "", "ю": "iu", "я": "ia", "ц": "c", "ж": "z", "ч": "c",
        "ш": "s", "г": "h", "ђ": "d", "џ": "dz",
    ]
}
