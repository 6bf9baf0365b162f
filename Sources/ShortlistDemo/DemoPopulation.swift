import Foundation
import ShortlistCore

/// A deterministic, realistic population of applicants for the demo and the benchmarks.
///
/// Candidate `i` depends only on `(seed, i)`, so callers can stream any number of candidates in
/// batches, in any order, and get the same people on every run and machine. Names come from
/// all 27 member states in their own scripts (and from a few countries outside the Union),
/// fields agree with each other (age, degree, experience, employer, CV), and a small share of
/// records carry the gaps and typos of real exports.
public struct DemoPopulation: Sendable {
    let seed: UInt64

    public init(seed: UInt64 = 2025) {
        self.seed = seed
    }

    /// Deterministic for (seed, index); index 0-based; applicationID "APP-" + 7-digit (index+1),
    /// e.g. APP-0000001.
    public func candidate(at index: Int) -> Candidate {
        let person = self.person(at: index)
        let plan = person.plan
        let career = plan.career

        var contact = random(index, .contact)
        let email = person.email(&contact)
        let castID =
            contact.chance(10) ? nil : "CAST0" + DemoFormat.padded(contact.below(10_000_000), 7)

        var motivationFiller = DemoFiller(
            topics: plan.domain.topics, tools: plan.domain.skills,
            organisations: DemoOrganisations.employers(of: plan.country.code),
            firstYear: career.careerStartYear, random: random(index, .motivation))
        motivationFiller.years = career.experienceTenths / 10
        motivationFiller.employer = plan.employer?.name ?? ""
        let cv = DemoCV.text(plan, random(index, .cv))

        var submission = random(index, .submission)
        var candidate = Candidate(
            applicationID: ApplicationID("APP-" + DemoFormat.padded(index + 1, 7)),
            castRegistrationID: castID,
            surname: person.name.surname,
            givenNames: person.name.givenNames,
            nationalities: .value(person.nationalities),
            email: email,
            dateOfBirth: .value(career.birth),
            submittedAt: .value(DemoSubmission.timestamp(country: plan.country, &submission)),
            functionGroup: .value(person.functionGroup),
            castProfile: person.castProfile,
            castStatus: .value(person.castStatus),
            educationLevel: .value(career.education),
            educationYears: .value(career.educationYears),
            degreeField: plan.field?.name,
            diplomaRecognised: .value(person.diplomaRecognised),
            languages: .value(person.languages),
            militaryService: .value(person.military),
            yearsExperience: .value(Double(career.experienceTenths) / 10),
            currentEmployer: plan.employer?.name,
            cvText: cv,
            motivation: DemoMotivation.text(plan, &motivationFiller))

        var defects = random(index, .defects)
        DemoDefects.apply(to: &candidate, &defects)
        return candidate
    }

    /// Whether candidate `index`'s CV was written to show the call's desired criteria (for
    /// tests that check the CV text independently).
    func showsEvidence(at index: Int) -> Bool { person(at: index).plan.showsEvidence }

    // MARK: The person behind the record

    /// Each part of a candidate draws from its own stream (see `DemoRandom`).
    enum Stream: UInt64 {
        case identity = 1
        case career, languages, contact, cv, motivation, submission, defects
    }

    func random(_ index: Int, _ stream: Stream) -> DemoRandom {
        DemoRandom(seed: seed, index: index, stream: stream.rawValue)
    }

    struct Person {
        let name: DemoName
        let nationalities: [CountryCode]
        let plan: DemoCVPlan
        let languages: [LanguageSkill]
        let military: MilitaryService
        let functionGroup: FunctionGroup
        let castStatus: CASTStatus
        let castProfile: String
        let diplomaRecognised: Bool

        func email(_ random: inout DemoRandom) -> String? {
            if random.chance(10) { return nil }
            var local = name.emailLocalPart
            if local.utf8.count < 3 { local = "applicant" }
            if random.chance(550) { local += String(random.inRange(1...999)) }
            return local + "@" + random.pick(DemoPopulation.mailDomains)
        }
    }

    static let mailDomains = [
        "example.org", "example.com", "example.net", "mail.example.com", "post.example.org",
    ]

    func person(at index: Int) -> Person {
        precondition(index >= 0, "demo candidates are numbered from 0")
        var identity = random(index, .identity)
        let country = DemoCountry.weighted.pick(&identity)
        let pool = country.pools.pick(&identity)
        let isFemale = identity.chance(500)
        let name = pool.name(female: isFemale, latinPerMille: country.latinPerMille, &identity)
        var nationalities = [country.countryCode]
        if !country.otherNationalities.isEmpty, identity.chance(35) {
            nationalities.append(identity.pick(country.otherNationalities))
        }

        var r = random(index, .career)
        let career = DemoCareer(&r)
        let (domain, addOn) = Self.domain(for: career.education, &r)
        let field = Self.field(career.education, domain, &r)
        let employer = r.chance(80) ? nil : Self.employer(country, &r)
        let functionGroup = Self.functionGroup(career.education, &r)
        let castProfile = Self.castProfile(functionGroup, domain, &r)
        let castStatus: CASTStatus = r.chance(680) ? .passed : .registered
        let recognised = !r.chance(35)
        let military = Self.military(country, isFemale: isFemale, birthYear: career.birth.year, &r)
        let cvLanguage: DemoCVLanguage =
            switch pool.language {
            case "fr" where r.chance(120): .french
            case "de" where r.chance(120): .german
            case "lb" where r.chance(200): r.chance(500) ? .french : .german
            default: .english
            }

        var languageRandom = random(index, .languages)
        let languages = DemoLanguages.profile(country: country, pool: pool, &languageRandom)

        let plan = DemoCVPlan(
            domain: domain, evidenceAddOn: addOn, career: career, isFemale: isFemale,
            country: country, motherTongue: pool.language, employer: employer, field: field,
            language: cvLanguage)
        return Person(
            name: name, nationalities: nationalities, plan: plan, languages: languages,
            military: military, functionGroup: functionGroup, castStatus: castStatus,
            castProfile: castProfile, diplomaRecognised: recognised)
    }

