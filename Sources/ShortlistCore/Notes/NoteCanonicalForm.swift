/// The canonical text of a bundle: what a copy signs and what a reader recomputes from the
/// values it decoded, so that re-formatting the JSON file (spaces, key order, escapes) does
/// not break a signature, while any change of a value does.
///
/// Each object is written with its keys sorted, no spaces, integers in decimal, strings with
/// only `"`, `\` and U+0000–U+001F escaped (`\"`, `\\`, `\u00XX` in lower-case hex), every
/// other character as its UTF-8 bytes. docs/offline-notes.md states the same rules.
public enum NoteCanonicalForm {
    /// The first line of the signed text: it names what is signed, so a signature made for
    /// something else never verifies here.
    public static let domain = "shortlist-notes signed bundle v\(NoteBundle.formatVersion)"

    /// The signed bytes: the domain line, the header object, then every version's canonical
    /// line in the bundle's order, each line ending in LF.
    public static func signedBytes(of bundle: NoteBundle) -> [UInt8] {
        var out = domain + "\n" + header(of: bundle) + "\n"
        for version in bundle.versions { out += line(version) + "\n" }
        return Array(out.utf8)
    }

    /// Every top-level field of the file except `notes` and `signature`.
    public static func header(of bundle: NoteBundle) -> String {
        object([
            ("count", String(bundle.versions.count)),
            ("exported_at", string(bundle.exportedAt)),
            ("exported_by", string(bundle.exportedBy)),
            ("exported_from", string(bundle.exportedFrom)),
            ("format", string(NoteBundle.formatName)),
            ("format_version", String(NoteBundle.formatVersion)),
            ("origin_database_id", string(bundle.originDatabaseID)),
        ])
    }

    /// One version as one line; the bundle file holds exactly these lines.
    public static func line(_ v: NoteVersion) -> String {
        var fields: [(String, String)] = [
            ("application_id", string(v.applicationID.rawValue)),
            ("at", string(v.at)),
            ("author", string(v.author)),
            ("counter", String(v.counter)),
        ]
        if let criterion = v.criterion { fields.append(("criterion", string(criterion.rawValue))) }
        fields += [
            ("note_id", string(v.noteID)),
            ("supersedes", array(v.supersedes)),
            ("tags", array(v.tags)),
            // A tombstone is an explicit null, so a reader sees it was meant.
            ("text", v.text.map(string) ?? "null"),
            ("version_id", string(v.versionID)),
        ]
        return object(fields)
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }

    public static func string(_ text: String) -> String {
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
}
