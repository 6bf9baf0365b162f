import Foundation

/// One application from the CAST export, as the panel sees it.
///
/// Identity fields (`applicationID`, `surname`, `givenNames`) are always present: a record
/// without them is rejected at import. Every other field may be missing or invalid.
public struct Candidate: Hashable, Sendable {
    public var applicationID: ApplicationID
    public var castRegistrationID: String?
    public var surname: String
    public var givenNames: String
    public var nationalities: FieldValue<[CountryCode]>
    public var email: String?
    public var dateOfBirth: FieldValue<CalendarDate>
    public var submittedAt: FieldValue<Timestamp>
    public var functionGroup: FieldValue<FunctionGroup>
    public var castProfile: String?
    public var castStatus: FieldValue<CASTStatus>
    public var educationLevel: FieldValue<EducationLevel>
    public var educationYears: FieldValue<Int>
    public var degreeField: String?
    public var diplomaRecognised: FieldValue<Bool>
    /// The first is the mother tongue.
    public var languages: FieldValue<[LanguageSkill]>
    public var militaryService: FieldValue<MilitaryService>
    public var yearsExperience: FieldValue<Double>
    public var currentEmployer: String?
    public var cvText: String
    public var motivation: String
    /// Names, e-mail, birth date and nationality are withheld (blind mode).
    public var isBlinded = false

    public init(
        applicationID: ApplicationID, castRegistrationID: String? = nil, surname: String,
        givenNames: String, nationalities: FieldValue<[CountryCode]> = .missing,
        email: String? = nil, dateOfBirth: FieldValue<CalendarDate> = .missing,
        submittedAt: FieldValue<Timestamp> = .missing,
        functionGroup: FieldValue<FunctionGroup> = .missing, castProfile: String? = nil,
        castStatus: FieldValue<CASTStatus> = .missing,
        educationLevel: FieldValue<EducationLevel> = .missing,
        educationYears: FieldValue<Int> = .missing, degreeField: String? = nil,
        diplomaRecognised: FieldValue<Bool> = .missing,
        languages: FieldValue<[LanguageSkill]> = .missing,
        militaryService: FieldValue<MilitaryService> = .missing,
        yearsExperience: FieldValue<Double> = .missing, currentEmployer: String? = nil,
        cvText: String = "", motivation: String = ""
    ) {
        self.applicationID = applicationID
        self.castRegistrationID = castRegistrationID
        self.surname = surname
        self.givenNames = givenNames
        self.nationalities = nationalities
        self.email = email
        self.dateOfBirth = dateOfBirth
        self.submittedAt = submittedAt
        self.functionGroup = functionGroup
        self.castProfile = castProfile
        self.castStatus = castStatus
        self.educationLevel = educationLevel
        self.educationYears = educationYears
        self.degreeField = degreeField
        self.diplomaRecognised = diplomaRecognised
        self.languages = languages
        self.militaryService = militaryService
        self.yearsExperience = yearsExperience
        self.currentEmployer = currentEmployer
        self.cvText = cvText
        self.motivation = motivation
    }

    /// "Surname, Given names": unambiguous for compound surnames such as "Pérez de la Fuente".
    public var displayName: String { givenNames.isEmpty ? surname : "\(surname), \(givenNames)" }
}
