/// The fields of an application as the CAST export names them: the import format's columns,
/// and the names used for a field in messages and in the database.
public enum ApplicationField: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case applicationID = "application_id"
    case castRegistrationID = "cast_registration_id"
    case surname
    case givenNames = "given_names"
    case nationality
    case email
    case dateOfBirth = "date_of_birth"
    case submittedAt = "submitted_at"
    case castFunctionGroup = "cast_function_group"
    case castProfile = "cast_profile"
    case castStatus = "cast_status"
    case educationLevel = "education_level"
    case educationYears = "education_years"
    case degreeField = "degree_field"
    case diplomaRecognised = "diploma_recognised"
    case languages
    case militaryService = "military_service"
    case yearsExperience = "years_experience"
    case currentEmployer = "current_employer"
    case cvText = "cv_text"
    case motivation

    public var description: String { rawValue }

    /// Hashes the case, not its name: a raw-valued enum would otherwise hash its raw string
    /// (SipHash over the bytes) on every lookup, and parsing one record looks fields up about
    /// seventy times. `unsafeBitCast` checks that the case fits one byte.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(unsafeBitCast(self, to: UInt8.self))
    }

    /// Without these a record cannot be identified: it is rejected, never imported.
    public var identifiesTheRecord: Bool {
        self == .applicationID || self == .surname || self == .givenNames
    }

    public init?(columnName: String) {
        let normalised = columnName.trimmingASCIISpaces().lowercased()
        self.init(rawValue: normalised)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks; cheaper than
    /// Foundation's trimming for the short values of a record.
    public func trimmingASCIISpaces() -> String {
        let text = Substring(self)
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }
}

@inline(__always)
private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
