import Foundation
import ShortlistCore

/// Whether a country's young men are (or were) called up, which decides the military field.
enum DemoConscription: Sendable {
    case none
    /// Abolished or suspended: men born up to this year may have served.
    case past(lastBirthYear: Int)
    case current
}

/// Everything the generator needs to know about a candidate's (first) nationality.
struct DemoCountry: Sendable {
    let code: String
    let countryCode: CountryCode
    /// Relative share among applicants, in tenths of a percent.
    let weight: Int
    let pools: DemoWeighted<DemoNamePool>
    /// Winter-time offset of the candidate's clock on 2 December.
    let utcOffsetMinutes: Int
    let conscription: DemoConscription
    /// Languages people from here often learn besides English, most likely first.
    let languages: [String]
    /// Second nationalities seen among applicants from here.
    let otherNationalities: [CountryCode]
    /// Share (per mille) of people writing a Greek/Cyrillic/CJK name in Latin letters.
    let latinPerMille: Int

    init(
        _ code: String, weight: Int, _ pools: [(DemoNamePool, Int)], offset: Int,
        conscription: DemoConscription = .none, languages: [String], others: [String] = [],
        latinPerMille: Int = 0
    ) {
        self.code = code
        self.countryCode = CountryCode(rawValue: code)!
        self.weight = weight
        self.pools = DemoWeighted(pools)
        self.utcOffsetMinutes = offset
        self.conscription = conscription
        self.languages = languages
        self.otherNationalities = others.map { CountryCode(rawValue: $0)! }
        self.latinPerMille = latinPerMille
    }

    private static let cet = 60
    private static let eet = 120

