import Foundation
import ShortlistCore

/// A phrase with holes: `{topic}`, `{city}`, numbers, and inline choices `{a|b|c}`. Parsed once
/// when the pools load, so that filling one is a handful of appends.
struct DemoTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case slot(DemoSlot)
        case choice([String])
    }

    let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            let close = rest[open...].firstIndex(of: "}")!
            let inner = rest[rest.index(after: open)..<close]
            if inner.contains("|") {
                let options = inner.split(separator: "|", omittingEmptySubsequences: false)
                parts.append(.choice(options.map(String.init)))
            } else if let slot = DemoSlot(rawValue: String(inner)) {
                parts.append(.slot(slot))
            } else {
                preconditionFailure("unknown demo template slot {\(inner)} in: \(text)")
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    static func list(_ texts: [String]) -> [DemoTemplate] { texts.map(DemoTemplate.init) }

    func mentions(_ slot: DemoSlot) -> Bool {
        parts.contains { if case .slot(slot) = $0 { true } else { false } }
    }
}

enum DemoSlot: String, Sendable {
    /// One of the candidate's topics; `topic2` a different one where possible.
    case topic, topic2
    case city, city2
    /// Another organisation (partner, client, host of a working group), most often one from
    /// the candidate's country.
    case org
    /// A funding programme with its article: "a Horizon Europe", "an Interreg Europe".
    case aprogramme
    case programme
    /// Counts: 3–40, 100–4,900 (thousands separated), team sizes 3–15, percentages 10–60.
    case n, big, people, pct
    /// An amount such as "EUR 4.5 million".
    case eur
    /// A partner country outside the Union (Twinning, technical assistance).
    case country
    /// One of the candidate's tools.
    case tool
    /// A year within the candidate's career.
    case year
    /// What the candidate calls themselves; `Profession` capitalised for a sentence start.
    case profession
    case professionCapitalised = "Profession"
    /// Whole years of experience, the degree subject, the current employer.
    case years, field, employer
}

/// The language a CV is written in; it decides how numbers and amounts are spelt.
enum DemoCVLanguage: Sendable {
    case english, french, german
}

/// What a template is filled with for one candidate.
struct DemoFiller {
    var language: DemoCVLanguage = .english
    var topics: [String]
    var tools: [String]
    var organisations: [DemoOrganisation]
    var firstYear: Int
    var profession = ""
    var years = 0
    var field = ""
    var employer = ""
    var random: DemoRandom
    private var lastTopic = -1
    private var lastCity = -1

    init(
        topics: [String], tools: [String], organisations: [DemoOrganisation], firstYear: Int,
        random: DemoRandom
    ) {
        self.topics = topics
        self.tools = tools
        self.organisations = organisations
        self.firstYear = firstYear
        self.random = random
    }

    mutating func render(_ template: DemoTemplate) -> String {
        var out = ""
        append(template, to: &out)
        return out
    }

    mutating func append(_ template: DemoTemplate, to out: inout String) {
        for part in template.parts {
            switch part {
            case .text(let text): out += text
            case .choice(let options): out += random.pick(options)
            case .slot(let slot): appendSlot(slot, to: &out)
            }
        }
    }

