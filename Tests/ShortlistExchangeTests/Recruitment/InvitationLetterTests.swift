import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistExchange

/// Invitation letters (issue 19, item 2) compared whole with golden files, for a Greek and a
/// Polish name: the Markdown letter and the e-mail draft with its headers.
@Suite struct InvitationLetterTests {
    static let profile = try? CallProfileParser.parse(
        text: BuiltInProfile.text, file: "the built-in profile")
    static let exported = Timestamp(iso: "2025-12-20T09:30:00Z")!

    static func letter(_ id: String, _ name: String, _ email: String, _ at: String, _ place: String)
        throws -> InvitationLetters.Letter
    {
        InvitationLetters.Letter(
            applicationID: ApplicationID(id), name: name, email: email,
            slot: InterviewSlot(
                time: try InterviewSlot.parseTime(at), place: place,
                languages: try InterviewSlot.parseLanguages("EN,FR")))
    }

    static let letters: [(String, InvitationLetters.Letter)] = [
        (
            "greek",
            try! letter(
                "APP-0000001", "Ιωάννης Παπαδόπουλος", "candidate1@example.org",
                "2026-01-15T10:00+01:00", "Room 03/45, Avenue de Beaulieu 25, Brussels")
        ),
        (
            "polish",
            try! letter(
                "APP-0000003", "Łukasz Żółć", "candidate3@example.org", "2026-01-15T11:30:00+01:00",
                "https://webconf.example.eu/j/441297?pwd=*secret*")
        ),
    ]

    func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/Letters/\(name)")
        if let problem = GoldenFile.compare(actual, with: url) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [0, 1]) func theLettersMatchTheirGoldenFiles(_ index: Int) throws {
        let (name, letter) = Self.letters[index]
        check(
            InvitationLetters.markdown(
                letter, profile: Self.profile, template: LetterTemplate.builtIn),
            "\(name).md")
        check(
            InvitationLetters.eml(
                letter, profile: Self.profile, template: LetterTemplate.builtIn,
                date: Self.exported),
            "\(name).eml")
    }

    @Test func headersAreEncodedAndCannotBeInjected() throws {
        var letter = Self.letters[0].1
        letter.name = "Eve\r\nBcc: everyone@example.org"
        let eml = InvitationLetters.eml(
            letter, profile: Self.profile, template: LetterTemplate.builtIn, date: Self.exported)
        let headers = eml.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc:") })
        // The CR and LF show as the one sanitiser's markers, inside one encoded word.
        let to = try #require(headers.first)
        #expect(to.hasPrefix("To: =?utf-8?B?") && to.hasSuffix("?= <candidate1@example.org>"))
        let word = to.dropFirst("To: =?utf-8?B?".count).prefix { $0 != "?" }
        let decoded = String(
            decoding: try #require(Data(base64Encoded: String(word))), as: UTF8.self)
        #expect(decoded == "Eve␍␊Bcc: everyone@example.org")
        let greek = InvitationLetters.eml(
            Self.letters[0].1, profile: Self.profile, template: LetterTemplate.builtIn,
            date: Self.exported)
        #expect(greek.hasPrefix("To: =?utf-8?B?"))
        #expect(greek.contains("\r\nDate: Sat, 20 Dec 2025 09:30:00 +0000\r\n"))
        #expect(greek.contains("\r\nX-Unsent: 1\r\n"))
        let nonASCII = greek.unicodeScalars.filter { !$0.isASCII }.count
        #expect(nonASCII > 0, "the body is 8-bit UTF-8")
        let headerBlock = greek.components(separatedBy: "\r\n\r\n")[0]
        let headerNonASCII = headerBlock.unicodeScalars.filter { !$0.isASCII }.count
        #expect(headerNonASCII == 0, "headers are ASCII only")
    }

    @Test func anUnknownPlaceholderIsRefusedByName() throws {
        let error = try #require(throws: ExportError.self) {
            try LetterTemplate.validate("Dear {{name}}, see you on {{day}}.")
        }
        #expect(error.message.hasPrefix("the template uses {{day}}"))
        try LetterTemplate.validate(LetterTemplate.builtIn)
    }
}
