import Foundation

/// The part of an application that a list row shows; the long texts stay in the database.
public struct CandidateSummary: Hashable, Sendable, Identifiable {
    /// The database's row id: stable for the life of the record, used for paging anchors.
    public var id: Int64
    public var applicationID: ApplicationID
    public var surname: String
    public var givenNames: String
    public var nationalities: FieldValue<[CountryCode]>
    public var functionGroup: FieldValue<FunctionGroup>
    public var educationLevel: FieldValue<EducationLevel>
    public var languages: FieldValue<[LanguageSkill]>
    public var yearsExperience: FieldValue<Double>
    /// Names, e-mail, birth date and nationality are withheld (blind mode).
    public var isBlinded = false
    /// The result that counts, overrides included; nil before the application is assessed.
    public var eligibility: EligibilityResult?
    /// The panel's screening at a glance; nil when no profile defines criteria.
    public var screening: ScreeningSummary?

    public init(
        id: Int64, applicationID: ApplicationID, surname: String, givenNames: String,
        nationalities: FieldValue<[CountryCode]>, functionGroup: FieldValue<FunctionGroup>,
        educationLevel: FieldValue<EducationLevel>, languages: FieldValue<[LanguageSkill]>,
        yearsExperience: FieldValue<Double>
    ) {
        self.id = id
        self.applicationID = applicationID
        self.surname = surname
        self.givenNames = givenNames
        self.nationalities = nationalities
        self.functionGroup = functionGroup
        self.educationLevel = educationLevel
        self.languages = languages
        self.yearsExperience = yearsExperience
    }

    public var displayName: String { givenNames.isEmpty ? surname : "\(surname), \(givenNames)" }
}
