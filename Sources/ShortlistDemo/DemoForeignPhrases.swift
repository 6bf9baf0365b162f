import Foundation
import ShortlistCore

/// A job title in a language that marks the holder's sex (Chargé/Chargée de mission).
struct DemoJobTitle: Sendable {
    let male: String
    let female: String
}

/// The phrases of CVs written in French or German (a few French- and German-speaking
/// candidates send their CV in their own language). Less varied than the English pools, but
/// still combinatorial; evidence bullets use the local words for AI and Digital Twins.
struct DemoForeignPhrases: Sendable {
    let language: DemoCVLanguage
    let experienceHeading: String
    let educationLabel: String
    let skillsLabel: String
    let present: String
    /// Between the years and the role: French sets a space before the colon.
    let yearSeparator: String
    /// `male/female` job titles.
    let roles: [DemoJobTitle]
    let summaries: [DemoTemplate]
    let tails: [DemoTemplate]
    let bullets: [DemoTemplate]
    let evidenceBullets: [DemoTemplate]
    let evidenceTopics: [String]
    private let topicsByDomain: [String: [String]]
    /// Degree names by education level, lowest first.
    let degrees: [String]

    func topics(for domain: DemoDomain) -> [String] {
        domain.isEvidence ? evidenceTopics : topicsByDomain[domain.id] ?? topicsByDomain["default"]!
    }

    static let french = DemoForeignPhrases(
        language: .french,
        experienceHeading: "Expérience professionnelle",
        educationLabel: "Formation : ",
        skillsLabel: "Compétences : ",
        present: "aujourd'hui",
        yearSeparator: " : ",
        roles: pairs(
            """
            Chargé de mission/Chargée de mission|Chef de projet/Cheffe de projet
            Conseiller politique/Conseillère politique|Analyste|Responsable de programme
            Ingénieur d'études/Ingénieure d'études|Coordinateur/Coordinatrice|Juriste
            Gestionnaire de projets européens
            """
        ),
        summaries: DemoTemplate.list([
            "{Profession} avec {years} ans d'expérience professionnelle. Domaines d'expertise : {topic} et {topic2}.",
            "{Profession} ; {years} ans d'expérience au sein d'administrations publiques et d'organisations européennes, principalement sur {topic}.",
            "{Profession}. Expérience confirmée sur {topic} et {topic2}, en lien avec des partenaires de {n} pays.",
        ]),
        tails: DemoTemplate.list([
            "Goût pour le travail en équipe pluridisciplinaire et multilingue.",
            "Capacité à traduire des enjeux techniques complexes en exigences claires et opérationnelles.",
            "Autonomie, rigueur et esprit d'équipe.",
            "Expérience de la coordination de réseaux de {n} partenaires européens.",
            "Intérêt marqué pour la coopération européenne sur {topic}.",
        ]),
        bullets: DemoTemplate.list([
            "Pilotage de {n} projets sur {topic}, pour un budget total de {eur}.",
            "Dialogue avec les autorités nationales, l'industrie et la société civile sur {topic}.",
            "Rédaction de cahiers des charges et de grilles d'évaluation pour {n} appels d'offres.",
            "Préparation de notes, d'éléments de langage et de dossiers pour la {direction|présidence|hiérarchie}.",
            "Organisation de {n} ateliers à {city} réunissant jusqu'à {big} participants.",
            "Accompagnement de la transformation numérique des processus internes (délais réduits de {pct} %).",
            "Représentation de {org} dans {n} groupes de travail européens.",
            "Traduction d'enjeux techniques complexes en exigences claires pour {n} services métiers.",
            "Encadrement de {people} stagiaires et jeunes collègues.",
            "Suivi financier et technique de projets {programme}.",
            "Coordination d'un projet de jumelage (Twinning) avec un ministère partenaire sur {topic}.",
            "Animation d'un réseau de {n} collectivités sur {topic}.",
        ]),
        evidenceBullets: DemoTemplate.list([
            "Pilotage du projet pilote de jumeau numérique local de {city}, intégrant des données de {n} sources.",
            "Coordination d'un projet européen sur l'intelligence artificielle au service de la gestion des catastrophes, avec {n} partenaires.",
            "Rédaction d'orientations sur l'intelligence artificielle de confiance pour {n} administrations.",
            "Formation de {big} agents publics aux fondamentaux de l'intelligence artificielle.",
            "Responsable de la plateforme de jumeau numérique de la métropole de {city} ({eur}).",
            "Encadrement d'une équipe de {people} data scientists développant des modèles d'apprentissage automatique (machine learning).",
            "Animation du groupe de travail « jumeaux numériques » réunissant {n} collectivités.",
            "Évaluation de {n} outils d'intelligence artificielle pour l'analyse d'images satellitaires.",
        ]),
        evidenceTopics: [
            "l'intelligence artificielle", "les jumeaux numériques",
            "l'intelligence artificielle de confiance",
            "le jumeau numérique urbain",
        ],
        topicsByDomain: [
            "procurement": ["la commande publique", "les contrats-cadres", "les achats durables"],
            "climate-adaptation": [
                "l'adaptation au changement climatique", "les solutions fondées sur la nature",
                "la prévention des inondations",
            ],
            "smart-cities": [
                "la ville intelligente", "les données urbaines ouvertes", "les réseaux de capteurs",
            ],
            "communication": [
                "la communication institutionnelle", "les relations presse",
                "les campagnes numériques",
            ],
            "finance": [
                "la gestion budgétaire", "le contrôle financier", "les paiements de subventions",
            ],
            "legal": ["le droit de l'Union", "la protection des données", "les aides d'État"],
            "human-resources": [
                "le recrutement", "la formation professionnelle", "la gestion des compétences",
            ],
            "audit": ["le contrôle interne", "la gestion des risques", "l'audit de performance"],
            "statistics": ["la statistique publique", "les enquêtes", "les comptes nationaux"],
            "energy": [
                "les énergies renouvelables", "la rénovation énergétique",
                "les communautés d'énergie",
            ],
            "mobility": ["la mobilité durable", "le transport ferroviaire", "les plans vélo"],
            "cybersecurity": [
                "la cybersécurité", "la réponse aux incidents", "la conformité NIS2",
            ],
            "regional-policy": [
                "la politique de cohésion", "le FEDER", "la coopération transfrontalière",
            ],
            "research-grants": [
                "le financement de la recherche", "la science ouverte",
                "le transfert de technologie",
            ],
            "software-engineering": [
                "le développement logiciel", "la migration vers le cloud", "l'interopérabilité",
            ],
            "spatial-planning": [
                "l'aménagement du territoire", "l'urbanisme", "les données géographiques",
            ],
            "civil-protection": [
                "la protection civile", "l'aide humanitaire", "la gestion de crise",
            ],
            "agri-food": [
                "la politique agricole commune", "le développement rural",
                "la sécurité alimentaire",
            ],
            "digital-skills": [
                "les compétences numériques", "la formation des adultes", "la mobilité Erasmus+",
            ],
            "default": [
                "la gestion administrative", "la coordination de projets", "le suivi des dossiers",
            ],
        ],
        degrees: ["Baccalauréat", "BTS", "Licence", "Master", "Doctorat"])

