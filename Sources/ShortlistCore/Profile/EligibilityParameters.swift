import Foundation

/// The parameters of the six eligibility rules, as a call states them. The rules themselves
/// (what "pass" means for each) are in `EligibilityEngine`.
public struct EligibilityParameters: Hashable, Sendable {
    public var nationality: Nationality
    public var military: Military
    public var education: Education
    public var languages: Languages
    public var cast: CAST
    public var deadline: Deadline

    public init(
        nationality: Nationality, military: Military, education: Education,
        languages: Languages, cast: CAST, deadline: Deadline
    ) {
        self.nationality = nationality
        self.military = military
        self.education = education
        self.languages = languages
        self.cast = cast
        self.deadline = deadline
    }

    /// Holding any one of these nationalities is enough.
    public struct Nationality: Hashable, Sendable {
        public var accepted: [CountryCode]
        public init(accepted: [CountryCode]) { self.accepted = accepted }
        /// Whether the list is exactly the 27 member states, so reasons can say "EU".
        public var isEUMemberStates: Bool {
            Set(accepted) == Set(CountryCode.euMemberStates)
        }
    }

    /// The military-service statuses that show obligations are met; any other fails.
    public struct Military: Hashable, Sendable {
        public var accepted: [MilitaryService]
        public init(accepted: [MilitaryService]) { self.accepted = accepted }
    }

    public struct Education: Hashable, Sendable {
        /// The lowest completed level that counts; `bachelor` stands for university studies
        /// of at least three years.
        public var minimumLevel: EducationLevel
        /// Whether the diploma must be issued or recognised as equivalent by an EU member state.
        public var recognisedDiplomaRequired: Bool
        public init(minimumLevel: EducationLevel, recognisedDiplomaRequired: Bool) {
            self.minimumLevel = minimumLevel
            self.recognisedDiplomaRequired = recognisedDiplomaRequired
        }
    }

    /// One counted language at `firstLevel` or better and a *different* one at `secondLevel`
    /// or better.
    public struct Languages: Hashable, Sendable {
        /// The languages that count (the 24 official EU languages); others never do.
        public var counted: [LanguageCode]
        public var firstLevel: CEFRLevel
        public var secondLevel: CEFRLevel
        public init(counted: [LanguageCode], firstLevel: CEFRLevel, secondLevel: CEFRLevel) {
            self.counted = counted
            self.firstLevel = firstLevel
            self.secondLevel = secondLevel
        }
        public var isEUOfficial: Bool { Set(counted) == Set(LanguageCode.euOfficial) }
    }

    /// A CAST in one of these function groups, with one of these statuses.
    public struct CAST: Hashable, Sendable {
        public var functionGroups: [FunctionGroup]
        public var statuses: [CASTStatus]
        public init(functionGroups: [FunctionGroup], statuses: [CASTStatus]) {
            self.functionGroups = functionGroups
            self.statuses = statuses
        }
    }
}