    // MARK: Choices that must agree with each other

    /// About one CV in seven shows the desired criteria: one graduate in eight works in an AI
    /// or Digital Twin domain, and a few others mention such work in passing. The Bool says
    /// whether this CV gains such a line (`DemoCVPlan.evidenceAddOn`).
    private static func domain(
        for education: EducationLevel, _ r: inout DemoRandom
    ) -> (DemoDomain, Bool) {
        if education <= .postSecondary {
            let domain =
                r.chance(750)
                ? r.pick(DemoDomain.supportDomains) : r.pick(DemoDomain.graduateDomains)
            return (domain, r.chance(30))
        }
        if r.chance(125) { return (r.pick(DemoDomain.evidenceDomains), false) }
        let domain =
            r.chance(30) ? r.pick(DemoDomain.supportDomains) : r.pick(DemoDomain.graduateDomains)
        return (domain, r.chance(60))
    }

    private static func field(
        _ education: EducationLevel, _ domain: DemoDomain, _ r: inout DemoRandom
    ) -> DemoDegreeField? {
        switch education {
        case .secondary: return nil
        case .postSecondary:
            let own = domain.fields.first?.kind == .vocational ? domain.fields : []
            return own.isEmpty || r.chance(300) ? r.pick(DemoDegreeField.vocational) : r.pick(own)
        default:
            let own = domain.fields.first?.kind == .vocational ? [] : domain.fields
            return own.isEmpty || r.chance(280) ? r.pick(DemoDegreeField.general) : r.pick(own)
        }
    }

    private static func employer(_ country: DemoCountry, _ r: inout DemoRandom) -> DemoOrganisation
    {
        let x = r.below(100)
        if x < 50 { return r.pick(DemoOrganisations.employers(of: country.code)) }
        if x < 75 { return r.pick(DemoOrganisations.euBodies) }
        return r.pick(DemoOrganisations.international)
    }

    private static func functionGroup(_ education: EducationLevel, _ r: inout DemoRandom)
        -> FunctionGroup
    {
        switch education {
        case .secondary: secondaryGroups.pick(&r)
        case .postSecondary: postSecondaryGroups.pick(&r)
        default: graduateGroups.pick(&r)
        }
    }

    private static let secondaryGroups = DemoWeighted<FunctionGroup>([
        (.i, 40), (.ii, 45), (.iii, 15),
    ])
    private static let postSecondaryGroups = DemoWeighted<FunctionGroup>([
        (.i, 15), (.ii, 40), (.iii, 35), (.iv, 10),
    ])
    private static let graduateGroups = DemoWeighted<FunctionGroup>([
        (.iv, 48), (.iii, 30), (.ii, 14), (.i, 8),
    ])

    /// EPSO's CAST profiles differ by function group; the candidate's own field wins where the
    /// group offers it.
    private static func castProfile(
        _ group: FunctionGroup, _ domain: DemoDomain, _ r: inout DemoRandom
    ) -> String {
        let offered = castProfiles[group.rawValue - 1]
        let matching = domain.castProfiles.filter(offered.contains)
        return !matching.isEmpty && r.chance(800) ? r.pick(matching) : r.pick(offered)
    }

    private static let castProfiles: [[String]] = [
        ["Manual and administrative support workers", "Drivers", "Administrative support"],
        [
            "Secretaries/Clerks", "Administrative support", "Financial assistants",
            "Technical support",
        ],
        [
            "Administration/Finance", "Communication", "Information and Communication Technology",
            "Project/Programme Management", "Technical support", "Financial assistants",
        ],
        [
            "Political Affairs/EU Policies", "Law", "Economics", "Finance", "Audit",
            "Communication",
            "Information and Communication Technology", "Project/Programme Management", "Research",
        ],
    ]

    private static func military(
        _ country: DemoCountry, isFemale: Bool, birthYear: Int, _ r: inout DemoRandom
    ) -> MilitaryService {
        // A second nationality's call-up not yet settled, or a deferment that ran out.
        if r.chance(10) { return .pending }
        switch country.conscription {
        case .none:
            return .notApplicable
        case .past(let lastBirthYear):
            if isFemale || birthYear > lastBirthYear { return .notApplicable }
            let x = r.below(100)
            return x < 45 ? .fulfilled : x < 70 ? .exempt : .notApplicable
        case .current:
            if isFemale { return r.chance(960) ? .notApplicable : .exempt }
            if DemoCareer.currentYear - birthYear < 27, r.chance(120) { return .pending }
            let x = r.below(100)
            return x < 62 ? .fulfilled : x < 88 ? .exempt : .notApplicable
        }
    }
}
