import ShortlistCore
import TerminalKit

/// A candidate laid out as lines for a given width: labelled fields, then the CV and the
/// motivation wrapped. Built once per candidate and width, then scrolled.
struct DetailDocument {
    struct Segment: Equatable {
        var text: String
        var style: Style
    }
    typealias Line = [Segment]

    let applicationID: ApplicationID
    let width: Int
    private(set) var lines: [Line] = []

    static let labelWidth = 16

    init(candidate c: Candidate, width: Int, theme: Theme) {
        applicationID = c.applicationID
        self.width = width
        section("Candidate", theme)
        field("Application", .normal(c.applicationID.rawValue), theme)
        field("CAST number", c.castRegistrationID.map(FieldText.normal) ?? .missing, theme)
        field("Surname", .normal(c.surname), theme)
        field("Given names", .normal(c.givenNames), theme)
        field("Nationality", FieldText(c.nationalities, CandidateFormat.nationalities), theme)
        field("Born", FieldText(c.dateOfBirth, \.description), theme)
        field("E-mail", c.email.map(FieldText.normal) ?? .missing, theme)
        field("Submitted", FieldText(c.submittedAt, \.description), theme)
        blank()
        section("Profile", theme)
        field("Function group", FieldText(c.functionGroup) { "FG \($0)" }, theme)
        field("CAST status", FieldText(c.castStatus, \.description), theme)
        field("CAST profile", c.castProfile.map(FieldText.normal) ?? .missing, theme)
        field("Education", FieldText(c.educationLevel, \.description), theme)
        field("Years", FieldText(c.educationYears) { "\($0) years of education" }, theme)
        field("Degree", c.degreeField.map(FieldText.normal) ?? .missing, theme)
        field(
            "Diploma",
            FieldText(c.diplomaRecognised) {
                $0 ? "recognised by an EU member state" : "not recognised"
            },
            theme)
        field("Languages", FieldText(c.languages, Self.languages), theme)
        field(
            "Military",
            FieldText(c.militaryService) { $0.rawValue.replacingOccurrences(of: "_", with: " ") },
            theme)
        field(
            "Experience", FieldText(c.yearsExperience) { "\(CandidateFormat.years($0)) years" },
            theme)
        field("Employer", c.currentEmployer.map(FieldText.normal) ?? .missing, theme)
        blank()
        section("Curriculum vitae", theme)
        paragraph(c.cvText, theme)
        blank()
        section("Motivation", theme)
        paragraph(c.motivation, theme)
    }

    private static func languages(_ skills: [LanguageSkill]) -> String {
        skills.enumerated().map { i, s in
            "\(s.language.rawValue.uppercased()) \(s.level)\(i == 0 ? " (mother tongue)" : "")"
        }.joined(separator: ", ")
    }

    private mutating func section(_ title: String, _ theme: Theme) {
        lines.append([Segment(text: title, style: theme[.sectionTitle])])
    }

    private mutating func blank() { lines.append([]) }

    private mutating func field(_ label: String, _ value: FieldText, _ theme: Theme) {
        let style: Style
        var text = value.text
        switch value.kind {
        case .normal: style = theme[.row]
        case .missing:
            style = theme[.missingValue]
            text = "\(theme.glyphs.missing) not given"
        case .invalid:
            style = theme[.invalidValue]
            let g = theme.glyphs
            text = "? unreadable: \(g.openQuote)\(text.dropFirst())\(g.closeQuote)"
        }
        let valueWidth = max(10, width - Self.labelWidth)
        for (i, piece) in wrapText(text, width: valueWidth).enumerated() {
            let labelText =
                i == 0
                ? label.padded(toWidth: Self.labelWidth - 1) + " "
                : String(repeating: " ", count: Self.labelWidth)
            lines.append([
                Segment(text: labelText, style: theme[.label]), Segment(text: piece, style: style),
            ])
        }
    }

    private mutating func paragraph(_ text: String, _ theme: Theme) {
        if text.isEmpty {
            lines.append([
                Segment(text: "\(theme.glyphs.missing) not given", style: theme[.missingValue])
            ])
            return
        }
        for piece in wrapText(text, width: width) {
            lines.append([Segment(text: piece, style: theme[.row])])
        }
    }
}