    static let german = DemoForeignPhrases(
        language: .german,
        experienceHeading: "Berufserfahrung",
        educationLabel: "Ausbildung: ",
        skillsLabel: "Kenntnisse: ",
        present: "heute",
        yearSeparator: ": ",
        roles: pairs(
            """
            Referent/Referentin|Projektleiter/Projektleiterin|Sachbearbeiter/Sachbearbeiterin
            Wissenschaftlicher Mitarbeiter/Wissenschaftliche Mitarbeiterin|Berater/Beraterin
            Programmkoordinator/Programmkoordinatorin|Teamleiter/Teamleiterin
            """
        ),
        summaries: DemoTemplate.list([
            "{Profession} mit {years} Jahren Berufserfahrung. Schwerpunkte: {topic} und {topic2}.",
            "{Profession}; {years} Jahre Erfahrung in öffentlicher Verwaltung und europäischen Projekten, vor allem zum Thema {topic}.",
            "{Profession} mit fundierter Erfahrung in den Bereichen {topic} und {topic2}.",
        ]),
        tails: DemoTemplate.list([
            "Freude an der Arbeit in interdisziplinären, mehrsprachigen Teams.",
            "Stärke: komplexe technische Sachverhalte in klare Anforderungen übersetzen.",
            "Selbstständig, strukturiert und teamorientiert.",
            "Erfahrung in der Koordination von Netzwerken mit {n} europäischen Partnern.",
            "Großes Interesse an europäischer Zusammenarbeit zum Thema {topic}.",
        ]),
        bullets: DemoTemplate.list([
            "Leitung von {n} Projekten zum Thema {topic} mit einem Gesamtbudget von {eur}.",
            "Abstimmung mit nationalen Behörden, Industrie und Zivilgesellschaft zum Thema {topic}.",
            "Erstellung von Leistungsbeschreibungen und Bewertungsrastern für {n} Ausschreibungen.",
            "Vorbereitung von Vermerken und Sprechzetteln für die {Abteilungsleitung|Referatsleitung|Hausleitung}.",
            "Organisation von {n} Workshops in {city} mit bis zu {big} Teilnehmenden.",
            "Begleitung der digitalen Transformation der Verwaltungsprozesse; Bearbeitungszeit um {pct} % verkürzt.",
            "Vertretung von {org} in {n} europäischen Arbeitsgruppen.",
            "Übersetzung komplexer technischer Sachverhalte in klare, umsetzbare Anforderungen.",
            "Fachliche Anleitung von {people} Nachwuchskräften.",
            "Finanzielles und inhaltliches Berichtswesen für {programme}-Projekte.",
            "Koordination eines EU-Twinning-Projekts mit einem Partnerministerium zum Thema {topic}.",
            "Moderation eines Netzwerks von {n} Kommunen zum Thema {topic}.",
        ]),
        evidenceBullets: DemoTemplate.list([
            "Leitung des Pilotprojekts „Digitaler Zwilling {city}“ mit Daten aus {n} Quellen.",
            "Koordination eines EU-geförderten Projekts zum Thema künstliche Intelligenz im Katastrophenschutz mit {n} Partnern.",
            "Erarbeitung von Leitlinien zum Thema künstliche Intelligenz in der Verwaltung für {n} Behörden.",
            "Aufbau der Plattform für den digitalen Zwilling der Stadt {city} ({eur}).",
            "Schulung von {big} Beschäftigten zu den Grundlagen der künstlichen Intelligenz.",
            "Leitung eines Teams von {people} Data Scientists für Modelle des maschinellen Lernens (Machine Learning).",
            "Leitung der Arbeitsgruppe „Digitale Zwillinge“ mit {n} Kommunen.",
            "Bewertung von {n} Werkzeugen der künstlichen Intelligenz für die Auswertung von Satellitenbildern.",
        ]),
        evidenceTopics: [
            "künstliche Intelligenz", "digitale Zwillinge",
            "vertrauenswürdige künstliche Intelligenz",
            "digitaler Zwilling der Stadt",
        ],
        topicsByDomain: [
            "procurement": [
                "öffentliche Beschaffung", "Rahmenverträge", "nachhaltige Beschaffung",
            ],
            "climate-adaptation": ["Klimaanpassung", "naturbasierte Lösungen", "Hochwasserschutz"],
            "smart-cities": ["Smart City", "offene urbane Daten", "Sensornetze"],
            "communication": ["Unternehmenskommunikation", "Pressearbeit", "digitale Kampagnen"],
            "finance": ["Haushaltsführung", "Finanzkontrolle", "Zuwendungsprüfung"],
            "legal": ["Unionsrecht", "Datenschutz", "Beihilferecht"],
            "human-resources": ["Personalgewinnung", "Weiterbildung", "Kompetenzmanagement"],
            "audit": ["internes Kontrollsystem", "Risikomanagement", "Wirtschaftlichkeitsprüfung"],
            "statistics": [
                "amtliche Statistik", "Stichprobenerhebungen",
                "volkswirtschaftliche Gesamtrechnungen",
            ],
            "energy": ["erneuerbare Energien", "energetische Sanierung", "Energiegemeinschaften"],
            "mobility": ["nachhaltige Mobilität", "Schienenverkehr", "Radverkehr"],
            "cybersecurity": ["Cybersicherheit", "Vorfallsbewältigung", "NIS2-Umsetzung"],
            "regional-policy": [
                "Kohäsionspolitik", "EFRE-Programme", "grenzüberschreitende Zusammenarbeit",
            ],
            "research-grants": ["Forschungsförderung", "Open Science", "Technologietransfer"],
            "software-engineering": [
                "Softwareentwicklung", "Cloud-Migration", "Interoperabilität",
            ],
            "spatial-planning": ["Raumplanung", "Stadtentwicklung", "Geodaten"],
            "civil-protection": ["Katastrophenschutz", "humanitäre Hilfe", "Krisenmanagement"],
            "agri-food": [
                "Gemeinsame Agrarpolitik", "ländliche Entwicklung", "Lebensmittelsicherheit",
            ],
            "digital-skills": ["digitale Kompetenzen", "Erwachsenenbildung", "Erasmus+-Mobilität"],
            "default": ["Verwaltungsorganisation", "Projektkoordination", "Vorgangsbearbeitung"],
        ],
        degrees: ["Abitur", "Fachschulabschluss", "Bachelor", "Master", "Promotion (Dr.)"])

    private static func pairs(_ text: String) -> [DemoJobTitle] {
        DemoList.entries(text).map { entry in
            let forms = entry.split(separator: "/", maxSplits: 1).map(String.init)
            return DemoJobTitle(male: forms[0], female: forms.count > 1 ? forms[1] : forms[0])
        }
    }
}
