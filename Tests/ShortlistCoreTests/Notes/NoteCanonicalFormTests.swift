import PropertyBased
import Testing

@testable import ShortlistCore

/// The canonical form is what a copy signs. It is written byte by byte (a merge checks the
/// whole bundle), and must give exactly the bytes the rules of docs/offline-notes.md give:
/// one byte of difference and every bundle already signed stops verifying.
@Suite struct NoteCanonicalFormTests {
    /// Pieces the rules treat differently: quotes, backslashes, controls, DEL, slashes, a line
    /// separator, a combining accent, and Greek, Cyrillic, Polish, CJK and a four-byte emoji.
    static let pieces = [
        "\"", "\\", "\n", "\u{0}", "\u{1F}", "\t", "\u{7F}", "/", " ", "a", "Ωμέγα", "Жанна",
        "Łódź", "王芳", "🙂", "e\u{301}", "\u{2028}",
    ]
    static let texts = Gen.int(in: 0...16).array(of: 0...8)

    static func text(_ codes: [Int]) -> String { codes.map { pieces[$0] }.joined() }

    /// The string rule as the docs state it, scalar by scalar.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A version's line as the docs state it: sorted keys, no spaces, null for a tombstone.
    static func referenceLine(_ v: NoteVersion) -> String {
        var fields = [
            ("application_id", reference(v.applicationID.rawValue)), ("at", reference(v.at)),
            ("author", reference(v.author)), ("counter", String(v.counter)),
        ]
        if let criterion = v.criterion {
            fields.append(("criterion", reference(criterion.rawValue)))
        }
        fields += [
            ("note_id", reference(v.noteID)),
            ("supersedes", "[" + v.supersedes.map(reference).joined(separator: ",") + "]"),
            ("tags", "[" + v.tags.map(reference).joined(separator: ",") + "]"),
            ("text", v.text.map(reference) ?? "null"), ("version_id", reference(v.versionID)),
        ]
        return "{" + fields.map { reference($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    @Test func everyControlCharacterIsWrittenInLowerCaseHex() {
        for value in UInt8(0)..<0x20 {
            let hex = String(value, radix: 16)
            let expected = "\"\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "\""
            #expect(NoteCanonicalForm.string(String(UnicodeScalar(value))) == expected)
        }
        #expect(NoteCanonicalForm.string("\u{1F}\u{A}") == #""\u001f\u000a""#)
        // DEL and the line separator are not controls the rule names: their bytes as they are.
        #expect(NoteCanonicalForm.string("\u{7F}\u{2028}") == "\"\u{7F}\u{2028}\"")
    }

    @Test func anyTextIsWrittenAsTheRuleSays() async {
        await propertyCheck(input: Self.texts) { codes in
            let text = Self.text(codes)
            #expect(NoteCanonicalForm.string(text) == Self.reference(text))
        }
    }

    @Test func signedBytesAreTheDomainTheHeaderAndEveryLine() async {
        await propertyCheck(input: Self.texts, Self.texts, Gen.int(in: 0...7)) { a, b, shape in
            let one = Self.text(a)
            let two = Self.text(b)
            let versions = [
                NoteVersion(
                    noteID: "n-\(one)", versionID: "v1-\(two)", counter: Int64(shape) + 1,
                    author: two.isEmpty ? "Σοφία" : two, at: "2026-03-01T09:00:00Z",
                    applicationID: ApplicationID("APP-\(one)"),
                    criterion: shape % 2 == 0 ? nil : CriterionID("A\(shape)"),
                    text: shape % 4 == 3 ? nil : one,
                    tags: shape > 3 ? ["王芳", "check-diploma"] : [],
                    supersedes: shape > 1 ? ["v0-\(one)", "v0-\(two)"] : []),
                NoteVersion(
                    noteID: "n-2", versionID: "v2", counter: 1 << 53, author: "Łukasz",
                    at: two, applicationID: ApplicationID("APP-0000002"), text: two),
            ]
            let bundle = NoteBundle(
                originDatabaseID: one, exportedFrom: two, exportedBy: "Жанна", exportedAt: one,
                versions: versions)
            let header =
                #"{"count":2,"exported_at":"# + Self.reference(one) + #","exported_by":"Жанна","#
                + #""exported_from":"# + Self.reference(two)
                + #","format":"shortlist-notes","format_version":2,"origin_database_id":"#
                + Self.reference(one) + "}"
            #expect(NoteCanonicalForm.header(of: bundle) == header)
            let expected =
                "shortlist-notes signed bundle v2\n" + header + "\n"
                + versions.map { Self.referenceLine($0) + "\n" }.joined()
            #expect(NoteCanonicalForm.signedBytes(of: bundle) == Array(expected.utf8))
            #expect(versions.map(NoteCanonicalForm.line) == versions.map(Self.referenceLine))
        }
    }

    @Test func aSignedBundleKeepsItsExactBytes() {
        let bundle = NoteBundle(
            originDatabaseID: "db-1", exportedFrom: "copy-1", exportedBy: "reviewer",
            exportedAt: "2026-03-01T09:00:00Z",
            versions: [
                NoteVersion(
                    noteID: "n1", versionID: "v2", counter: 2, author: "reviewer",
                    at: "2026-03-01T08:00:00Z", applicationID: ApplicationID("APP-0000001"),
                    criterion: CriterionID("A1"), text: "Ζωή \"Ли\"\tŁódź\\王芳",
                    tags: ["shortlist", "check-diploma"], supersedes: ["v1"]),
                NoteVersion(
                    noteID: "n2", versionID: "v3", counter: 3, author: "reviewer",
                    at: "2026-03-01T08:30:00Z", applicationID: ApplicationID("APP-0000002"),
                    text: nil, supersedes: ["v0"]),
            ])
        let expected = """
            shortlist-notes signed bundle v2
            {"count":2,"exported_at":"2026-03-01T09:00:00Z","exported_by":"reviewer","exported_from":"copy-1","format":"shortlist-notes","format_version":2,"origin_database_id":"db-1"}
            {"application_id":"APP-0000001","at":"2026-03-01T08:00:00Z","author":"reviewer","counter":2,"criterion":"A1","note_id":"n1","supersedes":["v1"],"tags":["check-diploma","shortlist"],"text":"Ζωή \\"Ли\\"\\u0009Łódź\\\\王芳","version_id":"v2"}
            {"application_id":"APP-0000002","at":"2026-03-01T08:30:00Z","author":"reviewer","counter":3,"note_id":"n2","supersedes":["v0"],"tags":[],"text":null,"version_id":"v3"}

            """
        #expect(
            String(decoding: NoteCanonicalForm.signedBytes(of: bundle), as: UTF8.self) == expected)
    }
}
