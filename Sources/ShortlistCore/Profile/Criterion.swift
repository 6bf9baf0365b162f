import Foundation

/// A criterion's short name, e.g. `A1`, as members type it (`screen ID A1=met`).
public struct CriterionID: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Letters, digits, `_` and `-`: what can stand before `=` on a command line and as a bare
    /// TOML key.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { s in
                s.isASCII
                    && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_"
                        || s == "-")
            }
    }
}

/// The three kinds of selection criteria in a call for interest.
public enum CriterionGroup: String, CaseIterable, Sendable, CustomStringConvertible {
    /// What a candidate must show (A in the built-in call).
    case required
    /// What counts in a candidate's favour (B).
    case desired
    /// How the candidate works (C).
    case personalQualities = "personal_qualities"

    public var description: String { rawValue }

    /// As the call text heads the group.
    public var title: String {
        switch self {
        case .required: "Required"
        case .desired: "Desired"
        case .personalQualities: "Personal qualities"
        }
    }
}

/// A phrase whose presence in a CV the panel may look at as evidence for a criterion, in the
/// language it is written in.
public struct EvidencePhrase: Hashable, Sendable, CustomStringConvertible {
    public var language: LanguageCode
    public var text: String

    public init(_ language: LanguageCode, _ text: String) {
        self.language = language
        self.text = text
    }

    /// `de: digitaler Zwilling`
    public var description: String { "\(language.rawValue): \(text)" }
}

/// One selection criterion, assessed by the panel, never by the program.
public struct Criterion: Hashable, Sendable, Identifiable {
    public var id: CriterionID
    public var group: CriterionGroup
    /// The criterion as the call text words it.
    public var text: String
    /// Its share in the total: weight ÷ the sum of all weights. Always positive.
    public var weight: Double
    /// The mean mark (on the rating scale) a candidate must reach, if the criterion has one.
    public var passMark: Double?
    public var evidence: [EvidencePhrase]

    public init(
        id: CriterionID, group: CriterionGroup, text: String, weight: Double,
        passMark: Double? = nil, evidence: [EvidencePhrase] = []
    ) {
        self.id = id
        self.group = group
        self.text = text
        self.weight = weight
        self.passMark = passMark
        self.evidence = evidence
    }
}
