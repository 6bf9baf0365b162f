import Foundation
import Testing

@testable import ShortlistCore

/// Evidence phrases found in CV texts: a reading aid, counted and highlighted, never a mark.
@Suite struct EvidenceTests {
    static func phrases(_ language: String, _ texts: String...) -> [EvidencePhrase] {
        texts.map { EvidencePhrase(LanguageCode(rawValue: language)!, $0) }
    }

    static let criteria = [
        Criterion(
            id: CriterionID("B1"), group: .desired, text: "AI fundamentals", weight: 10,
            evidence: phrases("en", "artificial intelligence", "AI", "machine learning")
                + phrases("fr", "intelligence artificielle")
                + phrases("de", "künstliche Intelligenz", "maschinelles Lernen")),
        Criterion(
            id: CriterionID("B2"), group: .desired, text: "AI or Digital Twins", weight: 15,
            evidence: phrases("en", "digital twin", "local digital twin")
                + phrases("fr", "jumeau numérique", "jumeaux numériques")
                + phrases("de", "digitaler Zwilling", "digitale Zwillinge")),
        Criterion(
            id: CriterionID("C1"), group: .personalQualities, text: "team player", weight: 10,
            evidence: phrases("en", "team player") + phrases("fr", "esprit d'équipe")
                + phrases("de", "selbstständig", "Weiß")),
        Criterion(id: CriterionID("C2"), group: .personalQualities, text: "English", weight: 5),
    ]
    static let matcher = EvidenceMatcher(criteria: criteria)

    /// The matched text of every hit, per criterion.
    static func found(_ text: String) -> [String: [String]] {
        let report = matcher.find(in: text)
        var out: [String: [String]] = [:]
        for hit in report.hits {
            out[hit.criterion.rawValue, default: []].append(String(text[hit.range(in: text)]))
        }
        return out
    }

    @Test(arguments: [
        // English, with the plural s and any case.
        ("Led two Digital Twins projects.", ["B2": ["Digital Twins"]]),
        ("a DIGITAL TWIN of the port", ["B2": ["DIGITAL TWIN"]]),
        // Digital transformation and twinning are not digital twins.
        (
            "Supported the digital transformation of the ministry; coordinated an EU twinning project.",
            [:]
        ),
        ("digital twinning", [:]),
        ("twin digital", [:]),
        // The longer phrase wins where two of one criterion overlap.
        ("the Local Digital Twin of Ghent", ["B2": ["Local Digital Twin"]]),
        // Whole words: AI in AI-based, not in "said" or "AIDS".
        ("AI-based tools; he said so; AIDS research", ["B1": ["AI"]]),
        ("Machine-learning models", ["B1": ["Machine-learning"]]),
        // Line breaks and several spaces may stand between a phrase's words, punctuation not.
        ("artificial\n  intelligence", ["B1": ["artificial\n  intelligence"]]),
        ("artificial. Intelligence", [:]),
        ("artificial (intelligence)", [:]),
        // French: diacritics ignored, apostrophes and elision.
        ("Responsable du jumeau numérique de Lyon", ["B2": ["jumeau numérique"]]),
        ("les JUMEAUX NUMERIQUES urbains", ["B2": ["JUMEAUX NUMERIQUES"]]),
        ("Stratégie de l'intelligence artificielle", ["B1": ["intelligence artificielle"]]),
        ("Autonomie et esprit d’équipe.", ["C1": ["esprit d’équipe"]]),
        ("Coordination d'un projet de jumelage (Twinning)", [:]),
        // German: umlauts and ß folded, whatever the case.
        ("Leitung der Arbeitsgruppe „Digitale Zwillinge“", ["B2": ["Digitale Zwillinge"]]),
        (
            "KÜNSTLICHE INTELLIGENZ und Maschinelles Lernen",
            ["B1": ["KÜNSTLICHE INTELLIGENZ", "Maschinelles Lernen"]]
        ),
        ("Selbststandig und weiss Bescheid", ["C1": ["Selbststandig", "weiss"]]),
        ("Weiß", ["C1": ["Weiß"]]),
        // Decomposed accents (e + combining acute) fold like composed ones.
        ("jumeau nume\u{301}rique", ["B2": ["jumeau nume\u{301}rique"]]),
    ])
    func phrasesAreFound(text: String, expected: [String: [String]]) {
        #expect(Self.found(text) == expected)
    }

