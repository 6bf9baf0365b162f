import Foundation

/// A value that could not be read (or only partly): which field, why, and what became of it.
public struct FieldWarning: Sendable, Equatable, CustomStringConvertible {
    public var field: ApplicationField
    public var reason: String
    /// What the import did with the value, as the message ends: `imported as unknown`, or for a
    /// value partly read, that the rules judge the part that can be read.
    public var consequence: String

    public init(_ field: ApplicationField, _ reason: String, consequence: String? = nil) {
        self.field = field
        self.reason = reason
        self.consequence = consequence ?? FieldWarning.unknown
    }

    /// A value none of which can be read.
    public static let unknown = "imported as unknown"

    public var description: String { "\(field): \(reason)" }

    /// The warning for a value holding control or bidi characters: unlike the others, the
    /// value is imported as written, not as unknown.
    public static let hiddenCharacters =
        "holds control or bidi characters (such as ESC or U+202E), shown as markers such as ␛ or \\u{202E}"
}

/// Why a value cannot be read.
public struct ValueProblem: Error, Sendable, Equatable {
    public var reason: String
    /// Set when part of the value is still used (see `FieldWarning.consequence`).
    public var consequence: String?
    public init(_ reason: String, consequence: String? = nil) {
        self.reason = reason
        self.consequence = consequence
    }
}

/// Why a record is rejected as a whole: it cannot be identified.
public struct RecordRejection: Sendable, Equatable, Error {
    public var field: ApplicationField?
    public var reason: String

