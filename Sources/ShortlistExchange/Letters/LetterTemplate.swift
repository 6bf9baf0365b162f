import Foundation
import ShortlistCore

/// The invitation letter's text with `{{placeholder}}`s, as the secretary may edit it
/// (`shortlist invite template set FILE`). The same text makes the Markdown letter and the
/// e-mail's body, so it is written to read well as both.
public enum LetterTemplate {
    /// What a template may use, with what each becomes.
    public static let placeholders: [(String, String)] = [
        ("name", "the candidate's given names and surname"),
        ("application_id", "the application id"),
        ("call", "the call's reference"),
        ("title", "the post's title"),
        ("unit", "the unit"),
        ("date", "the interview's date, e.g. 15 January 2026"),
        ("time", "the time with its offset, e.g. 10:00 (UTC+01:00)"),
        ("place", "the place or video link"),
        ("languages", "the interview's languages, e.g. English and French"),
    ]

    public static let builtIn = """
        Dear {{name}},

        Thank you for your interest in the call for interest {{call}} ({{title}}, {{unit}}). \
        The selection panel is pleased to invite you to an interview.

        - Date: {{date}}
        - Time: {{time}}
        - Place or link: {{place}}
        - Languages of the interview: {{languages}}

        Please bring an identity document with a photograph (identity card or passport). For \
        an interview by video, please join a few minutes early from a quiet room, with a \
        camera and a microphone, and keep the identity document at hand.

        Please reply to this message to confirm that you will attend, or to let us know if \
        you can no longer take part in the selection.

        Your application reference: {{application_id}}

        Kind regards,

        The selection panel

        """

    /// Refuses a text that names a placeholder the letters do not fill, naming it, so that no
    /// letter goes out with `{{…}}` in it.
    public static func validate(_ text: String) throws {
        let known = Set(placeholders.map(\.0))
        var unknown: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw ExportError("the template opens a placeholder ({{) it never closes")
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !known.contains(name), !unknown.contains(name) { unknown.append(name) }
            rest = rest[close.upperBound...]
        }
        guard unknown.isEmpty else {
            throw ExportError(
                "the template uses \(unknown.map { "{{\($0)}}" }.joined(separator: ", ")), which letters do not fill; placeholders: "
                    + placeholders.map { "{{\($0.0)}}" }.joined(separator: ", "))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExportError("the template is empty")
        }
    }

    /// The text with every placeholder replaced by `values` (already escaped for the output).
    static func render(_ text: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{"),
            let close = rest[open.upperBound...].range(of: "}}")
        {
            out += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out += values[name] ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `English and French`; `English, French and German`.
    static func languageNames(_ codes: [LanguageCode]) -> String {
        let names = codes.map { languageNames[$0.rawValue] ?? $0.rawValue.uppercased() }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    static let languageNames: [String: String] = [
        "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
        "en": "English", "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French",
        "ga": "Irish", "hr": "Croatian", "hu": "Hungarian", "it": "Italian", "lt": "Lithuanian",
        "lv": "Latvian", "mt": "Maltese", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
        "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish",
    ]
}