    @Test func countsAreGivenPerCriterionInProfileOrder() {
        let cv = """
            Digital twin lead. Built digital twins of three cities (Local Digital Twins).
            Machine learning and artificial intelligence; KI = künstliche Intelligenz.
            A team player. Weiß.
            """
        #expect(Self.matcher.counts(in: cv) == [3, 3, 2, 0])
        let report = Self.matcher.find(in: cv)
        #expect(
            report.counts == [
                CriterionID("B1"): 3, CriterionID("B2"): 3, CriterionID("C1"): 2,
                CriterionID("C2"): 0,
            ])
        #expect(report.count(CriterionID("B2")) == 3)
        #expect(
            report.matchedPhrases(CriterionID("B2")).map(\.description)
                == ["en: digital twin", "en: local digital twin"])
        #expect(
            report.matchedPhrases(CriterionID("B1")).map(\.description)
                == [
                    "en: machine learning", "en: artificial intelligence",
                    "de: künstliche Intelligenz",
                ])
        #expect(
            report.hits.map(\.utf8Range.lowerBound)
                == report.hits.map(\.utf8Range.lowerBound).sorted())
    }

    @Test func rangesAreUTF8OffsetsIntoTheOriginalText() {
        let cv = "Ωmega — Łódź: jumeaux numériques"
        let hit = try! #require(Self.matcher.find(in: cv).hits.first)
        let prefix = "Ωmega — Łódź: "
        #expect(hit.utf8Range == prefix.utf8.count..<cv.utf8.count)
        #expect(cv[hit.range(in: cv)] == "jumeaux numériques")
    }

    @Test func aPhraseThatServesTwoCriteriaCountsForBoth() {
        let matcher = EvidenceMatcher(criteria: [
            Criterion(
                id: CriterionID("A"), group: .required, text: "", weight: 1,
                evidence: Self.phrases("en", "project")),
            Criterion(
                id: CriterionID("B"), group: .desired, text: "", weight: 1,
                evidence: Self.phrases("en", "projects", "project")),
        ])
        #expect(matcher.counts(in: "two projects, one project") == [2, 2])
    }

    @Test(arguments: [
        ("R&D", true), ("AI/ML", true), ("C++", true), ("...", true), ("", true), ("  ", true),
        ("digital twin", false), ("esprit d'équipe", false), ("pro-active", false),
        ("Weiß", false),
    ])
    func phrasesMayHoldOnlyWordsSpacesHyphensAndApostrophes(phrase: String, refused: Bool) {
        #expect((EvidenceMatcher.problem(with: phrase) != nil) == refused)
    }

    @Test func emptyTextsAndProfilesWithoutPhrasesFindNothing() {
        #expect(Self.matcher.find(in: "").hits.isEmpty)
        let none = EvidenceMatcher(criteria: [Self.criteria[3]])
        #expect(none.counts(in: "digital twin") == [0])
    }

    @Test func aLongCVIsScannedQuickly() {
        var cv = ""
        let paragraph = """
            Led the Local Digital Twin pilot for Ghent, integrating traffic, air-quality and \
            energy data from 12 sources. Drafted guidance on trustworthy AI. Coordination d'un \
            projet européen sur l'intelligence artificielle. Leitung der Arbeitsgruppe „Digitale \
            Zwillinge“ mit 8 Kommunen. Supported the digital transformation of back-office \
            processes and an EU twinning project.\n
            """
        while cv.utf8.count < 100_000 { cv += paragraph }
        _ = Self.matcher.find(in: cv)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.matcher.find(in: cv) }
        // Well under 50 ms in release builds (about 0.4 ms); a debug build is far slower
        // but must still stay interactive.
        #expect(elapsed < .milliseconds(500))
        #expect(
            Self.matcher.counts(in: cv)[1] == Self.matcher.counts(in: paragraph)[1]
                * (cv.utf8.count / paragraph.utf8.count))
    }
}