    /// Shares follow what EU selection panels typically see: large southern and Belgian
    /// contingents, every member state present, a few percent from outside the Union.
    static let all: [DemoCountry] = [
        DemoCountry(
            "IT", weight: 120, [(.italian, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1985), languages: ["fr", "es", "de", "pt"],
            others: ["AR", "BR", "CH", "US", "FR"]),
        DemoCountry(
            "ES", weight: 100, [(.spanish, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1982), languages: ["fr", "it", "pt", "de", "ca"],
            others: ["AR", "MX", "VE", "FR"]),
        DemoCountry(
            "EL", weight: 80, [(.greek, 1)], offset: eet, conscription: .current,
            languages: ["fr", "de", "it", "es"], others: ["CY", "US", "AU"], latinPerMille: 150),
        DemoCountry(
            "BE", weight: 70, [(.belgianDutch, 55), (.belgianFrench, 45)], offset: cet,
            conscription: .past(lastBirthYear: 1975), languages: ["de", "es", "it"],
            others: ["FR", "NL", "IT", "MA"]),
        DemoCountry(
            "FR", weight: 70, [(.french, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1978), languages: ["es", "de", "it", "ar", "pt"],
            others: ["DE", "BE", "CA", "MA"]),
        DemoCountry(
            "DE", weight: 70, [(.german, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1992),
            languages: ["fr", "es", "it", "ru", "pl", "tr", "nl"],
            others: ["FR", "AT", "TR", "PL", "US"]),
        DemoCountry(
            "PL", weight: 60, [(.polish, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1990), languages: ["de", "ru", "fr", "es", "uk"],
            others: ["DE", "UK"]),
        DemoCountry(
            "RO", weight: 50, [(.romanian, 1)], offset: eet,
            conscription: .past(lastBirthYear: 1988), languages: ["fr", "it", "es", "hu", "de"],
            others: ["MD", "HU"]),
        DemoCountry(
            "PT", weight: 40, [(.portuguese, 1)], offset: 0,
            conscription: .past(lastBirthYear: 1985), languages: ["es", "fr", "it", "de"],
            others: ["BR", "AO", "FR"]),
        DemoCountry(
            "NL", weight: 30, [(.dutch, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1977), languages: ["de", "fr", "es"],
            others: ["BE", "UK"]),
        DemoCountry(
            "BG", weight: 30, [(.bulgarian, 1)], offset: eet,
            conscription: .past(lastBirthYear: 1989), languages: ["ru", "de", "fr", "es", "el"],
            others: ["MK"], latinPerMille: 150),
        DemoCountry(
            "HU", weight: 25, [(.hungarian, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1985), languages: ["de", "fr", "ro", "sk"],
            others: ["RO", "SK"]),
        DemoCountry(
            "IE", weight: 25, [(.irish, 1)], offset: 0, languages: ["ga", "fr", "de", "es"],
            others: ["UK", "US"]),
        DemoCountry(
            "CZ", weight: 20, [(.czech, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1986), languages: ["de", "sk", "ru", "fr", "es"],
            others: ["SK"]),
        DemoCountry(
            "HR", weight: 20, [(.croatian, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1989), languages: ["de", "it", "sl", "hu"],
            others: ["BA"]),
        DemoCountry(
            "SK", weight: 15, [(.slovak, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1987), languages: ["cs", "de", "hu", "ru"],
            others: ["CZ", "HU"]),
        DemoCountry(
            "SI", weight: 15, [(.slovenian, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1984), languages: ["hr", "de", "it", "sr"],
            others: ["HR"]),
        DemoCountry(
            "AT", weight: 15, [(.austrian, 1)], offset: cet, conscription: .current,
            languages: ["it", "fr", "es", "hu", "cs", "sl"], others: ["DE", "IT"]),
        DemoCountry(
            "SE", weight: 15, [(.swedish, 1)], offset: cet, conscription: .current,
            languages: ["de", "fr", "es", "no", "da", "fi"], others: ["FI", "NO"]),
        DemoCountry(
            "FI", weight: 15, [(.finnish, 1)], offset: eet, conscription: .current,
            languages: ["sv", "de", "fr", "es", "ru"], others: ["SE"]),
        DemoCountry(
            "DK", weight: 12, [(.danish, 1)], offset: cet, conscription: .current,
            languages: ["de", "sv", "no", "fr", "es"], others: ["DE"]),
        DemoCountry(
            "LT", weight: 12, [(.lithuanian, 1)], offset: eet, conscription: .current,
            languages: ["ru", "pl", "de", "lv"], others: ["PL"]),
        DemoCountry(
            "LV", weight: 10, [(.latvian, 85), (.balticRussian, 15)], offset: eet,
            conscription: .current, languages: ["ru", "lt", "de"], others: ["RU"]),
        DemoCountry(
            "EE", weight: 10, [(.estonian, 85), (.balticRussian, 15)], offset: eet,
            conscription: .current, languages: ["ru", "fi", "de", "fr"], others: ["FI"]),
        DemoCountry(
            "CY", weight: 10, [(.cypriot, 1)], offset: eet, conscription: .current,
            languages: ["fr", "de", "ru", "tr"], others: ["EL", "UK"], latinPerMille: 120),
        DemoCountry(
            "LU", weight: 8, [(.luxembourgish, 1)], offset: cet,
            languages: ["pt", "nl", "it"], others: ["PT", "BE", "FR"]),
        DemoCountry(
            "MT", weight: 8, [(.maltese, 1)], offset: cet,
            languages: ["it", "fr", "es", "de"], others: ["UK", "AU"]),
        // Outside the Union.
        DemoCountry(
            "UA", weight: 8, [(.ukrainian, 1)], offset: eet, conscription: .current,
            languages: ["ru", "pl", "de"], others: ["PL"], latinPerMille: 300),
        DemoCountry(
            "UK", weight: 6, [(.british, 1)], offset: 0, languages: ["fr", "de", "es", "it"],
            others: ["IE"]),
        DemoCountry(
            "CH", weight: 4, [(.swissGerman, 60), (.swissFrench, 40)], offset: cet,
            conscription: .current, languages: ["fr", "de", "it"], others: ["IT", "DE", "FR"]),
        DemoCountry(
            "US", weight: 4, [(.american, 1)], offset: -300, languages: ["es", "fr", "de"],
            others: ["IE", "IT"]),
        DemoCountry(
            "NO", weight: 3, [(.norwegian, 1)], offset: cet, conscription: .current,
            languages: ["sv", "da", "de", "fr"], others: []),
        DemoCountry(
            "TR", weight: 3, [(.turkish, 1)], offset: 180, conscription: .current,
            languages: ["de", "fr", "ar"], others: ["DE"]),
        DemoCountry(
            "RS", weight: 3, [(.serbian, 1)], offset: cet,
            conscription: .past(lastBirthYear: 1992), languages: ["ru", "de", "hr", "fr"],
            others: ["HR"], latinPerMille: 450),
        DemoCountry(
            "CN", weight: 2, [(.chinese, 1)], offset: 480, languages: ["fr", "de", "ja"],
            others: [], latinPerMille: 300),
        DemoCountry(
            "JP", weight: 2, [(.japanese, 1)], offset: 540, languages: ["fr", "de", "zh"],
            others: [], latinPerMille: 300),
    ]

    static let weighted = DemoWeighted(all.map { ($0, $0.weight) })
}
