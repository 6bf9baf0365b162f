import Foundation

/// A level of the Common European Framework of Reference for Languages, A1 lowest.
public enum CEFRLevel: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case a1 = 1, a2, b1, b2, c1, c2

    public init?(text: String) {
        switch text.trimmingASCIISpaces().uppercased() {
        case "A1": self = .a1
        case "A2": self = .a2
        case "B1": self = .b1
        case "B2": self = .b2
        case "C1": self = .c1
        case "C2": self = .c2
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .a1: "A1"
        case .a2: "A2"
        case .b1: "B1"
        case .b2: "B2"
        case .c1: "C1"
        case .c2: "C2"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// An ISO 639-1 language code, lower case (`en`, `el`, `ga`).
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible
{
    public let rawValue: String

    public init?(rawValue: String) {
        let lower = rawValue.trimmingASCIISpaces().lowercased()
        guard Self.iso639_1.contains(lower) else { return nil }
        self.rawValue = lower
    }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The 24 official languages of the European Union.
    public static let euOfficial: [LanguageCode] = [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
        "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    ].map { LanguageCode(rawValue: $0)! }

    public var isEUOfficial: Bool { Self.euOfficial.contains(self) }

    public static let iso639_1: Set<String> = Set(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
        da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu \
        hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb \
        lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om \
        or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw \
        ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(separator: " ").map(String.init))
}

/// One language a candidate declares, with a level.
public struct LanguageSkill: Hashable, Sendable, CustomStringConvertible {
    public var language: LanguageCode
    public var level: CEFRLevel

    public init(_ language: LanguageCode, _ level: CEFRLevel) {
        self.language = language
        self.level = level
    }

    /// `EN:C1`, as in the import format (codes shown in upper case).
    public var description: String { "\(language.rawValue.uppercased()):\(level)" }

    /// Parses `ES:C2;EN:C1` (the first is the mother tongue); nil when any pair is malformed.
    public static func parseList(_ text: String) -> [LanguageSkill]? {
        let parts = text.split(separator: ";").map { $0.trimmingASCIISpaces() }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var skills: [LanguageSkill] = []
        for part in parts {
            let pair = part.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, let code = LanguageCode(rawValue: String(pair[0])),
                let level = CEFRLevel(text: String(pair[1]))
            else { return nil }
            skills.append(LanguageSkill(code, level))
        }
        return skills
    }

    public static func format(_ skills: [LanguageSkill]) -> String {
        skills.map(\.description).joined(separator: ";")
    }
}
