#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// A candidate's columns read on a server, as `CandidateColumns` reads them from SQLite.
    /// In blind mode the server withholds the name and personal columns from every panel role
    /// (`set_blind_mode`), so the select names none of them: the application id stands in.
    enum PostgresCandidateColumns {
        /// The list row's columns: `summary` decodes them in this order.
        static func summarySelect(blind: Bool) -> String {
            "SELECT \(summaryColumns(blind: blind)) FROM candidates"
        }

        /// The columns of `summarySelect`, of a row of `candidates` named so.
        static func summaryColumns(blind: Bool) -> String {
            summaryColumnList(blind: blind).joined(separator: ", ")
        }

        /// How many columns `summaryColumns` reads: what a statement selects after them
        /// starts there.
        static let summaryColumnCount = summaryColumnList(blind: false).count

        /// One expression a column, in the order `summary` decodes them.
        private static func summaryColumnList(blind: Bool) -> [String] {
            let names =
                blind
                ? ["application_id", "''::text", "NULL::text"]
                : ["surname", "given_names", "nationalities"]
            return ["candidates.id", "application_id"] + names + [
                "function_group", "education_level", "languages", "years_experience",
                "invalid_fields",
                "(SELECT result FROM eligibility WHERE candidate_id = candidates.id)",
                """
                (SELECT string_agg(member || E'\\x01' || criterion || E'\\x01' || mark, E'\\x02')
                          FROM screening WHERE candidate_id = candidates.id)
                """,
            ]
        }

        static func summary(
            _ row: PostgresRow, criteria: [(CriterionID, CriterionGroup)], blind: Bool
        ) throws -> CandidateSummary {
            let c = row.makeRandomAccess()
            let invalid = CandidateColumns.decodeInvalid(try c[9].decode(String?.self))
            var summary = CandidateSummary(
                id: try c[0].decode(Int64.self),
                applicationID: ApplicationID(try c[1].decode(String.self)),
                surname: try c[2].decode(String?.self) ?? "",
                givenNames: try c[3].decode(String?.self) ?? "",
                nationalities: field(try c[4].decode(String?.self), "nationality", invalid) {
                    CountryCode.parseList($0)
                },
                functionGroup: field(try c[5].decode(Int?.self), "cast_function_group", invalid) {
                    FunctionGroup(rawValue: $0)
                },
                educationLevel: field(try c[6].decode(Int?.self), "education_level", invalid) {
                    EducationLevel(rawValue: $0)
                },
                languages: field(try c[7].decode(String?.self), "languages", invalid) {
                    LanguageSkill.parseList($0)
                },
                yearsExperience: field(try c[8].decode(Double?.self), "years_experience", invalid) {
                    $0
                })
            summary.eligibility = try c[10].decode(String?.self).flatMap(
                EligibilityResult.init(rawValue:))
            if !criteria.isEmpty {
                let entries = (try c[11].decode(String?.self) ?? "").split(separator: "\u{2}")
                    .compactMap { item -> ScreeningEntry? in
                        let parts = item.split(separator: "\u{1}", omittingEmptySubsequences: false)
                        guard parts.count == 3, let mark = ScreeningMark(rawValue: String(parts[2]))
                        else { return nil }
                        return ScreeningEntry(
                            member: String(parts[0]), criterion: CriterionID(String(parts[1])),
                            mark: mark)
                    }
                summary.screening = ScreeningSummary(entries: entries, criteria: criteria)
            }
            return blind ? summary.blinded() : summary
        }

        /// Everything about one candidate, long texts included; `candidate` decodes it.
        static func candidateSelect(blind: Bool) -> String {
            "SELECT \(candidateColumns(blind: blind)) \(candidateFrom)"
        }

        /// The columns of `candidateSelect`, of `candidateFrom`.
        static func candidateColumns(blind: Bool) -> String {
            candidateColumnList(blind: blind).joined(separator: ", ")
        }

        /// How many columns `candidateColumns` reads: what a statement selects after them
        /// starts there.
        static let candidateColumnCount = candidateColumnList(blind: false).count

        /// One expression a column, in the order `candidate` decodes them.
        private static func candidateColumnList(blind: Bool) -> [String] {
            let personal =
                blind
                ? ["c.application_id", "''::text", "NULL::text", "NULL::text", "NULL::text"]
                : ["c.surname", "c.given_names", "c.nationalities", "c.email", "c.date_of_birth"]
            return ["c.application_id", "c.cast_registration_id"] + personal + [
                "c.submitted_at", "c.function_group", "c.cast_profile", "c.cast_status",
                "c.education_level", "c.education_years", "c.degree_field",
                "c.diploma_recognised", "c.languages", "c.military_service",
                "c.years_experience", "c.current_employer", "c.invalid_fields", "t.cv_text",
                "t.motivation",
            ]
        }

        static let candidateFrom =
            "FROM candidates c LEFT JOIN candidate_texts t ON t.candidate_id = c.id"

        static func candidate(_ row: PostgresRow, blind: Bool) throws -> Candidate {
            let c = row.makeRandomAccess()
            func text(_ i: Int) throws -> String? { try c[i].decode(String?.self) }
            let invalid = CandidateColumns.decodeInvalid(try text(19))
            let candidate = Candidate(
                applicationID: ApplicationID(try text(0) ?? ""),
                castRegistrationID: try text(1),
                surname: try text(2) ?? "",
                givenNames: try text(3) ?? "",
                nationalities: field(try text(4), "nationality", invalid) {
                    CountryCode.parseList($0)
                },
                email: try text(5),
                dateOfBirth: field(try text(6), "date_of_birth", invalid) {
                    CalendarDate(iso: $0)
                },
                submittedAt: field(try text(7), "submitted_at", invalid) { Timestamp(iso: $0) },
                functionGroup: field(try c[8].decode(Int?.self), "cast_function_group", invalid) {
                    FunctionGroup(rawValue: $0)
                },
                castProfile: try text(9),
                castStatus: field(try text(10), "cast_status", invalid) {
                    CASTStatus(rawValue: $0)
                },
                educationLevel: field(try c[11].decode(Int?.self), "education_level", invalid) {
                    EducationLevel(rawValue: $0)
                },
                educationYears: field(try c[12].decode(Int?.self), "education_years", invalid) {
                    $0
                },
                degreeField: try text(13),
                diplomaRecognised: field(
                    try c[14].decode(Bool?.self), "diploma_recognised", invalid
                ) { $0 },
                languages: field(try text(15), "languages", invalid) {
                    LanguageSkill.parseList($0)
                },
                militaryService: field(try text(16), "military_service", invalid) {
                    MilitaryService(rawValue: $0)
                },
                yearsExperience: field(
                    try c[17].decode(Double?.self), "years_experience", invalid
                ) { $0 },
                currentEmployer: try text(18),
                cvText: try text(20) ?? "",
                motivation: try text(21) ?? "")
            return blind ? candidate.blinded() : candidate
        }

        /// A stored value, or invalid with its raw text, or missing: as `CandidateColumns.field`.
        static func field<Stored, T>(
            _ stored: Stored?, _ name: String, _ invalid: [String: String],
            _ decode: (Stored) -> T?
        ) -> FieldValue<T> {
            if let stored, let value = decode(stored) { return .value(value) }
            if let raw = invalid[name] { return .invalid(raw: raw) }
            return .missing
        }
    }

    /// A statement built in pieces: the filter's arguments first ($1…), as its compiled
    /// condition numbers them, then each value bound where it is written.
    struct PostgresStatement {
        var sql = ""
        private(set) var binds = PostgresBindings()

        init(_ filter: CompiledFilter? = nil) {
            for value in filter?.values ?? [] {
                switch value {
                case .integer(let v): binds.append(v)
                case .real(let v): binds.append(v)
                case .text(let v): binds.append(v)
                }
            }
        }

        /// The placeholder of a newly bound value.
        mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }

        var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
    }
#endif
