import Foundation
import ShortlistCore

/// What a CV is written from; decided by the population so that the CV agrees with the
/// candidate's other fields (employer, degree, years of experience).
struct DemoCVPlan {
    let domain: DemoDomain
    /// A CV of a non-evidence domain that still shows AI or Digital Twin work in one line.
    let evidenceAddOn: Bool
    let career: DemoCareer
    let isFemale: Bool
    let country: DemoCountry
    let motherTongue: String
    let employer: DemoOrganisation?
    let field: DemoDegreeField?
    let language: DemoCVLanguage

    var showsEvidence: Bool { domain.isEvidence || evidenceAddOn }
}

/// Builds the plain-text CV: a summary paragraph, "Professional experience" with dated
/// positions and bullet lines, an education and skills paragraph, and sometimes extras.
/// Between 1,200 and 3,500 characters.
enum DemoCV {
    static let minimumLength = 1_200
    static let maximumLength = 3_500

    private struct Position {
        var from: Int
        var to: Int?
        var role: String
        var organisation: DemoOrganisation
        var bullets: [String] = []
        /// A traineeship or first junior job.
        var isJunior = false
        /// "2019–present: Policy Officer, Comune di Milano, Milan"
        var header = ""
    }

    static func text(_ plan: DemoCVPlan, _ random: DemoRandom) -> String {
        let foreign: DemoForeignPhrases? =
            switch plan.language {
            case .english: nil
            case .french: .french
            case .german: .german
            }
        var filler = DemoFiller(
            topics: foreign?.topics(for: plan.domain) ?? plan.domain.topics,
            tools: plan.domain.skills,
            organisations: DemoOrganisations.employers(of: plan.country.code),
            firstYear: plan.career.careerStartYear, random: random)
        filler.language = plan.language
        filler.years = plan.career.experienceTenths / 10
        filler.field = plan.field?.name ?? ""
        filler.employer = plan.employer?.name ?? ""

        var positions = timeline(plan, foreign: foreign, &filler)
        filler.profession =
            foreign == nil ? filler.random.pick(plan.domain.professions) : positions[0].role
        fillBullets(&positions, plan: plan, foreign: foreign, &filler)

        let summary = summaryParagraph(plan, foreign: foreign, &filler)
        let education = educationParagraph(plan, foreign: foreign, &filler)
        var extras = extraLines(plan, foreign: foreign, &filler)
        if foreign == nil, filler.random.chance(250) { extras.append(references) }

        let heading = foreign?.experienceHeading ?? "Professional experience"
        for i in positions.indices { appendHeader(positions[i], foreign, to: &positions[i].header) }

        // Keep within bounds, measured in UTF-8 bytes without rendering: a character takes at
        // least one byte, so bytes bound characters from above. Drop bullets (keeping two per
        // job), then older jobs; or add extra lines.
        func length() -> Int {
            var total = summary.utf8.count + 2 + heading.utf8.count + 2 + education.utf8.count
            for p in positions {
                total += 1 + p.header.utf8.count
                for b in p.bullets { total += 3 + b.utf8.count }
            }
            for e in extras { total += 1 + e.utf8.count }
            return extras.isEmpty ? total : total + 1
        }
        while length() > maximumLength {
            if let i = positions.indices.last(where: { positions[$0].bullets.count > 2 }) {
                positions[i].bullets.removeLast()
            } else if positions.count > 2 {
                positions.removeLast()
            } else if !extras.isEmpty {
                extras.removeLast()
            } else {
                break
            }
        }
        func pad(below bytes: Int) {
            var attempts = 0
            while length() < bytes, attempts < 12 {
                attempts += 1
                let line = filler.render(filler.random.pick(DemoCommonPhrases.extras))
                if length() + line.utf8.count < maximumLength { addExtra(line, to: &extras) }
            }
        }
        pad(below: minimumLength + 300)

        func render() -> String {
            var out = ""
            out.reserveCapacity(length())
            out += summary
            out += "\n\n"
            out += heading
            for p in positions {
                out += "\n"
                out += p.header
                for b in p.bullets {
                    out += "\n- "
                    out += b
                }
            }
            out += "\n\n"
            out += education
            for (i, e) in extras.enumerated() {
                out += i == 0 ? "\n\n" : "\n"
                out += e
            }
            return out
        }
        var out = render()
        // Only text rich in non-Latin letters can fall short in characters; count just then,
        // by scalars (lead bytes): the pools hold precomposed letters, one scalar a character.
        let scalars = { out.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        if out.utf8.count < minimumLength + 350, scalars() < minimumLength + 20 {
            pad(below: length() + 300)
            out = render()
        }
        return out
    }

    private static func appendHeader(
        _ p: Position, _ foreign: DemoForeignPhrases?, to out: inout String
    ) {
        out += String(p.from)
        if p.to != p.from {
            out += "–"
            out += p.to.map(String.init) ?? foreign?.present ?? "present"
        }
        out += foreign?.yearSeparator ?? ": "
        out += p.role
        if p.organisation.name.hasPrefix("self-employed") {
            out += foreign == nil ? " (self-employed)" : " (freelance)"
        } else {
            out += ", "
            out += p.organisation.name
        }
        if !p.organisation.name.hasSuffix(p.organisation.city) {
            out += ", "
            out += p.organisation.city
        }
    }

    // MARK: Positions

    /// Jobs from the start of the career to now, newest first; the newest is the current
    /// employer when there is one.
    private static func timeline(
        _ plan: DemoCVPlan, foreign: DemoForeignPhrases?, _ filler: inout DemoFiller
    ) -> [Position] {
        let now = DemoCareer.currentYear
        let start = min(plan.career.careerStartYear, now)
        let span = now - start
        var count =
            switch span {
            case 20...: 4
            case 8...: filler.random.inRange(3...4)
            case 4...: filler.random.inRange(2...4)
            case 2...: filler.random.inRange(2...3)
            default: 2
            }
        var periods: [(from: Int, to: Int?)] = []
        if span >= 1 {
            count = min(count, span + 1)
            let cuts = filler.random.distinctIndices(count - 1, below: span).map { start + 1 + $0 }
                .sorted(by: >)
            periods.append((cuts[0], nil))
            for i in 1..<cuts.count { periods.append((cuts[i], cuts[i - 1])) }
            periods.append((start, cuts[cuts.count - 1]))
        } else {
            periods = [(start, nil), (start - 1, start)]
        }
        if plan.employer == nil { periods[0].to = now }

        var positions: [Position] = []
        for (i, period) in periods.enumerated() {
            let isFirstJob = i == periods.count - 1
            let junior = isFirstJob && (span <= 4 || filler.random.chance(300))
            var role: String
            var organisation: DemoOrganisation
            if junior, plan.career.education >= .bachelor, filler.random.chance(400) {
                role = traineeRole(foreign)
                organisation = filler.random.pick(DemoOrganisations.euBodies)
            } else if junior {
                role = juniorRole(foreign, plan.isFemale, &filler.random)
                organisation = otherOrganisation(plan, &filler.random)
            } else {
                // Heads and seniors only in the newest job of a long career.
                let mayLead = i == 0 && span >= 8
                role = seniorRole(plan, foreign, &filler.random)
                for _ in 0..<3 where role == positions.last?.role || (!mayLead && isLeading(role)) {
                    role = seniorRole(plan, foreign, &filler.random)
                }
                organisation =
                    (i == 0 ? plan.employer : nil) ?? otherOrganisation(plan, &filler.random)
            }
            positions.append(
                Position(
                    from: period.from, to: period.to, role: role, organisation: organisation,
                    isJunior: junior))
        }
        return positions
    }

    private static func seniorRole(
        _ plan: DemoCVPlan, _ foreign: DemoForeignPhrases?, _ random: inout DemoRandom
    ) -> String {
        guard let foreign else { return random.pick(plan.domain.roles) }
        let word = random.pick(foreign.roles)
        return plan.isFemale ? word.female : word.male
    }

    private static func isLeading(_ role: String) -> Bool {
        role.hasPrefix("Head") || role.hasPrefix("Senior") || role.hasPrefix("Lead")
            || role.hasPrefix("Teamleiter")
    }

    /// The Commission's paid traineeship, as each language calls it.
    private static func traineeRole(_ foreign: DemoForeignPhrases?) -> String {
        switch foreign?.language {
        case .french?: "Stage Livre bleu"
        case .german?: "Blue-Book-Praktikum"
        default: "Blue Book trainee"
        }
    }

    private static func juniorRole(
        _ foreign: DemoForeignPhrases?, _ isFemale: Bool, _ random: inout DemoRandom
    ) -> String {
        switch foreign?.language {
        case .french?:
            return random.pick([
                "Stagiaire", isFemale ? "Assistante de projet" : "Assistant de projet",
                isFemale ? "Consultante junior" : "Consultant junior",
            ])
        case .german?:
            return random.pick([
                "Praktikum", isFemale ? "Projektassistentin" : "Projektassistent",
                isFemale ? "Werkstudentin" : "Werkstudent",
            ])
        default: return random.pick(juniorRoles)
        }
    }

    private static let juniorRoles = [
        "Intern", "Junior Consultant", "Research Assistant", "Project Assistant", "Junior Analyst",
        "Graduate Trainee", "Junior Project Officer",
    ]

    private static func otherOrganisation(_ plan: DemoCVPlan, _ random: inout DemoRandom)
        -> DemoOrganisation
    {
        let r = random.below(100)
        if r < 50 { return random.pick(DemoOrganisations.employers(of: plan.country.code)) }
        if r < 72 { return random.pick(DemoOrganisations.euBodies) }
        return random.pick(DemoOrganisations.international)
    }

    private static func fillBullets(
        _ positions: inout [Position], plan: DemoCVPlan, foreign: DemoForeignPhrases?,
        _ filler: inout DemoFiller
    ) {
        let isSupport = DemoDomain.supportDomains.contains { $0.id == plan.domain.id }
        let own: [DemoTemplate]
        let common: [DemoTemplate]
        if let foreign {
            own = plan.domain.isEvidence ? foreign.evidenceBullets : []
            common = foreign.bullets
        } else {
            own = plan.domain.bullets
            common = isSupport ? DemoCommonPhrases.supportBullets : DemoCommonPhrases.bullets
        }
        let ownShare = isSupport ? 700 : 650
        var usedOwn: [Int] = []
        var usedCommon: [Int] = []
        var usedJunior: [Int] = []
        func draw(_ pool: [DemoTemplate], _ used: inout [Int], into position: inout Position)
            -> Bool
        {
            guard used.count < pool.count else { return false }
            var j = filler.random.below(pool.count)
            while used.contains(j) { j = (j + 1) % pool.count }
            used.append(j)
            position.bullets.append(filler.render(pool[j]))
            return true
        }
        let topics = filler.topics
        for i in positions.indices {
            // Nobody led an AI or Digital Twin project in 2005: older jobs of such CVs are about
            // something else.
            let anachronistic =
                plan.domain.isEvidence && (positions[i].to ?? DemoCareer.currentYear) < 2014
            filler.topics = anachronistic ? neutralTopics(foreign) : topics
            // A trainee's lines are their own, never the domain's big projects.
            let junior = positions[i].isJunior && foreign == nil
            let isLast = i == positions.count - 1
            let count =
                i == 0 || !isLast ? filler.random.inRange(3...4) : filler.random.inRange(2...4)
            for k in 0..<count {
                if junior {
                    _ = draw(DemoCommonPhrases.juniorBullets, &usedJunior, into: &positions[i])
                    continue
                }
                // The newest job opens with the domain's own work, so evidence is never buried.
                let preferOwn =
                    !anachronistic && ((i == 0 && k == 0) || filler.random.chance(ownShare))
                if !(preferOwn && draw(own, &usedOwn, into: &positions[i])) {
                    _ = draw(common, &usedCommon, into: &positions[i])
                }
            }
        }
        filler.topics = topics
        if plan.evidenceAddOn {
            let line =
                foreign.map { filler.render(filler.random.pick($0.evidenceBullets)) }
                ?? filler.render(filler.random.pick(DemoDomain.evidenceAddOns))
            let target =
                positions.count > 1 && (positions[1].to ?? 0) >= 2016 && filler.random.chance(400)
                ? 1 : 0
            positions[target].bullets.insert(
                line, at: filler.random.below(positions[target].bullets.count + 1))
        }
    }

    private static func neutralTopics(_ foreign: DemoForeignPhrases?) -> [String] {
        switch foreign?.language {
        case .french?:
            ["la coordination de projets", "la gestion des données", "les politiques publiques"]
        case .german?: ["Projektkoordination", "Datenmanagement", "öffentliche Verwaltung"]
        default:
            [
                "project coordination", "data management", "public sector innovation",
                "research funding",
            ]
        }
    }

    // MARK: Paragraphs

    private static func summaryParagraph(
        _ plan: DemoCVPlan, foreign: DemoForeignPhrases?, _ filler: inout DemoFiller
    ) -> String {
        var out = ""
        if let foreign {
            filler.append(filler.random.pick(foreign.summaries), to: &out)
            out += " "
            filler.append(filler.random.pick(foreign.tails), to: &out)
            return out
        }
        let openings: [DemoTemplate] =
            switch filler.years {
            case 0: plan.field == nil ? openingsNoField : graduateOpenings
            case 1: oneYearOpenings
            default: plan.field == nil || plan.employer == nil ? openingsNoField : openings
            }
        filler.append(filler.random.pick(openings), to: &out)
        let tails = filler.random.inRange(2...3)
        let first = filler.random.below(DemoCommonPhrases.summaryTails.count)
        for t in 0..<tails {
            out += " "
            filler.append(
                DemoCommonPhrases.summaryTails[
                    (first + t * 5) % DemoCommonPhrases.summaryTails.count], to: &out)
        }
        return out
    }

    private static let openingsNoField = DemoTemplate.list([
        "{Profession} with {years} years of experience in {topic} and {topic2}.",
        "{Profession} specialised in {topic}, with a strong background in {topic2}.",
        "Experienced {profession} working at the intersection of {topic} and {topic2}.",
        "{Profession} ({years} years of experience) focusing on {topic}.",
        "{Profession} with a track record of {years} years in {topic}.",
    ])

    private static let openings =
        openingsNoField
        + DemoTemplate.list([
            "{Profession} with a background in {field}; {years} years of experience in {topic}, most recently at {employer}.",
            "Trained in {field}, now a {profession} with {years} years of experience in {topic}.",
        ])

    private static let graduateOpenings = DemoTemplate.list([
        "Recent graduate in {field} with traineeship experience in {topic}.",
        "Junior {profession} with a degree in {field} and a strong interest in {topic}.",
    ])

    private static let oneYearOpenings = DemoTemplate.list([
        "{Profession} with one year of experience in {topic} and a background in {topic2}.",
        "Junior {profession} focusing on {topic}.",
    ])

    private static func educationParagraph(
        _ plan: DemoCVPlan, foreign: DemoForeignPhrases?, _ filler: inout DemoFiller
    ) -> String {
        let career = plan.career
        var out = foreign?.educationLabel ?? "Education: "
        if let foreign {
            out += foreign.degrees[career.education.rawValue - 1]
            if career.education >= .bachelor {
                out += ", "
                out += university(plan, &filler.random).name
            }
            out += " ("
            out += String(career.graduationYear)
            out += ")."
        } else {
            switch career.education {
            case .secondary:
                out += secondaryCertificate(plan)
                out += ", "
                out += filler.random.pick(DemoOrganisations.employers(of: plan.country.code)).city
            case .postSecondary:
                out += "Higher vocational diploma in "
                out += plan.field?.name ?? "Office Administration"
                out += ", "
                out += filler.random.pick(DemoOrganisations.employers(of: plan.country.code)).city
            case .bachelor, .master, .doctorate:
                appendDegree(career.education, plan.field, plan, &filler.random, to: &out)
            }
            out += " ("
            out += String(career.graduationYear)
            out += ")"
            if career.education >= .master, filler.random.chance(600) {
                let earlier: EducationLevel = career.education == .doctorate ? .master : .bachelor
                let field =
                    filler.random.chance(600)
                    ? plan.field : filler.random.pick(DemoDegreeField.general)
                out += "; "
                appendDegree(earlier, field, plan, &filler.random, to: &out)
                out += " ("
                out += String(career.graduationYear - (career.education == .doctorate ? 4 : 2))
                out += ")"
            }
            out += "."
        }
        out += "\n"
        out += foreign?.skillsLabel ?? "Skills: "
        let fromDomain = filler.random.inRange(2...min(4, plan.domain.skills.count))
        let fromCommon = filler.random.inRange(1...3)
        var skills: [String] = []
        for i in filler.random.distinctIndices(fromDomain, below: plan.domain.skills.count) {
            skills.append(plan.domain.skills[i])
        }
        for i in filler.random.distinctIndices(fromCommon, below: DemoCommonPhrases.skills.count) {
            let s = DemoCommonPhrases.skills[i]
            if !skills.contains(s) { skills.append(s) }
        }
        out += skills.joined(separator: ", ")
        out += "."
        return out
    }

    private static func appendDegree(
        _ level: EducationLevel, _ field: DemoDegreeField?, _ plan: DemoCVPlan,
        _ random: inout DemoRandom, to out: inout String
    ) {
        let kind = field?.kind ?? .science
        switch level {
        case .doctorate: out += "PhD"
        case .master:
            switch kind {
            case .science: out += "MSc"
            case .arts: out += "MA"
            case .law: out += "LLM"
            case .business, .vocational: out += "Master"
            }
        default:
            switch kind {
            case .science: out += "BSc"
            case .arts: out += "BA"
            case .law: out += "LLB"
            case .business, .vocational: out += "Bachelor"
            }
        }
        if level == .master, kind != .science, random.chance(80) {
            // The classic route into EU careers.
            out += " in European Studies, College of Europe, "
            out += random.chance(700) ? "Bruges" : "Natolin"
            return
        }
        out += " in "
        out += field?.name ?? "Economics"
        out += ", "
        out += university(plan, &random).name
    }

    private static func university(_ plan: DemoCVPlan, _ random: inout DemoRandom)
        -> DemoOrganisation
    {
        let home = DemoOrganisations.universities(of: plan.country.code)
        return random.chance(720) && !home.isEmpty
            ? random.pick(home) : random.pick(DemoOrganisations.abroadUniversities)
    }

    private static func secondaryCertificate(_ plan: DemoCVPlan) -> String {
        switch plan.motherTongue {
        case "de": plan.country.code == "AT" ? "Matura" : "Abitur"
        case "fr": "Baccalauréat"
        case "it": "Diploma di maturità"
        case "es": "Bachillerato"
        case "pl": "Matura"
        case "el": "Apolytirio (upper secondary)"
        case "pt": "Ensino secundário"
        case "nl": "VWO diploma"
        default: "Upper secondary school leaving certificate"
        }
    }

    private static func extraLines(
        _ plan: DemoCVPlan, foreign: DemoForeignPhrases?, _ filler: inout DemoFiller
    ) -> [String] {
        guard foreign == nil else { return [] }
        var lines: [String] = []
        if filler.random.chance(550) {
            let picks = filler.random.distinctIndices(
                filler.random.inRange(1...3), below: DemoCommonPhrases.certifications.count)
            lines.append(
                "Certifications: "
                    + picks.map { DemoCommonPhrases.certifications[$0] }.joined(separator: ", ")
                    + ".")
        }
        for _ in 0..<(filler.random.chance(600) ? filler.random.inRange(1...2) : 0) {
            addExtra(filler.render(filler.random.pick(DemoCommonPhrases.extras)), to: &lines)
        }
        if plan.showsEvidence, ["fr", "de", "lb"].contains(plan.motherTongue),
            filler.random.chance(300)
        {
            addExtra(filler.render(filler.random.pick(foreignEvidencePublications)), to: &lines)
        }
        return lines
    }

    private static let references = "References available on request."

    /// One line per kind ("Teaching: …" once), and the references line stays last.
    private static func addExtra(_ line: String, to lines: inout [String]) {
        let bytes = line.utf8
        let label = bytes[..<(bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.endIndex)]
        guard !lines.contains(where: { $0.utf8.starts(with: label) }) else { return }
        if lines.last == references {
            lines.insert(line, at: lines.count - 1)
        } else {
            lines.append(line)
        }
    }

    /// A French or German title in an English CV: evidence that an English-only search misses.
    private static let foreignEvidencePublications = DemoTemplate.list([
        "Publications: « Jumeaux numériques locaux : retour d'expérience de {city} » ({year}).",
        "Publications: « L'intelligence artificielle au service des collectivités » ({year}), with colleagues from {org}.",
        "Publications: „Digitaler Zwilling für Kommunen – Erfahrungen aus {city}“ ({year}).",
        "Publications: „Künstliche Intelligenz in der öffentlichen Verwaltung: ein Praxisleitfaden“ ({year}).",
    ])
}
