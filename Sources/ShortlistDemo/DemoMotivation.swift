import Foundation
import ShortlistCore

/// The short motivation statement: one to three sentences, the first about the candidate's
/// own field.
enum DemoMotivation {
    static func text(_ plan: DemoCVPlan, _ filler: inout DemoFiller) -> String {
        switch plan.language {
        case .french: return filler.random.pick(french)
        case .german: return filler.random.pick(german)
        case .english: break
        }
        var out = ""
        let openings =
            plan.showsEvidence && filler.random.chance(500) ? evidenceOpenings : Self.openings
        filler.append(filler.random.pick(openings), to: &out)
        let more = filler.random.below(3)
        let first = filler.random.below(closings.count)
        for k in 0..<more {
            let template = closings[(first + k * 4) % closings.count]
            if plan.employer == nil, template.mentions(.employer) { continue }
            out += " "
            filler.append(template, to: &out)
        }
        return out
    }

    private static let openings = DemoTemplate.list([
        "I wish to contribute my experience in {topic} to the work of the European Commission.",
        "I believe my background in {topic}, together with my languages, fits the profile well.",
        "My goal: help cities and regions use {topic} responsibly, transparently and inclusively.",
        "Working for the European Commission on {topic} would allow me to serve citizens across the Union.",
        "After {years} years of work on {topic}, I would like to bring a practitioner's view to EU policy-making.",
        "I am looking for a position where I can combine {topic} with European cooperation.",
        "The call's focus on societal good is exactly what drew me to {topic} in the first place.",
        "I have worked on {topic} at local and national level and now wish to work at European level.",
    ])

    private static let evidenceOpenings = DemoTemplate.list([
        "Having led projects on {topic}, I would like to help public administrations adopt trustworthy AI.",
        "I want to put my experience with {topic} at the service of AI for societal good.",
        "The unit's work on AI and Local Digital Twins matches the projects I have led in recent years.",
    ])

    private static let closings = DemoTemplate.list([
        "I am ready to relocate to Brussels at short notice.",
        "I am motivated by teamwork across cultures and by work that makes a visible difference.",
        "I have followed the unit's work for some years and would be proud to join it.",
        "The position would be a natural next step after my work at {employer}.",
        "I am used to working autonomously and to tight deadlines.",
        "My languages would help me work with stakeholders in {people} Member States.",
        "I see this call as a chance to turn European strategies into concrete results.",
        "I enjoy explaining technical subjects to non-specialists.",
        "Public service has always been my first choice.",
        "I would bring energy, curiosity and a sense of responsibility to the team.",
    ])

    private static let french = [
        "Je souhaite mettre mon expérience au service des institutions européennes.",
        "Le poste correspond à mon parcours et à mes compétences linguistiques. Je suis disponible rapidement.",
        "Travailler pour la Commission européenne serait pour moi l'occasion de servir l'ensemble des citoyens de l'Union.",
    ]

    private static let german = [
        "Ich möchte meine Erfahrung in den Dienst der europäischen Institutionen stellen.",
        "Die Stelle passt sehr gut zu meinem Profil und meinen Sprachkenntnissen. Ich bin kurzfristig verfügbar.",
        "Die Arbeit für die Europäische Kommission wäre für mich eine Gelegenheit, den Bürgerinnen und Bürgern der Union zu dienen.",
    ]
}
