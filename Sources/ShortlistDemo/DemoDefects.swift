import Foundation
import ShortlistCore

/// The typos and gaps real exports carry: a small share of candidates get one missing or
/// unreadable field (rarely two), with the raw text a person would have typed, so that every
/// "needs check" path of the eligibility rules has cases to show.
enum DemoDefects {
    enum Kind: CaseIterable {
        case languagesInvalid, languagesMissing, birthInvalid, birthMissing, submittedInvalid,
            submittedMissing, nationalityMissing, nationalityInvalid, militaryMissing,
            militaryInvalid, diplomaInvalid, diplomaMissing, educationLevelInvalid,
            educationYearsInvalid, functionGroupInvalid, castStatusMissing, experienceInvalid
    }

    static func apply(to candidate: inout Candidate, _ random: inout DemoRandom) {
        let r = random.below(1_000)
        let count = r < 3 ? 2 : r < 23 ? 1 : 0
        for _ in 0..<count {
            apply(random.pick(Kind.allCases), to: &candidate, &random)
        }
    }

    static func apply(_ kind: Kind, to c: inout Candidate, _ random: inout DemoRandom) {
        switch kind {
        case .languagesInvalid:
            let text = c.languages.value.map(LanguageSkill.format) ?? "EN:C1"
            c.languages = .invalid(raw: corruptLanguages(text, &random))
        case .languagesMissing:
            c.languages = .missing
        case .birthInvalid:
            let d = c.dateOfBirth.value ?? CalendarDate(year: 1988, month: 12, day: 31)!
            let dd = DemoFormat.padded(d.day, 2)
            let mm = DemoFormat.padded(d.month, 2)
            let raw =
                switch random.below(3) {
                case 0: "\(dd)/\(mm)/\(d.year)"
                case 1: "\(dd).\(mm).\(d.year)"
                default: "\(d.year)-\(dd)-\(mm)"
                }
            // Day and month swapped is only unreadable after the 12th: else use slashes.
            c.dateOfBirth = .invalid(
                raw: CalendarDate(iso: raw) == nil ? raw : "\(dd)/\(mm)/\(d.year)")
        case .birthMissing:
            c.dateOfBirth = .missing
        case .submittedInvalid:
            c.submittedAt = .invalid(raw: offsetlessTimestamp(c.submittedAt.value, &random))
        case .submittedMissing:
            c.submittedAt = .missing
        case .nationalityMissing:
            c.nationalities = .missing
        case .nationalityInvalid:
            c.nationalities = .invalid(
                raw: random.pick([
                    "Greek", "ESP", "E.U.", "Italian/Argentinian", "Deutsch", "PT / BR",
                ]))
        case .militaryMissing:
            c.militaryService = .missing
        case .militaryInvalid:
            c.militaryService = .invalid(
                raw: random.pick(["done", "n/a (female)", "yes", "completed 2009", "civil service"])
            )
        case .diplomaInvalid:
            c.diplomaRecognised = .invalid(
                raw: random.pick(["maybe", "pending", "in progress", "unknown", "NARIC requested"]))
        case .diplomaMissing:
            c.diplomaRecognised = .missing
        case .educationLevelInvalid:
            c.educationLevel = .invalid(
                raw: random.pick([
                    "Master's degree", "MSc", "licence", "PhD (ongoing)", "university",
                ]))
        case .educationYearsInvalid:
            let years = c.educationYears.value ?? 16
            c.educationYears = .invalid(raw: random.chance(500) ? "\(years)+" : "approx. \(years)")
        case .functionGroupInvalid:
            c.functionGroup = .invalid(raw: random.pick(["AD5", "FG V", "IV/III", "AST3", "4b"]))
        case .castStatusMissing:
            c.castStatus = .missing
        case .experienceInvalid:
            let tenths = Int(((c.yearsExperience.value ?? 10) * 10).rounded())
            c.yearsExperience = .invalid(
                raw: random.chance(600)
                    ? "\(tenths / 10),\(tenths % 10)" : "about \(max(1, tenths / 10))")
        }
    }

    /// `EN:C1;FR:B2` → `EN:C3;FR:B2`, `EN:C1,FR:B2`, `English C1, French B2` and the like.
    private static func corruptLanguages(_ text: String, _ random: inout DemoRandom) -> String {
        switch random.below(3) {
        case 0:
            if let range = text.range(of: ":C2") ?? text.range(of: ":C1") ?? text.range(of: ":B2") {
                return text.replacingCharacters(in: range, with: ":C3")
            }
            return text + ";EN:C3"
        case 1 where text.contains(";"):
            return text.replacingOccurrences(of: ";", with: ", ")
        default:
            return text.replacingOccurrences(of: ":", with: " ") + " (see CV)"
        }
    }

    /// A local time without an offset, which the import must refuse to guess.
    private static func offsetlessTimestamp(_ timestamp: Timestamp?, _ random: inout DemoRandom)
        -> String
    {
        let t =
            timestamp
            ?? Timestamp(secondsSinceEpoch: DemoSubmission.deadline - 86_400, utcOffsetMinutes: 60)
        let local = t.secondsSinceEpoch + Int64(t.utcOffsetMinutes * 60)
        let date = CalendarDate(daysSinceEpoch: Int(local / 86_400))
        let seconds = Int(local % 86_400)
        let hh = DemoFormat.padded(seconds / 3_600, 2)
        let mi = DemoFormat.padded(seconds % 3_600 / 60, 2)
        let mm = DemoFormat.padded(date.month, 2)
        let dd = DemoFormat.padded(date.day, 2)
        return random.chance(600)
            ? "\(date.year)-\(mm)-\(dd) \(hh):\(mi)" : "\(dd)/\(mm)/\(date.year) \(hh):\(mi)"
    }
}
