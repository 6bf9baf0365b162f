import Foundation

/// Checks a candidate against a call's eligibility rules. Deterministic and explained: every
/// rule gives pass, fail or needs check with a reason that quotes the data, so that a person
/// can read it and a lawyer can check it.
///
/// Two principles run through the rules:
/// - missing or unreadable data never silently pass or fail: they give needs check;
/// - but a rule fails when the data that *are* known already fail it (an FG III CAST fails
///   whatever its status says), and the reason mentions what is missing besides.
public struct EligibilityEngine: Sendable {
    public let parameters: EligibilityParameters
    /// What every reason repeats, worked out once: a check runs for every candidate.
    let texts: Texts

    public init(parameters: EligibilityParameters) {
        self.parameters = parameters
        self.texts = Texts(parameters)
    }

    public init(profile: CallProfile) {
        self.init(parameters: profile.eligibility)
    }

    /// Every rule, in `EligibilityRule.allCases` order.
    public func checks(_ candidate: Candidate) -> [RuleCheck] {
        EligibilityRule.allCases.map { check($0, candidate) }
    }

    public func check(_ rule: EligibilityRule, _ candidate: Candidate) -> RuleCheck {
        switch rule {
        case .nationality: checkNationality(candidate.nationalities)
        case .military: checkMilitary(candidate.militaryService)
        case .education: checkEducation(candidate.educationLevel, candidate.diplomaRecognised)
        case .languages: checkLanguages(candidate.languages)
        case .cast: checkCAST(candidate.functionGroup, candidate.castStatus)
        case .deadline: checkDeadline(candidate.submittedAt)
        }
    }

    public func assess(_ candidate: Candidate, overrides: [EligibilityOverride] = [])
        -> EligibilityAssessment
    {
        EligibilityAssessment(checks: checks(candidate), overrides: overrides)
    }
}

extension EligibilityEngine {
    struct Texts: Sendable {
        let acceptedNationalities: Set<CountryCode>
        /// "EU member state" when the accepted list is exactly the 27.
        let nationalityIsEU: Bool
        let acceptedMilitary: String
        let countedLanguages: Set<LanguageCode>
        /// "EU language" or "counted language".
        let languageKind: String
        let castNeeded: String
        /// "the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        let deadline: String
        /// Around the deadline, the time zone's offset is the deadline's own: submissions in
        /// this span are shown in the zone without asking Foundation.
        let sameOffset: Range<Int64>

        init(_ p: EligibilityParameters) {
            acceptedNationalities = Set(p.nationality.accepted)
            nationalityIsEU = p.nationality.isEUMemberStates
            acceptedMilitary = "accepted: \(ReasonText.listed(p.military.accepted.map(\.rawValue)))"
            countedLanguages = Set(p.languages.counted)
            languageKind = p.languages.isEUOfficial ? "EU language" : "counted language"
            castNeeded =
                "FG \(ReasonText.listed(p.cast.functionGroups.map(\.description))), "
                + ReasonText.listed(p.cast.statuses.map(\.rawValue))
            let d = p.deadline
            deadline = "the deadline \(d.instant) \(d.timeZoneIdentifier)"
            sameOffset = d.spanOfSameOffset
        }
    }
}

/// How reasons write data, shared by the rules.
enum ReasonText {
    /// Lists as reasons write them: `a, b or c`.
    static func listed(_ items: [String], _ conjunction: String = "or") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// Unreadable text as the data hold it, quoted, without the spaces around it.
    static func quoted(_ raw: String) -> String { "“\(raw.trimmingASCIISpaces())”" }
}
