import Foundation
import GRDB
import ShortlistCore

/// How a candidate's fields map to columns: canonical text or numbers for valid values, NULL
/// for missing ones, and NULL plus the raw text in `invalid_fields` for invalid ones.
enum CandidateColumns {
    /// The columns `values` gives, in its order.
    private static let valueColumns = """
        application_id, cast_registration_id, surname, given_names, nationalities, email,
        date_of_birth, submitted_at, submitted_epoch, function_group, cast_profile, cast_status,
        education_level, education_years, degree_field, diploma_recognised, languages,
        military_service, years_experience, current_employer, invalid_fields, name_key,
        name_search, fingerprint, content_sha256, name_latin
        """

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// A candidate generated rather than imported: `values` only.
    static let insertSQL =
        "INSERT INTO candidates(\(valueColumns)) VALUES (\(placeholders(valueCount)))"

    /// A candidate read from a file: `values`, then the import's number and the record's line.
    static let importSQL = """
        INSERT INTO candidates(\(valueColumns), import_number, import_line)
        VALUES (\(placeholders(valueCount + 2)))
        """

    /// The same, doing nothing when the application id is already there: an import tells a
    /// repeated id by the row not written, without an error to recover from.
    static let importUnlessPresentSQL = importSQL + " ON CONFLICT(application_id) DO NOTHING"

    /// A candidate's CV and motivation, after its row id.
    static let insertTextSQL =
        "INSERT INTO candidate_texts(candidate_id, cv_text, motivation) VALUES (?, ?, ?)"

    /// How many values `values` gives.
    static let valueCount = 26

    /// The same columns, for a changed record: the row keeps its id, so marks, notes and
    /// overrides attached to it stay where they are.
    static let updateSQL = """
        UPDATE candidates SET
            application_id = ?, cast_registration_id = ?, surname = ?, given_names = ?,
            nationalities = ?, email = ?, date_of_birth = ?, submitted_at = ?, submitted_epoch = ?,
            function_group = ?, cast_profile = ?, cast_status = ?, education_level = ?,
            education_years = ?, degree_field = ?, diploma_recognised = ?, languages = ?,
            military_service = ?, years_experience = ?, current_employer = ?, invalid_fields = ?,
            name_key = ?, name_search = ?, fingerprint = ?, content_sha256 = ?, name_latin = ?,
            import_number = ?, import_line = ?
        WHERE id = ?
        """

    /// The candidate's column values, in `insertSQL` order: built where records are
    /// prepared, off the writing thread, which binds them as they are (`BulkRowInserter`).
    static func values(_ c: Candidate, fingerprint: UInt64? = nil, contentSHA256: String?)
        -> [DatabaseValue]
    {
        columnValues(c, fingerprint: fingerprint, contentSHA256: contentSHA256).map {
            $0?.databaseValue ?? .null
        }
    }

    /// The same values one by one, for an engine that binds them itself (PostgreSQL).
    static func columnValues(_ c: Candidate, fingerprint: UInt64? = nil, contentSHA256: String?)
        -> [(any DatabaseValueConvertible)?]
    {
        var invalid: [String: String] = [:]
        // Folded once for the three columns that need it (a third of the folding before).
        let foldedSurname = SearchFolding.fold(c.surname)
        let foldedGiven = SearchFolding.fold(c.givenNames)
        let nameSearch = foldedSurname + " " + foldedGiven
        func column<T>(
            _ name: String, _ field: FieldValue<T>, _ encode: (T) -> (any DatabaseValueConvertible)
        )
            -> (any DatabaseValueConvertible)?
        {
            switch field {
            case .value(let v): return encode(v)
            case .missing: return nil
            case .invalid(let raw):
                invalid[name] = raw
                return nil
            }
        }
        let values: [(any DatabaseValueConvertible)?] = [
            c.applicationID.rawValue,
            c.castRegistrationID,
            c.surname,
            c.givenNames,
            column("nationality", c.nationalities) { $0.map(\.rawValue).joined(separator: ";") },
            c.email,
            column("date_of_birth", c.dateOfBirth) { $0.description },
            column("submitted_at", c.submittedAt) { $0.description },
            c.submittedAt.value?.secondsSinceEpoch,
            column("cast_function_group", c.functionGroup) { $0.rawValue },
            c.castProfile,
            column("cast_status", c.castStatus) { $0.rawValue },
            column("education_level", c.educationLevel) { $0.rawValue },
            column("education_years", c.educationYears) { $0 },
            c.degreeField,
            column("diploma_recognised", c.diplomaRecognised) { $0 },
            column("languages", c.languages) { LanguageSkill.format($0) },
            column("military_service", c.militaryService) { $0.rawValue },
            column("years_experience", c.yearsExperience) { $0 },
            c.currentEmployer,
            invalid.isEmpty ? nil : encodeInvalid(invalid),
            NameCollation.key(foldedSurname: foldedSurname, foldedGivenNames: foldedGiven),
            nameSearch,
            Int64(bitPattern: fingerprint ?? c.fingerprint),
            contentSHA256,
            // Folding is per scalar, so the folded "surname given" is the fold of the two.
            Transliteration.searchForms(folded: nameSearch),
        ]
        assert(values.count == valueCount)
        return values
    }

