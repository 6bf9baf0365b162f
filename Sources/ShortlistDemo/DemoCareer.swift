import Foundation
import ShortlistCore

/// A degree subject and the letters that go with it (BSc/MSc, BA/MA, LLB/LLM).
struct DemoDegreeField: Sendable {
    enum Kind: Sendable { case science, arts, law, business, vocational }
    let name: String
    let kind: Kind

    /// `S:Physics|A:History|L:Law|B:Finance|V:Secretarial Studies`.
    static func list(_ text: String) -> [DemoDegreeField] {
        DemoList.entries(text).map { entry in
            let kind: Kind =
                switch entry.first {
                case "S": .science
                case "A": .arts
                case "L": .law
                case "B": .business
                default: .vocational
                }
            return DemoDegreeField(name: String(entry.dropFirst(2)), kind: kind)
        }
    }

    static let general = list(
        """
        L:Law|S:Mathematics|A:International Relations|A:Sociology|S:Electrical Engineering
        B:Accounting|A:Public Administration|S:Environmental Science|S:Architecture
        S:Computer Science|A:Communication Studies|S:Civil Engineering|S:Urban Planning|S:Physics
        A:Political Science|B:Business Administration|S:Economics|S:Geoinformatics|A:Geography
        A:European Studies|S:Statistics|A:Journalism|A:Translation and Interpreting
        S:Mechanical Engineering|S:Telecommunications Engineering|B:Finance|A:Philosophy|A:History
        S:Chemistry|S:Agronomy|S:Public Health
        """)

    static let vocational = list(
        """
        V:Secretarial Studies|V:Office Administration|V:Network Technology|V:Bookkeeping
        V:Graphic Design|V:Logistics|V:Tourism Management|V:Electrical Installation
        V:Web Development|V:Legal Assistance
        """)
}

/// Birth, schooling and working life, kept consistent with each other: nobody holds a
/// doctorate at 24 or has more years of experience than years of adulthood.
struct DemoCareer {
    let birth: CalendarDate
    let education: EducationLevel
    let educationYears: Int
    let graduationYear: Int
    let careerStartYear: Int
    /// Years of professional experience, in tenths (one decimal place in the export).
    let experienceTenths: Int

    /// The panel reads CVs in December 2025.
    static let currentYear = 2025

    init(_ random: inout DemoRandom) {
        let year = Self.birthYears.pick(&random)
        let jan1 = CalendarDate(year: year, month: 1, day: 1)!.daysSinceEpoch
        let daysInYear = CalendarDate.daysIn(month: 2, year: year) == 29 ? 366 : 365
        birth = CalendarDate(daysSinceEpoch: jan1 + random.below(daysInYear))

        var level = Self.levels.pick(&random)
        var years = 0
        var graduation = 0
        while true {
            years = random.inRange(Self.yearsRange(level))
            let gap = random.chance(700) ? 0 : random.inRange(1...3)
            graduation = year + 6 + years + gap
            if graduation <= Self.currentYear || level == .secondary { break }
            level = EducationLevel(rawValue: level.rawValue - 1)!
        }
        education = level
        educationYears = years
        graduationYear = min(graduation, Self.currentYear)

        // Doctoral research usually counts as professional experience.
        let start = level == .doctorate && random.chance(500) ? graduationYear - 3 : graduationYear
        careerStartYear = start
        let months = (Self.currentYear - start) * 12 + 2
        let share = random.inRange(72...100)
        experienceTenths = max(0, months * share * 10 / 1200)
    }

    static func yearsRange(_ level: EducationLevel) -> ClosedRange<Int> {
        switch level {
        case .secondary: 12...13
        case .postSecondary: 14...15
        case .bachelor: 15...16
        case .master: 17...18
        case .doctorate: 20...22
        }
    }

    private static let levels = DemoWeighted<EducationLevel>([
        (.secondary, 6), (.postSecondary, 9), (.bachelor, 25), (.master, 45), (.doctorate, 15),
    ])

    /// Applicants cluster between their late twenties and mid-forties.
    private static let birthYears = DemoWeighted<Int>(
        (1960...2001).map { year in
            let weight =
                switch year {
                case ..<1970: 1
                case ..<1980: 3
                case ..<1990: 6
                case ..<1998: 7
                default: 3
                }
            return (year, weight)
        })
}
