import Foundation
import ShortlistCore

/// A value as text for the screen, and whether it is missing or unreadable in the data, or
/// withheld in blind mode (shown differently, and with a symbol or words, never by colour
/// alone).
struct FieldText: Equatable {
    enum Kind { case normal, missing, invalid, withheld }
    var text: String
    var kind: Kind

    static func normal(_ text: String) -> FieldText { FieldText(text: text, kind: .normal) }
    static let missing = FieldText(text: "—", kind: .missing)
    static let withheld = FieldText(text: withheldWords, kind: .withheld)
    static let withheldWords = "withheld in blind mode"

    init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Missing shows "—"; invalid shows "?" and the raw text, so that a typo is visible.
    init<T>(_ field: FieldValue<T>, _ format: (T) -> String) {
        switch field {
        case .value(let v): self = .normal(format(v))
        case .missing: self = .missing
        case .invalid(let raw): self.init(text: "?\(raw)", kind: .invalid)
        }
    }
}

enum CandidateFormat {
    static func nationalities(_ codes: [CountryCode]) -> String {
        codes.map(\.rawValue).joined(separator: ";")
    }

    static func languages(_ skills: [LanguageSkill]) -> String {
        skills.map { "\($0.language.rawValue.uppercased()):\($0.level)" }.joined(separator: " ")
    }

    static func educationShort(_ level: EducationLevel) -> String {
        level == .postSecondary ? "post-sec" : level.description
    }

    static func years(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func thousands(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}
