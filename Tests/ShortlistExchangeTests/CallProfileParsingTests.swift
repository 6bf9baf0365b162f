import Foundation
import ShortlistCore
import TOMLSupport
import Testing

@testable import ShortlistExchange

/// A profile with a mistake is refused with the file, the line and the reason. Each case
/// edits the built-in profile's text and says on which line the error must be reported: the
/// first line of the edited text that contains `at`.
@Suite struct CallProfileParsingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var replace: String
        var with: String
        var at: String
        var reason: String
        var testDescription: String { reason }
        init(_ replace: String, _ with: String, at: String, _ reason: String) {
            self.replace = replace
            self.with = with
            self.at = at
            self.reason = reason
        }
    }

    static func edited(_ c: Case) -> String {
        let text = BuiltInProfile.text
        precondition(text.contains(c.replace), "the profile no longer contains \(c.replace)")
        return text.replacingOccurrences(of: c.replace, with: c.with)
    }

    static func line(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains(marker) }! + 1
    }

    @Test(arguments: [
        // Unknown keys and tables.
        Case(
            "format = 1\n", "format = 1\ncolour = \"blue\"\n", at: "colour",
            "unknown key “colour” at the top of the file; the keys are format, call, sources, eligibility, scale, scoring, criteria"
        ),
        Case(
            "contract_type = \"3b\"\n", "contract_type = \"3b\"\ngrade = \"FG IV 13\"\n",
            at: "grade =",
            "unknown key “grade” in [call]; the keys are reference, title, unit, function_group, contract_type, reserve_list_announced"
        ),
        Case(
            "[eligibility.military]", "[eligibility.age]\nmaximum = 65\n\n[eligibility.military]",
            at: "[eligibility.age]",
            "unknown key “age” in [eligibility]; the keys are nationality, military, education, languages, cast, deadline"
        ),
        Case(
            "second_level = \"B2\"\n", "second_level = \"B2\"\nthird_level = \"B1\"\n",
            at: "third_level",
            "unknown key “third_level” in [eligibility.languages]; the keys are counted_languages, first_level, second_level"
        ),
        Case(
            "weight = 20\npass_mark = 3\n\n[criteria.A1.evidence]",
            "weight = 20\npass_mark = 3\nnote = \"x\"\n\n[criteria.A1.evidence]", at: "note =",
            "unknown key “note” in [criteria.A1]; the keys are group, text, weight, pass_mark, evidence"
        ),
        // Missing parts.
        Case(
            "[eligibility.military]\n# Obligations imposed by the applicable laws concerning military service fulfilled.\naccepted = [\"fulfilled\", \"exempt\", \"not_applicable\"]\n",
            "", at: "[eligibility.nationality]", "eligibility.military is missing"),
        Case(
            "minimum_level = \"bachelor\"\n", "", at: "[eligibility.education]",
            "eligibility.education.minimum_level is missing"),
        Case(
            "weight = 5\n", "", at: "[criteria.C2]", "criteria.C2.weight is missing"),
        Case("format = 1\n", "", at: "# Call profile", "format is missing"),
        // Wrong types.
        Case(
            "[criteria.A1]\ngroup = \"required\"", "[criteria.A1]\ngroup = 1", at: "group = 1",
            "criteria.A1.group must be a string, not a whole number"),
        Case(
            "weight = 15", "weight = \"15\"", at: "weight = \"15\"",
            "criteria.B2.weight must be a number, not a string"),
        Case(
            "minimum = 0", "minimum = 0.5", at: "minimum = 0.5",
            "scale.minimum must be a whole number, not a number with a fraction"),
        Case(
            "recognised_diploma_required = true", "recognised_diploma_required = \"yes\"",
            at: "recognised_diploma_required",
            "eligibility.education.recognised_diploma_required must be true or false, not a string"
        ),
        Case(
            "function_groups = [\"IV\"]", "function_groups = \"IV\"", at: "function_groups",
            "eligibility.cast.function_groups must be a list of strings, not a string"),
        Case(
            "statuses = [\"passed\", \"registered\"]", "statuses = [\"passed\", 2]",
            at: "statuses =",
            "eligibility.cast.statuses must be a list of strings, but holds a whole number"),
        Case(
            "received_by = 2025-12-02T23:00:00", "received_by = \"2025-12-02 23:00\"",
            at: "received_by",
            "eligibility.deadline.received_by must be a local date and time such as 2025-12-02T23:00:00, not a string"
        ),
        // Impossible values.
        Case(
            "weight = 10\npass_mark = 2", "weight = 0\npass_mark = 2", at: "weight = 0",
            "criteria.C1.weight must be above 0; it is 0"),
        Case(
            "weight = 15", "weight = -1.5", at: "weight = -1.5",
            "criteria.B2.weight must be above 0; it is -1.5"),
        Case(
            "weight = 5\n", "weight = 5\npass_mark = 5.5\n", at: "pass_mark = 5.5",
            "criteria.C2.pass_mark 5.5 is outside the scale, 0 to 5"),
        Case(
            "3 = \"Adequate", "# 3 = \"Adequate", at: "[scale.anchors]",
            "no anchor for level 3: every level from 0 to 5 needs one"),
        Case(
            "5 = \"Outstanding", "7 = \"Outstanding", at: "7 = ",
            "level 7 is outside the scale, 0 to 5"),
        Case(
            "5 = \"Outstanding", "five = \"Outstanding", at: "five = ",
            "“five” is not a level: the keys of [scale.anchors] are whole marks"),
        Case(
            "maximum = 5", "maximum = 0", at: "maximum = 0",
            "scale.maximum must be above scale.minimum (0)"),
        Case(
            "overall_pass_mark = 60", "overall_pass_mark = 120", at: "overall_pass_mark = 120",
            "scoring.overall_pass_mark is on 0–100; 120 is outside it"),
        Case(
            "divergence_threshold = 2", "divergence_threshold = 0", at: "divergence_threshold",
            "scoring.divergence_threshold must be above 0 and at most 5 (the scale's span); it is 0"
        ),
        Case(
            "reserve_list_limit = 5", "reserve_list_limit = 0", at: "reserve_list_limit = 0",
            "scoring.reserve_list_limit must be 1 or more (leave it out for no limit)"),
        Case(
            "\"IE\", \"IT\"", "\"IE\", \"XX\", \"IT\"", at: "\"XX\"",
            "eligibility.nationality.accepted: “XX” is not a country code (e.g. EL, FR)"),
        Case(
            "accepted = [\"fulfilled\", \"exempt\", \"not_applicable\"]",
            "accepted = [\"fulfilled\", \"exempt\", \"n/a\"]", at: "\"n/a\"",
            "eligibility.military.accepted: “n/a” is not a military-service status; they are fulfilled, exempt, not_applicable, pending"
        ),
        Case(
            "\"ro\", \"sk\"", "\"ro\", \"xx\", \"sk\"", at: "\"xx\"",
            "eligibility.languages.counted_languages: “xx” is not an ISO 639-1 language code (e.g. en, fr)"
        ),
        Case(
            "first_level = \"C1\"", "first_level = \"C3\"", at: "first_level",
            "eligibility.languages.first_level: “C3” is not a CEFR level (A1, A2, B1, B2, C1, C2)"
        ),
        Case(
            "second_level = \"B2\"", "second_level = \"C2\"", at: "second_level",
            "eligibility.languages.second_level (C2) must not be above first_level (C1)"),
        Case(
            "minimum_level = \"bachelor\"", "minimum_level = \"licence\"", at: "minimum_level",
            "eligibility.education.minimum_level: “licence” is not an education level; they are secondary, post-secondary, bachelor, master, doctorate"
        ),
        Case(
            "function_group = \"IV\"", "function_group = \"V\"", at: "function_group = ",
            "call.function_group: “V” is not a function group (I, II, III or IV)"),
        Case(
            "reference = \"EC/2025/CNECT/441297\"", "reference = \"  \"", at: "reference",
            "call.reference must not be empty"),
        Case(
            "time_zone = \"Europe/Brussels\"", "time_zone = \"Europe/Bruxelles\"", at: "time_zone",
            "eligibility.deadline: “Europe/Bruxelles” is not an IANA time zone (e.g. Europe/Brussels)"
        ),
        Case(
            "received_by = 2025-12-02T23:00:00", "received_by = 2025-12-02T23:00:00+01:00",
            at: "received_by",
            "eligibility.deadline.received_by must be a local time without a UTC offset (e.g. 2025-12-02T23:00:00): the offset follows from time_zone"
        ),
        Case(
            "received_by = 2025-12-02T23:00:00", "received_by = 2025-03-30T02:30:00",
            at: "received_by",
            "eligibility.deadline: this local time does not exist in the time zone (the clocks skip it)"
        ),
        Case(
            "group = \"desired\"", "group = \"essential\"", at: "group = \"essential\"",
            "criteria.B1.group: “essential” is not a group; the groups are required, desired, personal_qualities"
        ),
        Case(
            "en = [\"English\", ", "english = [\"English\", ", at: "english =",
            "“english” is not a language: the keys of [criteria.C2.evidence] are ISO 639-1 codes in lower case (en, fr, de)"
        ),
        Case(
            "\"Lastenheft\", ", "\"F&E\", ", at: "\"F&E\"",
            "criteria.A2.evidence.de: “F&E” may hold only letters, digits, spaces, hyphens and apostrophes"
        ),
        Case(
            "[criteria.C2]\n", "[criteria.\"C 2\"]\n", at: "[criteria.\"C 2\"]",
            "criterion id “C 2” may hold only letters, digits, _ and - (e.g. A1)"),
        Case(
            "format = 1", "format = 2", at: "format = 2",
            "format 2 is not known; this version of shortlist reads format 1"),
    ])
    func mistakesAreRefusedWithTheirLine(_ c: Case) throws {
        let text = Self.edited(c)
        let error = try #require(throws: TOMLFileError.self) {
            try CallProfileParser.parse(text: text, file: "call.toml")
        }
        #expect(error.reason == c.reason)
        #expect(error.line == Self.line(of: c.at, in: text), "\(error)")
        #expect(error.file == "call.toml")
    }

    @Test func syntaxErrorsGiveTheirLineToo() throws {
        let text = BuiltInProfile.text.replacingOccurrences(
            of: "title = \"Policy Officer\"", with: "title = \"Policy Officer")
        let error = try #require(throws: TOMLFileError.self) {
            try CallProfileParser.parse(text: text, file: "call.toml")
        }
        #expect(error.line == Self.line(of: "title = ", in: text))
        let duplicate = BuiltInProfile.text.replacingOccurrences(
            of: "weight = 15", with: "weight = 15\nweight = 16")
        let error2 = try #require(throws: TOMLFileError.self) {
            try CallProfileParser.parse(text: duplicate, file: "call.toml")
        }
        #expect(error2.line == Self.line(of: "weight = 16", in: duplicate))
    }

    @Test func anErrorNamesTheFileItCameFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("next-call.toml")
        try Data(
            BuiltInProfile.text.replacingOccurrences(of: "weight = 15", with: "weight = 0").utf8
        )
        .write(to: url)
        let error = try #require(throws: TOMLFileError.self) { try CallProfileParser.load(url) }
        #expect(error.description.hasPrefix("\(url.path):"))
        #expect(error.description.hasSuffix(": criteria.B2.weight must be above 0; it is 0"))
        let missing = try #require(throws: TOMLFileError.self) {
            try CallProfileParser.load(folder.appendingPathComponent("none.toml"))
        }
        #expect(missing.reason == "cannot be read as UTF-8 text")
    }

    @Test func optionalPartsMayBeLeftOut() throws {
        var text = BuiltInProfile.text
        for line in [
            "reserve_list_limit = 5\n", "contract_type = \"3b\"\n", "pass_mark = 3\n",
            "reserve_list_announced = false\n", "[sources]\n",
        ] {
            text = text.replacingOccurrences(of: line, with: "")
        }
        for key in ValueSources().entries.map(\.key) {
            text = text.replacingOccurrences(
                of: #"(?m)^\#(key) = "(call|panel)"\n"#, with: "", options: .regularExpression)
        }
        let start = text.range(of: "[criteria.C2.evidence]")!
        text.removeSubrange(start.lowerBound...)
        let profile = try CallProfileParser.parse(text: text, file: "call.toml")
        #expect(profile.scoring.reserveListLimit == nil)
        #expect(profile.contractType == nil)
        #expect(profile.criteria.map(\.passMark) == [nil, nil, nil, nil, nil, 2, nil])
        #expect(profile.criteria.last!.evidence.isEmpty)
        #expect(profile.sources == ValueSources())
        #expect(!profile.reserveListAnnounced)
    }

    @Test func sourcesSayWhoFixedEachValue() throws {
        let text = BuiltInProfile.text.replacingOccurrences(
            of: "weights = \"panel\"", with: "weights = \"call\"")
        let profile = try CallProfileParser.parse(text: text, file: "call.toml")
        #expect(profile.sources.weights == .call)
        #expect(profile.sources.passMarks == .panel)
        let wrong = BuiltInProfile.text.replacingOccurrences(
            of: "scale = \"panel\"", with: "scale = \"chair\"")
        let error = try #require(throws: TOMLFileError.self) {
            try CallProfileParser.parse(text: wrong, file: "call.toml")
        }
        #expect(error.reason == "sources.scale: “chair” is not a source; say \"call\" or \"panel\"")
        let unknown = BuiltInProfile.text.replacingOccurrences(
            of: "[sources]\n", with: "[sources]\ndeadline = \"call\"\n")
        #expect(throws: TOMLFileError.self) {
            try CallProfileParser.parse(text: unknown, file: "call.toml")
        }
    }

    @Test func criteriaKeepTheFilesOrderAndNumbersMayHaveFractions() throws {
        let text = BuiltInProfile.text
            .replacingOccurrences(of: "[criteria.B1]", with: "[criteria.Z9]")
            .replacingOccurrences(of: "[criteria.B1.evidence]", with: "[criteria.Z9.evidence]")
            .replacingOccurrences(of: "weight = 15", with: "weight = 12.5")
        let profile = try CallProfileParser.parse(text: text, file: "call.toml")
        #expect(profile.criteria.map(\.id.rawValue) == ["A1", "A2", "A3", "Z9", "B2", "C1", "C2"])
        #expect(profile.criterion(CriterionID("B2"))?.weight == 12.5)
    }
}
