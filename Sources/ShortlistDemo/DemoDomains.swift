import Foundation
import ShortlistCore

/// A professional profile a CV is written around: what the person calls themselves, the jobs
/// they held, the topics they keep coming back to, and the things they did.
struct DemoDomain: Sendable {
    /// Key for the French and German phrase pools.
    let id: String
    /// True when the CV shows the call's desired criteria (AI fundamentals, led AI or Digital
    /// Twin initiatives). Every topic and bullet of such a domain says so in plain words;
    /// no text of any other domain does.
    let isEvidence: Bool
    /// Lower case, as in "experienced policy officer"; capitalised at a sentence start.
    let professions: [String]
    let roles: [String]
    let topics: [String]
    let bullets: [DemoTemplate]
    let skills: [String]
    /// Degree subjects; all vocational for the support domains, none vocational otherwise.
    let fields: [DemoDegreeField]
    let castProfiles: [String]

    init(
        _ id: String, evidence: Bool = false, professions: String, roles: String, topics: String,
        skills: String, fields: String, castProfiles: String, bullets: [String]
    ) {
        self.id = id
        self.isEvidence = evidence
        self.professions = DemoList.entries(professions)
        self.roles = DemoList.entries(roles)
        self.topics = DemoList.entries(topics)
        self.skills = DemoList.entries(skills)
        self.fields = DemoDegreeField.list(fields)
        self.castProfiles = DemoList.entries(castProfiles)
        self.bullets = DemoTemplate.list(bullets)
    }

    static let evidenceDomains: [DemoDomain] = [
        .aiPolicy, .machineLearning, .digitalTwins, .aiDisasterResponse, .aiPublicServices,
    ]

    static let graduateDomains: [DemoDomain] = [
        .procurement, .climateAdaptation, .smartCities, .communication, .finance, .legal,
        .humanResources, .audit, .statistics, .energy, .mobility, .cybersecurity,
        .regionalPolicy, .researchGrants, .softwareEngineering, .spatialPlanning, .civilProtection,
        .agriFood, .digitalSkills,
    ]

    /// Profiles of people without a university degree (function groups I–III).
    static let supportDomains: [DemoDomain] = [
        .administrativeSupport, .itSupport, .financialAssistance,
    ]
}

/// Phrases any CV may use, whatever its domain. None of them mentions AI or Digital Twins.
enum DemoCommonPhrases {
    static let bullets = DemoTemplate.list([
        "Ensured stakeholder management with national authorities, industry and civil society on {topic}.",
        "Drafted terms of reference and evaluation grids for {n} calls for tenders related to {topic}.",
        "Prepared briefings, speaking points and lines to take on {topic} for the {Director|Head of Unit|Deputy Director-General|Minister|Mayor}.",
        "Acted as liaison between the technical team and the steering committee, preparing minutes, risk registers and lessons-learned reports.",
        "Managed a portfolio of {n} projects on {topic} with a total budget of {eur}.",
        "Represented {org} in {n} international working groups and conferences on {topic}.",
        "Organised {n} stakeholder workshops in {city} and online, with up to {big} participants.",
        "Supported the digital transformation of back-office processes, cutting processing time by {pct}%.",
        "Coordinated an EU Twinning project with the {country} {ministry of finance|ministry of environment|national statistics office|ministry of regional development} on {topic}.",
        "Translated complex technical findings on {topic} into clear, actionable requirements for {n} business owners.",
        "Worked in an interdisciplinary team of {people} engineers, lawyers and economists to align technical specifications with policy objectives.",
        "Wrote and maintained documentation, user stories and acceptance criteria for internal tools built on {tool}.",
        "Contributed to {n} policy briefs on {topic}, {two|three|several} of which were cited in Commission staff working documents.",
        "Monitored the implementation of {n} grant agreements on {topic} under {programme}, including on-the-spot checks.",
        "Prepared the financial and technical reporting for {aprogramme} project, including the final review with the Project Officer.",
        "Coached {people} junior colleagues and trainees, and organised the {unit's|team's|department's} induction programme.",
        "Set up a community of practice on {topic} with {big} members across {n} countries.",
        "Contributed to the twin green and digital transition strategy of {city}, focusing on {topic}.",
        "Chaired the {monthly|quarterly|weekly} coordination meeting of {n} {regional offices|national contact points|partner organisations} on {topic}.",
        "Designed KPIs and a {Power BI|Tableau|Qlik Sense} dashboard to follow progress on {topic}.",
        "Handled {n} requests for access to documents and parliamentary questions on {topic}.",
        "Drafted the {annual activity report|management plan|work programme} chapter on {topic}.",
        "Evaluated {n} project proposals on {topic} as an independent expert for {org}.",
        "Negotiated the consortium agreement of {aprogramme} project with {n} partners from {people} countries.",
        "Presented results on {topic} at {n} conferences, including the European Week of Regions and Cities.",
        "Followed up audit recommendations on {topic} and closed {n} of them ahead of schedule.",
        "Took part in the {city}–{city2} city twinning programme, hosting {n} study visits on {topic}.",
    ])