    private mutating func appendSlot(_ slot: DemoSlot, to out: inout String) {
        switch slot {
        case .topic:
            lastTopic = random.below(topics.count)
            out += topics[lastTopic]
        case .topic2:
            var i = random.below(topics.count)
            if i == lastTopic, topics.count > 1 { i = (i + 1) % topics.count }
            out += topics[i]
        case .city:
            lastCity = random.below(DemoOrganisations.cities.count)
            out += DemoOrganisations.cities[lastCity]
        case .city2:
            let i = random.below(DemoOrganisations.cities.count - 1)
            out += DemoOrganisations.cities[i >= lastCity && lastCity >= 0 ? i + 1 : i]
        case .org:
            let r = random.below(10)
            let pool =
                r < 6
                ? organisations
                : r < 8 ? DemoOrganisations.euBodies : DemoOrganisations.international
            out += random.pick(pool).name
        case .aprogramme: out += random.pick(Self.programmesWithArticle)
        case .programme: out += random.pick(Self.programmes)
        case .n: out += String(random.inRange(3...40))
        case .big: DemoFormat.appendThousands(random.inRange(1...49) * 100, language, to: &out)
        case .people: out += String(random.inRange(3...15))
        case .pct: out += String(random.inRange(10...60))
        case .eur:
            DemoFormat.appendMillionsOfEuro(tenths: random.inRange(5...450), language, to: &out)
        case .country: out += random.pick(Self.partnerCountries)
        case .tool: out += random.pick(tools)
        case .year:
            out += String(
                random.inRange(min(firstYear, DemoCareer.currentYear)...DemoCareer.currentYear))
        case .profession: out += profession
        case .professionCapitalised:
            if let first = profession.first {
                out += first.uppercased()
                out += profession.dropFirst()
            }
        case .years: out += String(years)
        case .field: out += field
        case .employer: out += employer
        }
    }

    private static let programmes = [
        "Horizon Europe", "Horizon 2020", "Digital Europe Programme", "LIFE", "Interreg Europe",
        "Connecting Europe Facility", "ERDF", "ESF+", "Erasmus+",
        "Recovery and Resilience Facility",
        "EU4Health", "Technical Support Instrument", "Internal Security Fund", "Creative Europe",
        "Interreg Alpine Space", "Urban Innovative Actions",
    ]

    private static let programmesWithArticle = programmes.map { name in
        // "EU" is read "you": a EU4Health project, but an ERDF, an Interreg Europe project.
        let vowelSound = "AEIOU".contains(name.first!) && !name.hasPrefix("EU")
        return (vowelSound ? "an " : "a ") + name
    }

    private static let partnerCountries = [
        "Ukrainian", "Moldovan", "Georgian", "Albanian", "North Macedonian", "Montenegrin",
        "Serbian",
        "Armenian", "Tunisian", "Moroccan", "Jordanian", "Bosnian", "Kosovo",
    ]
}

/// Pools are written `a|b|c`, wrapped over several lines where long.
enum DemoList {
    static func entries(_ text: String) -> [String] {
        text.split { $0 == "|" || $0 == "\n" }.map(String.init)
    }
}

/// Number formatting without Foundation's locale-dependent formatters.
enum DemoFormat {
    /// `1234` → `1,234` (English), `1 234` (French), `1.234` (German).
    static func appendThousands(
        _ value: Int, _ language: DemoCVLanguage = .english, to out: inout String
    ) {
        if value >= 1000 {
            appendThousands(value / 1000, language, to: &out)
            switch language {
            case .english: out += ","
            case .french: out += "\u{202F}"
            case .german: out += "."
            }
            let rest = value % 1000
            if rest < 100 { out += "0" }
            if rest < 10 { out += "0" }
            out += String(rest)
        } else {
            out += String(value)
        }
    }

    /// `45` → `4.5` (or `4,5` where the comma is the decimal sign).
    static func appendTenths(
        _ tenths: Int, _ language: DemoCVLanguage = .english, to out: inout String
    ) {
        out += String(tenths / 10)
        out += language == .english ? "." : ","
        out += String(tenths % 10)
    }

    /// "EUR 4.5 million", "4,5 millions d'euros", "4,5 Mio. EUR".
    static func appendMillionsOfEuro(tenths: Int, _ language: DemoCVLanguage, to out: inout String)
    {
        switch language {
        case .english:
            out += "EUR "
            appendTenths(tenths, to: &out)
            out += " million"
        case .french:
            appendTenths(tenths, .french, to: &out)
            out += tenths < 20 ? " million d'euros" : " millions d'euros"
        case .german:
            appendTenths(tenths, .german, to: &out)
            out += " Mio. EUR"
        }
    }

    /// Zero-padded decimal, e.g. `padded(7, 2)` → `07`.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width
            ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
