#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO
    import ShortlistCore

    /// `CandidateColumns` for a server: the same values, bound with the types of the server's
    /// columns, and rows read back into the values `CandidateColumns.candidate` decodes.
    extension PostgresCandidateColumns {
        enum ColumnType {
            case text, bigint, integer, double, boolean

            /// The type's name in SQL.
            var name: String {
                switch self {
                case .text: "text"
                case .bigint: "bigint"
                case .integer: "integer"
                case .double: "double precision"
                case .boolean: "boolean"
                }
            }
        }

        /// The server's type of each of `CandidateColumns.columnValues`, in order.
        static let valueTypes: [ColumnType] = [
            .text, .text, .text, .text, .text, .text, .text, .text, .bigint, .integer, .text,
            .text, .integer, .integer, .text, .boolean, .text, .text, .double, .text, .text,
            .text, .text, .bigint, .text, .text,
        ]

        static let valueColumns = """
            application_id, cast_registration_id, surname, given_names, nationalities, email,
            date_of_birth, submitted_at, submitted_epoch, function_group, cast_profile, cast_status,
            education_level, education_years, degree_field, diploma_recognised, languages,
            military_service, years_experience, current_employer, invalid_fields, name_key,
            name_search, fingerprint, content_sha256, name_latin
            """

        /// Binds one value as a column of `type`: SQLite's integers for flags become booleans.
        static func bind(
            _ value: (any DatabaseValueConvertible)?, as type: ColumnType,
            into bindings: inout PostgresBindings
        ) {
            switch (value?.databaseValue.storage ?? .null, type) {
            case (.null, _), (.blob, _): bindings.appendNull()
            case (.int64(let n), .boolean): bindings.append(n != 0)
            case (.int64(let n), .integer): bindings.append(Int32(clamping: n))
            case (.int64(let n), .double): bindings.append(Double(n))
            case (.int64(let n), _): bindings.append(n)
            case (.double(let d), _): bindings.append(d)
            case (.string(let s), _): bindings.append(s)
            }
        }

        /// Binds a prepared candidate's column values, in `valueColumns` order.
        static func bind(_ prepared: PreparedCandidate, into bindings: inout PostgresBindings) {
            let values = CandidateColumns.columnValues(
                prepared.candidate, fingerprint: prepared.fingerprint,
                contentSHA256: prepared.contentSHA256)
            for (value, type) in zip(values, valueTypes) {
                bind(value, as: type, into: &bindings)
            }
        }

        /// `CandidateColumns.candidateSelect` on a server: the types are the server's.
        static let candidateSelect = CandidateColumns.candidateSelect

        /// The type of each column of `candidateSelect`, in order.
        private static let selectTypes: [ColumnType] = [
            .text, .text, .text, .text, .text, .text, .text, .text, .integer, .text, .text,
            .integer, .integer, .text, .boolean, .text, .text, .double, .text, .text, .text,
            .text, .bigint,
        ]

        /// A row of `candidateSelect` as the candidate it holds.
        static func candidate(_ row: PostgresRow) throws -> Candidate {
            var values: [DatabaseValue] = []
            for (cell, type) in zip(row, selectTypes) {
                switch type {
                case .text: values.append(try cell.decode(String?.self).databaseValue)
                case .bigint: values.append(try cell.decode(Int64?.self).databaseValue)
                case .integer:
                    values.append(try cell.decode(Int32?.self).map(Int64.init).databaseValue)
                case .double: values.append(try cell.decode(Double?.self).databaseValue)
                case .boolean: values.append(try cell.decode(Bool?.self).databaseValue)
                }
            }
            return CandidateColumns.candidate(columns: values)
        }
    }
#endif