    /// What trainees and juniors did: smaller tasks, no budgets of millions.
    static let juniorBullets = DemoTemplate.list([
        "Supported the team in preparing {n} meetings, including agendas, minutes and follow-up lists.",
        "Researched and summarised literature and good practices on {topic} from {people} countries.",
        "Drafted first versions of briefings and replies to citizens' letters on {topic}.",
        "Updated the {topic} pages of the intranet and the stakeholder database.",
        "Helped organise a conference in {city} with {big} participants.",
        "Prepared data tables and charts on {topic} for the {annual report|management dashboard|newsletter}.",
        "Took part in the {trainee|graduate} project on {topic} and presented its results to the Director.",
    ])

    /// Generic lines for support staff, who rarely write policy sentences.
    static let supportBullets = DemoTemplate.list([
        "Answered up to {n} enquiries a day from staff and external contacts.",
        "Kept the filing plan and the retention schedule of the unit up to date.",
        "Trained {people} new colleagues in the team's procedures and tools.",
        "Organised the logistics of {n} missions and visits a year.",
        "Covered the front desk and the switchboard during peak periods.",
        "Helped prepare the unit's move to a paperless office, part of its digital transformation.",
        "Kept track of deadlines for {n} files and sent reminders to the responsible colleagues.",
        "Ordered office supplies and followed up deliveries with {people} suppliers.",
    ])

    /// Follow-up sentences of the summary paragraph.
    static let summaryTails = DemoTemplate.list([
        "Known for turning complex {topic} issues into clear, actionable proposals.",
        "Used to working in multilingual, interdisciplinary teams and reporting to senior management.",
        "Particularly interested in how {topic} can serve citizens and public administrations.",
        "Comfortable with both policy work and hands-on project delivery.",
        "Recently focused on {topic2}.",
        "Experienced in coordinating networks of {n} partners across the Union.",
        "Combines a {technical|legal|economic|scientific} background with strong drafting skills.",
        "Pragmatic, autonomous and a committed team player.",
        "Has worked with {people} Member States and the European Commission on {topic}.",
        "Enjoys building bridges between experts, managers and end users.",
        "Looking for a role where {topic} and European cooperation meet.",
        "Regularly drafts notes and reports in English and {French|German|Spanish|Italian}.",
    ])

    static let skills = [
        "MS Excel (advanced)", "SharePoint", "Jira", "Confluence", "ARES", "SYSPER", "ABAC",
        "SAP", "PM² (Foundation)", "PRINCE2 Foundation", "MS Project", "Power BI", "Tableau",
        "LaTeX", "Miro", "Trello", "EU Survey", "Compass Corporate", "SUMMA", "Drupal",
    ]

    static let certifications = [
        "PRINCE2 Practitioner", "PM² (Advanced)", "ITIL 4 Foundation", "Lean Six Sigma Green Belt",
        "Certified Internal Auditor (CIA)", "IPMA Level C", "Scrum Master (PSM I)",
        "CIPP/E (data protection)", "TOGAF 9 Foundation", "EPSO CAST preparation course",
    ]

    static let extras = DemoTemplate.list([
        "Volunteering: mentor at a local {coding club|refugee support group|youth football club|repair café} in {city}; organiser of \"Open Data Day {year}\".",
        "Publications: \"{Policy lessons from|Governance of|Measuring the impact of} {topic}\" ({year}), co-authored with colleagues from {org}.",
        "Driving licence B. Available to start at short notice; willing to relocate to Brussels, Luxembourg, Ispra or Seville.",
        "Other: Blue Book traineeship alumni network; member of the {city} chapter of Young European Federalists.",
        "Awards: {best project award|team award|innovation prize} of {org} ({year}).",
        "Teaching: guest lectures on {topic} at a {summer school|university|training academy} in {city} ({year}).",
        "Interests: {cycling|chess|choral singing|mountain hiking|sailing|urban gardening}, {photography|amateur theatre|long-distance running|volunteer firefighting|baking}.",
        "Mobility: Erasmus semester in {city}; summer school on {topic} in {city2}.",
        "Memberships: {European Evaluation Society|Young European Federalists|national bar association|IEEE|Regional Studies Association}.",
        "Digital skills: daily use of {tool}, collaborative platforms and video-conferencing tools.",
        "Training: {leadership for new managers|negotiation skills|advanced drafting in English|project management (PM²)} ({year}).",
    ])
}