    static func encodeInvalid(_ fields: [String: String]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decodeInvalid(_ text: String?) -> [String: String] {
        guard let text, let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return object
    }

    /// Reads a column back into a field: a value, or invalid with its raw text, or missing.
    static func field<T>(
        _ stored: DatabaseValue, _ name: String, _ invalid: [String: String],
        _ decode: (DatabaseValue) -> T?
    ) -> FieldValue<T> {
        if !stored.isNull, let v = decode(stored) { return .value(v) }
        if let raw = invalid[name] { return .invalid(raw: raw) }
        return .missing
    }

    static func text(_ v: DatabaseValue) -> String? { String.fromDatabaseValue(v) }
    static func int(_ v: DatabaseValue) -> Int? { Int.fromDatabaseValue(v) }

    static let summarySelect = """
        SELECT id, application_id, surname, given_names, nationalities, function_group,
               education_level, languages, years_experience, invalid_fields, name_key,
               (SELECT result FROM eligibility WHERE candidate_id = candidates.id),
               (SELECT group_concat(member || '\u{1}' || criterion || '\u{1}' || mark, '\u{2}')
                  FROM screening WHERE candidate_id = candidates.id)
        FROM candidates
        """

    static func summary(_ row: Row, criteria: [(CriterionID, CriterionGroup)]) -> CandidateSummary {
        var summary = summary(row)
        summary.eligibility = (row[11] as String?).flatMap(EligibilityResult.init(rawValue:))
        if !criteria.isEmpty {
            let entries = ((row[12] as String?) ?? "").split(separator: "\u{2}").compactMap {
                item -> ScreeningEntry? in
                let parts = item.split(separator: "\u{1}", omittingEmptySubsequences: false)
                guard parts.count == 3, let mark = ScreeningMark(rawValue: String(parts[2])) else {
                    return nil
                }
                return ScreeningEntry(
                    member: String(parts[0]), criterion: CriterionID(String(parts[1])), mark: mark)
            }
            summary.screening = ScreeningSummary(entries: entries, criteria: criteria)
        }
        return summary
    }

    static func summary(_ row: Row) -> CandidateSummary {
        let invalid = decodeInvalid(row[9])
        return CandidateSummary(
            id: row[0],
            applicationID: ApplicationID(row[1] as String),
            surname: row[2],
            givenNames: row[3],
            nationalities: field(row[4], "nationality", invalid) {
                text($0).flatMap(CountryCode.parseList)
            },
            functionGroup: field(row[5], "cast_function_group", invalid) {
                int($0).flatMap(FunctionGroup.init(rawValue:))
            },
            educationLevel: field(row[6], "education_level", invalid) {
                int($0).flatMap(EducationLevel.init(rawValue:))
            },
            languages: field(row[7], "languages", invalid) {
                text($0).flatMap(LanguageSkill.parseList)
            },
            yearsExperience: field(row[8], "years_experience", invalid) {
                Double.fromDatabaseValue($0)
            })
    }

    static let candidateSelect = """
        SELECT c.application_id, c.cast_registration_id, c.surname, c.given_names, c.nationalities,
               c.email, c.date_of_birth, c.submitted_at, c.function_group, c.cast_profile,
               c.cast_status, c.education_level, c.education_years, c.degree_field,
               c.diploma_recognised, c.languages, c.military_service, c.years_experience,
               c.current_employer, c.invalid_fields, t.cv_text, t.motivation, c.id
        FROM candidates c LEFT JOIN candidate_texts t ON t.candidate_id = c.id
        """

    /// The same columns with empty texts, for what never needs the CV (eligibility).
    static let candidateSelectWithoutTexts = """
        SELECT c.application_id, c.cast_registration_id, c.surname, c.given_names, c.nationalities,
               c.email, c.date_of_birth, c.submitted_at, c.function_group, c.cast_profile,
               c.cast_status, c.education_level, c.education_years, c.degree_field,
               c.diploma_recognised, c.languages, c.military_service, c.years_experience,
               c.current_employer, c.invalid_fields, '', '', c.id
        FROM candidates c
        """

    static func candidate(_ row: Row) -> Candidate {
        candidate(columns: Array(row.databaseValues))
    }

    /// The same from the row's values, copied out of the database (they can cross threads).
    static func candidate(columns v: [DatabaseValue]) -> Candidate {
        let invalid = decodeInvalid(text(v[19]))
        return Candidate(
            applicationID: ApplicationID(text(v[0]) ?? ""),
            castRegistrationID: text(v[1]),
            surname: text(v[2]) ?? "",
            givenNames: text(v[3]) ?? "",
            nationalities: field(v[4], "nationality", invalid) {
                text($0).flatMap(CountryCode.parseList)
            },
            email: text(v[5]),
            dateOfBirth: field(v[6], "date_of_birth", invalid) {
                text($0).flatMap(CalendarDate.init(iso:))
            },
            submittedAt: field(v[7], "submitted_at", invalid) {
                text($0).flatMap(Timestamp.init(iso:))
            },
            functionGroup: field(v[8], "cast_function_group", invalid) {
                int($0).flatMap(FunctionGroup.init(rawValue:))
            },
            castProfile: text(v[9]),
            castStatus: field(v[10], "cast_status", invalid) {
                text($0).flatMap(CASTStatus.init(rawValue:))
            },
            educationLevel: field(v[11], "education_level", invalid) {
                int($0).flatMap(EducationLevel.init(rawValue:))
            },
            educationYears: field(v[12], "education_years", invalid) { int($0) },
            degreeField: text(v[13]),
            diplomaRecognised: field(v[14], "diploma_recognised", invalid) {
                Bool.fromDatabaseValue($0)
            },
            languages: field(v[15], "languages", invalid) {
                text($0).flatMap(LanguageSkill.parseList)
            },
            militaryService: field(v[16], "military_service", invalid) {
                text($0).flatMap(MilitaryService.init(rawValue:))
            },
            yearsExperience: field(v[17], "years_experience", invalid) {
                Double.fromDatabaseValue($0)
            },
            currentEmployer: text(v[18]),
            cvText: text(v[20]) ?? "",
            motivation: text(v[21]) ?? "")
    }
}
