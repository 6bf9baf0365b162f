import Foundation
import ShortlistCore

/// Declared language skills: mother tongue first, English usually next, then what people from
/// the candidate's country tend to learn. A few profiles are built to fail the two-language
/// rule, and a very few list a language twice, as real forms do.
enum DemoLanguages {
    static func profile(
        country: DemoCountry, pool: DemoNamePool, _ random: inout DemoRandom
    ) -> [LanguageSkill] {
        var skills: [LanguageSkill] = [skill(pool.language, .c2)]
        func has(_ code: String) -> Bool { skills.contains { $0.language.rawValue == code } }
        func add(_ code: String, _ level: CEFRLevel) {
            if !has(code) { skills.append(skill(code, level)) }
        }

        // Only the mother tongue at C1 or above and nothing else at B2: the rule must fail.
        if random.chance(35) {
            if pool.language != "en" { add("en", random.chance(700) ? .b1 : .a2) }
            if random.chance(500) {
                add(random.pick(country.languages), random.chance(500) ? .b1 : .a2)
            }
            return skills
        }

        switch pool.language {
        case "lb":
            add(random.chance(500) ? "fr" : "de", .c2)
            add(has("fr") ? "de" : "fr", random.chance(600) ? .c1 : .c2)
        case "ru" where country.code == "EE":
            add("et", random.chance(600) ? .c1 : .b2)
        case "ru":
            add("lv", random.chance(600) ? .c1 : .b2)
        default:
            break
        }

        if pool.language != "en" { add("en", englishLevel(country: country.code, &random)) }

        switch country.code {
        case "IE" where random.chance(400): add("ga", random.pick([.b1, .b2, .c1, .c2]))
        case "FI" where random.chance(700): add("sv", random.pick([.b1, .b1, .b2, .c1]))
        case "BE":
            add(pool.language == "nl" ? "fr" : "nl", random.pick([.b1, .b2, .b2, .c1, .c1, .c2]))
        case "CH": add(pool.language == "de" ? "fr" : "de", random.pick([.b1, .b2, .c1]))
        case "UA" where random.chance(650): add("ru", random.pick([.c1, .c1, .c2, .b2]))
        case "EE", "LV", "LT", "BG":
            if pool.language != "ru", random.chance(350) {
                add("ru", random.pick([.b1, .b2, .c1, .c1]))
            }
        default: break
        }

        let extras = extraCount.pick(&random)
        var attempts = 0
        while skills.count < 1 + extras + 1, attempts < 8 {
            attempts += 1
            let code: String
            let r = random.below(100)
            if r < 60 {
                code = random.pick(country.languages)
            } else if r < 90 {
                code = random.pick(widelyLearned)
            } else {
                code = random.pick(nonEU)
            }
            add(code, otherLevel.pick(&random))
        }

        if skills.count > 2 {
            // Some people list their languages in the order they learnt them, not by level.
            if random.chance(250) { skills.swapAt(1, skills.count - 1) }
        }
        if skills.count > 1, random.chance(4) {
            // A form filled in twice for the same language, at two levels.
            let repeated = skills[1 + random.below(skills.count - 1)]
            let other: CEFRLevel = repeated.level == .b2 ? .c1 : .b2
            skills.append(LanguageSkill(repeated.language, other))
        }
        return skills
    }

    private static func skill(_ code: String, _ level: CEFRLevel) -> LanguageSkill {
        LanguageSkill(codes[code]!, level)
    }

    /// Parsed once: `LanguageCode(rawValue:)` trims and lower-cases, too slow per candidate.
    private static let codes: [String: LanguageCode] = Dictionary(
        uniqueKeysWithValues: LanguageCode.iso639_1.map { ($0, LanguageCode(rawValue: $0)!) })

    private static func englishLevel(country: String, _ random: inout DemoRandom) -> CEFRLevel {
        switch country {
        case "MT", "CY": return random.chance(600) ? .c2 : .c1
        case "NL", "DK", "SE", "FI", "NO": return englishStrong.pick(&random)
        default: return englishUsual.pick(&random)
        }
    }

    private static let englishUsual = DemoWeighted<CEFRLevel>([
        (.c2, 18), (.c1, 44), (.b2, 27), (.b1, 8), (.a2, 3),
    ])
    private static let englishStrong = DemoWeighted<CEFRLevel>([(.c2, 40), (.c1, 45), (.b2, 15)])
    private static let otherLevel = DemoWeighted<CEFRLevel>([
        (.c2, 5), (.c1, 17), (.b2, 27), (.b1, 25), (.a2, 18), (.a1, 8),
    ])
    private static let extraCount = DemoWeighted<Int>([(0, 28), (1, 38), (2, 23), (3, 11)])

    private static let widelyLearned = ["fr", "de", "es", "it", "nl", "pt", "pl", "el", "sv", "ro"]
    private static let nonEU = ["ru", "ar", "zh", "tr", "ja", "uk", "sr", "no", "he", "hi"]
}