    public init(_ field: ApplicationField?, _ reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// Reads an application from the text of its fields, as the import format defines them.
///
/// Nobody drops out of a selection because of a typo: only a record without an id or a name
/// is rejected. A bad value is kept as `.invalid(raw:)` with a warning that says what is
/// wrong. The eligibility rules later judge what can be read of it (`IT;ZZ` is Italian, a time
/// without an offset is read in the call's time zone) and say "needs check" when that does not
/// decide.
public enum ApplicationParsing {
    public struct Parsed: Sendable {
        public var candidate: Candidate
        public var warnings: [FieldWarning]
    }

    public static func parse(_ fields: [ApplicationField: String]) -> Result<
        Parsed, RecordRejection
    > {
        var warnings: [FieldWarning] = []
        func identity(_ field: ApplicationField) -> String? {
            let text = (fields[field] ?? "").trimmingASCIISpaces()
            return text.isEmpty ? nil : text
        }
        guard identity(.applicationID) != nil, let id = fields[.applicationID] else {
            return .failure(
                RecordRejection(.applicationID, "is empty: the record cannot be identified"))
        }
        // The id is taken exactly as written: trimming would turn "APP-1 " into someone
        // else's "APP-1".
        if let problem = ApplicationID.problem(with: id) {
            return .failure(RecordRejection(.applicationID, problem))
        }
        guard let surname = identity(.surname) else {
            return .failure(RecordRejection(.surname, "is empty: the record cannot be identified"))
        }
        guard let given = identity(.givenNames) else {
            return .failure(
                RecordRejection(.givenNames, "is empty: the record cannot be identified"))
        }

        func text(_ field: ApplicationField) -> String? {
            let t = (fields[field] ?? "").trimmingASCIISpaces()
            return t.isEmpty ? nil : t
        }
        /// Reads a typed field: missing when empty, else the value or invalid with a warning.
        func typed<T>(_ field: ApplicationField, _ read: (String) -> Result<T, ValueProblem>)
            -> FieldValue<T>
        {
            guard let raw = fields[field] else { return .missing }
            let t = raw.trimmingASCIISpaces()
            if t.isEmpty { return .missing }
            switch read(t) {
            case .success(let v): return .value(v)
            case .failure(let problem):
                warnings.append(
                    FieldWarning(field, problem.reason, consequence: problem.consequence))
                return .invalid(raw: raw)
            }
        }

        let candidate = Candidate(
            applicationID: ApplicationID(id),
            castRegistrationID: text(.castRegistrationID),
            surname: surname,
            givenNames: given,
            nationalities: typed(.nationality, readNationalities),
            email: text(.email),
            dateOfBirth: typed(.dateOfBirth) { t in
                CalendarDate(iso: t).map { .success($0) }
                    ?? .failure(ValueProblem("“\(t)” is not a date written YYYY-MM-DD"))
            },
            submittedAt: typed(.submittedAt, readTimestamp),
            functionGroup: typed(.castFunctionGroup) { t in
                FunctionGroup(text: t).map { .success($0) }
                    ?? .failure(ValueProblem("“\(t)” is not a function group (I, II, III or IV)"))
            },
            castProfile: text(.castProfile),
            castStatus: typed(.castStatus) { t in
                CASTStatus(text: t).map { .success($0) }
                    ?? .failure(ValueProblem("“\(t)” is not a CAST status (passed or registered)"))
            },
            educationLevel: typed(.educationLevel) { t in
                EducationLevel(text: t).map { .success($0) }
                    ?? .failure(
                        ValueProblem(
                            "“\(t)” is not an education level (secondary, post-secondary, bachelor, master, doctorate)"
                        ))
            },
            educationYears: typed(.educationYears) { t in
                guard let n = Int(t), (0...40).contains(n) else {
                    return .failure(
                        ValueProblem("“\(t)” is not a number of years between 0 and 40"))
                }
                return .success(n)
            },
            degreeField: text(.degreeField),
            diplomaRecognised: typed(.diplomaRecognised) { t in
                Bool(formatText: t).map { .success($0) }
                    ?? .failure(ValueProblem("“\(t)” is not true or false"))
            },
            languages: typed(.languages, readLanguages),
            militaryService: typed(.militaryService) { t in
                MilitaryService(text: t).map { .success($0) }
                    ?? .failure(
                        ValueProblem(
                            "“\(t)” is not one of fulfilled, exempt, not_applicable, pending"))
            },
            yearsExperience: typed(.yearsExperience) { t in
                // A decimal comma, as spreadsheets in most EU locales write it, is accepted.
                // Only a text with a comma goes through Foundation's replacing, which cost
                // more than the rest of the record's numbers (no other character is
                // canonically a comma, so a text without the byte has nothing to replace).
                let decimal =
                    t.utf8.contains(UInt8(ascii: ","))
                    ? t.replacingOccurrences(of: ",", with: ".") : t
                guard let n = Double(decimal), n.isFinite,
                    (0...70).contains(n)
                else {
                    return .failure(
                        ValueProblem("“\(t)” is not a number of years between 0 and 70"))
                }
                return .success(n)
            },
            currentEmployer: text(.currentEmployer),
            cvText: fields[.cvText] ?? "",
            motivation: fields[.motivation] ?? "")
        // The value is kept as it came (it is evidence); every output shows its control and
        // bidi characters as markers, and the importer is told where they are.
        for field in ApplicationField.allCases {
            if let value = fields[field], VisibleText.hasHidden(value) {
                warnings.append(
                    FieldWarning(
                        field, FieldWarning.hiddenCharacters, consequence: "imported as written"))
            }
        }
        return .success(Parsed(candidate: candidate, warnings: warnings))
    }

    static func readNationalities(_ t: String) -> Result<[CountryCode], ValueProblem> {
        let entries = readNationalityEntries(t)
        guard entries.unreadable.isEmpty else {
            return .failure(partlyRead(entries, shown: \.rawValue))
        }
        return entries.readable.isEmpty
            ? .failure(ValueProblem("no country code")) : .success(entries.readable)
    }

    /// The value is kept as written (the database holds it for a person to check); when some
    /// entries can be read, the rules judge on them, so the warning says what was read.
    static func partlyRead<Entry>(_ entries: PartlyRead<Entry>, shown: (Entry) -> String)
        -> ValueProblem
    {
        let reasons = entries.unreadable.map(\.reason).joined(separator: "; ")
        guard !entries.readable.isEmpty else { return ValueProblem(reasons) }
        let read = entries.readable.map(shown).joined(separator: ";")
        return ValueProblem(
            "\(reasons) (read: \(read))",
            consequence: "imported as written; eligibility judges what can be read")
    }

    static func readTimestamp(_ t: String) -> Result<Timestamp, ValueProblem> {
        if let stamp = Timestamp(iso: t) { return .success(stamp) }
        let hasOffset =
            t.hasSuffix("Z") || t.hasSuffix("z") || t.dropFirst(16).contains("+")
            || t.dropFirst(16).contains("-")
        if !hasOffset, Timestamp(iso: t + "Z") != nil {
            // Read later, by the deadline rule, in the call's time zone: parsing does not know
            // the profile, and a profile replaced before adoption must read it again.
            return .failure(
                ValueProblem(
                    "“\(t)” has no UTC offset (write it with Z or ±HH:MM)",
                    consequence:
                        "imported as written; eligibility reads it in the call's time zone"))
        }
        return .failure(
            ValueProblem(
                "“\(t)” is not an ISO 8601 timestamp with an offset (e.g. 2025-12-02T23:30:00+02:00)"
            ))
    }

    static func readLanguages(_ t: String) -> Result<[LanguageSkill], ValueProblem> {
        let entries = readLanguageEntries(t)
        guard entries.unreadable.isEmpty else {
            return .failure(
                partlyRead(entries) { "\($0.language.rawValue.uppercased()):\($0.level)" })
        }
        return entries.readable.isEmpty
            ? .failure(ValueProblem("no language")) : .success(entries.readable)
    }
}
