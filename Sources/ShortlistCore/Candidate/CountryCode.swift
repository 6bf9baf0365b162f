import Foundation

/// A nationality as a two-letter country code in the EU's convention: Greece is `EL`
/// (ISO 3166 says `GR`) and the United Kingdom `UK` (ISO `GB`).
public struct CountryCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
{
    public let rawValue: String

    public init?(rawValue: String) {
        let upper = rawValue.trimmingCharacters(in: .whitespaces).uppercased()
        guard upper.count == 2,
            upper.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 })
        else { return nil }
        self.rawValue = Self.isoToEU[upper] ?? upper
    }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    private static let isoToEU = ["GR": "EL", "GB": "UK"]

    /// The 27 member states of the European Union, in EU codes.
    public static let euMemberStates: [CountryCode] = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ].map { CountryCode(rawValue: $0)! }

    /// Parses `ES;EL` (any case, `GR` accepted); nil when any entry is not a code.
    public static func parseList(_ text: String) -> [CountryCode]? {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var codes: [CountryCode] = []
        for part in parts {
            guard let code = CountryCode(rawValue: part) else { return nil }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
