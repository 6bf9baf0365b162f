import Foundation

/// A nationality as a two-letter country code in the EU's convention: Greece is `EL`
/// (ISO 3166 says `GR`) and the United Kingdom `UK` (ISO `GB`).
public struct CountryCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
{
    public let rawValue: String

    public init?(rawValue: String) {
        let upper = rawValue.trimmingASCIISpaces().uppercased()
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

    /// Whether the code names a country: ISO 3166-1 alpha-2 (with XK for Kosovo) or the EU's
    /// `EL` and `UK`.
    public var isKnown: Bool { Self.known.contains(rawValue) }

    private static let known: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR \
        BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ \
        EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GD GE GF GG GH GI GL GM GN GP GQ GS GT GU GW GY \
        HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ \
        LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW \
        MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
        RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH \
        TJ TK TL TM TN TO TR TT TV TW TZ UA UG UK UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA \
        ZM ZW
        """.split(separator: " ").map { String($0) })

    /// Parses `ES;EL` (any case, `GR` accepted); nil when any entry is not a code.
    public static func parseList(_ text: String) -> [CountryCode]? {
        let parts = text.split(separator: ";").map { $0.trimmingASCIISpaces() }
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
