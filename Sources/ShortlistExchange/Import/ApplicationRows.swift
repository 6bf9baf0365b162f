import ShortlistCore

/// Writes applications in the import format itself: the demo can produce a CAST export to
/// try `import` on, and the benchmark a file to import.
public enum ApplicationRows {
    public static let header: [String] = ApplicationField.allCases.map(\.rawValue)

    /// The fields of a candidate as text, in `header` order; an invalid value is written as
    /// it was received, so that the export reproduces the defect.
    public static func fields(_ c: Candidate) -> [String] {
        func text<T>(_ field: FieldValue<T>, _ show: (T) -> String) -> String {
            switch field {
            case .value(let v): show(v)
            case .missing: ""
            case .invalid(let raw): raw
            }
        }
        return ApplicationField.allCases.map { field in
            switch field {
            case .applicationID: c.applicationID.rawValue
            case .castRegistrationID: c.castRegistrationID ?? ""
            case .surname: c.surname
            case .givenNames: c.givenNames
            case .nationality: text(c.nationalities) { $0.map(\.rawValue).joined(separator: ";") }
            case .email: c.email ?? ""
            case .dateOfBirth: text(c.dateOfBirth) { $0.description }
            case .submittedAt: text(c.submittedAt) { $0.description }
            case .castFunctionGroup: text(c.functionGroup) { $0.description }
            case .castProfile: c.castProfile ?? ""
            case .castStatus: text(c.castStatus) { $0.rawValue }
            case .educationLevel: text(c.educationLevel) { $0.description }
            case .educationYears: text(c.educationYears) { String($0) }
            case .degreeField: c.degreeField ?? ""
            case .diplomaRecognised: text(c.diplomaRecognised) { $0 ? "true" : "false" }
            case .languages: text(c.languages) { LanguageSkill.format($0) }
            case .militaryService: text(c.militaryService) { $0.rawValue }
            case .yearsExperience: text(c.yearsExperience) { String($0) }
            case .currentEmployer: c.currentEmployer ?? ""
            case .cvText: c.cvText
            case .motivation: c.motivation
            }
        }
    }
}
