import Foundation
import ShortlistCore
import Testing

@testable import ShortlistExchange

/// The built-in profile of EC/2025/CNECT/441297: its embedded text is the repository's file,
/// it parses, and it says what the call says.
@Suite struct CallProfileBuiltInTests {
    /// The repository's root, found from this file even through a symbolic link.
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let source = root.appendingPathComponent("Profiles/EC-2025-CNECT-441297.toml")
    static let callText = root.appendingPathComponent(
        "Tests/Fixtures/call/EC-2025-CNECT-441297.txt")

    @Test func theEmbeddedTextIsTheRepositoryFile() throws {
        let file = try String(contentsOf: Self.source, encoding: .utf8)
        // On failure: python3 scripts/embed-text.py --enum BuiltInProfileFiles --output
        // Sources/ShortlistExchange/Profile/BuiltInProfileText.swift Profiles/EC-2025-CNECT-441297.toml
        #expect(
            BuiltInProfile.text == file,
            "BuiltInProfileText.swift is stale: run scripts/embed-text.py")
    }

    @Test func theBuiltInProfileParsesAndEqualsTheFile() throws {
        let loaded = try BuiltInProfile.load()
        #expect(loaded == CallProfile.builtIn)
        #expect(try CallProfileParser.load(Self.source) == loaded)
    }

    @Test func theCallIsDescribed() {
        let p = CallProfile.builtIn
        #expect(p.reference == "EC/2025/CNECT/441297")
        #expect(p.title == "Policy Officer")
        #expect(p.unit == "CNECT.A.5 AI for Societal Good, Brussels")
        #expect(p.functionGroup == .iv)
        #expect(p.contractType == "3b")
    }

    @Test func theEligibilityRulesAreTheCalls() {
        let e = CallProfile.builtIn.eligibility
        #expect(e.nationality.accepted == CountryCode.euMemberStates)
        #expect(e.nationality.isEUMemberStates)
        #expect(e.military.accepted == [.fulfilled, .exempt, .notApplicable])
        #expect(e.education.minimumLevel == .bachelor && e.education.recognisedDiplomaRequired)
        #expect(e.languages.counted == LanguageCode.euOfficial)
        #expect(e.languages.firstLevel == .c1 && e.languages.secondLevel == .b2)
        #expect(e.cast.functionGroups == [.iv] && e.cast.statuses == [.passed, .registered])
        #expect(e.deadline.description == "2025-12-02T23:00:00 Europe/Brussels")
        #expect(e.deadline.instant == Timestamp(iso: "2025-12-02T22:00:00Z"))
    }

    @Test func theCriteriaAreTheCallsInItsOrder() throws {
        let p = CallProfile.builtIn
        #expect(p.criteria.map(\.id.rawValue) == ["A1", "A2", "A3", "B1", "B2", "C1", "C2"])
        #expect(p.criteria(in: .required).count == 3)
        #expect(p.criteria(in: .desired).count == 2)
        #expect(p.criteria(in: .personalQualities).count == 2)
        #expect(p.criteria.map(\.weight).reduce(0, +) == 100)
        // The proposal's pass marks: C2 has none ("another EU language would be an asset").
        #expect(p.criteria.map(\.passMark) == [3, 3, 3, nil, nil, 2, nil])
        // Every criterion's text is the call's, word for word.
        let call = try String(contentsOf: Self.callText, encoding: .utf8)
        for criterion in p.criteria {
            #expect(
                call.contains(criterion.text), "\(criterion.id) is not worded as in the call")
        }
    }

    @Test func theCallsValuesAndThePanelsChoicesAreToldApart() {
        let p = CallProfile.builtIn
        #expect(p.sources.criteria == .call && p.sources.eligibility == .call)
        #expect(
            [
                p.sources.weights, p.sources.passMarks, p.sources.overallPassMark,
                p.sources.scale, p.sources.reserveListLimit,
            ].allSatisfy { $0 == .panel })
        // The call announces no reserve list: candidates are promised none.
        #expect(!p.reserveListAnnounced)
    }

    @Test func theScaleAndPassMarksAreFixed() {
        let s = CallProfile.builtIn.scoring
        #expect(s.scale.levels == 0...5)
        #expect(s.scale.anchors.count == 6)
        #expect(s.scale.anchor(for: 3)?.hasPrefix("Adequate") == true)
        #expect(s.scale.anchor(for: 6) == nil)
        #expect(s.overallPassMark == 60)
        #expect(s.divergenceThreshold == 2)
        #expect(s.reserveListLimit == 5)
        #expect(s.commentRequiredAtScaleEnds)
    }

    @Test func everyCriterionHasEvidenceInEnglishFrenchAndGerman() {
        for criterion in CallProfile.builtIn.criteria {
            let languages = Set(criterion.evidence.map(\.language.rawValue))
            #expect(languages.isSuperset(of: ["en", "fr", "de"]), "\(criterion.id): \(languages)")
        }
    }

    @Test func theBuiltInPhrasesFindEvidenceInTheThreeLanguages() {
        let matcher = EvidenceMatcher(profile: .builtIn)
        let cv = """
            Led the Local Digital Twin pilot for Ghent. Supported the digital transformation
            of the ministry and an EU twinning project. Pilotage du projet pilote de jumeau
            numérique local de Lyon. Leitung der Arbeitsgruppe „Digitale Zwillinge“.
            Selbstständig, strukturiert und teamorientiert.
            """
        let report = matcher.find(in: cv)
        #expect(
            report.matchedPhrases(CriterionID("B2")).map(\.description)
                == [
                    "en: local digital twin", "fr: projet pilote", "fr: jumeau numérique",
                    "de: digitale Zwillinge",
                ])
        #expect(report.count(CriterionID("C1")) == 2)
        #expect(report.count(CriterionID("A1")) == 2)  // "Pilotage", "Arbeitsgruppe"
    }
}
