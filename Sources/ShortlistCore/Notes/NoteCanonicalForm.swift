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
        // Written byte by byte into one buffer: every merge and every export signs or checks
        // the whole bundle, and joining small strings cost most of a merge that adds nothing.
        var out: [UInt8] = []
        out.reserveCapacity(256 + bundle.versions.count * 320)
        out.append(contentsOf: domain.utf8)
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: header(of: bundle).utf8)
        out.append(UInt8(ascii: "\n"))
        for version in bundle.versions {
            write(version, into: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
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
        var out: [UInt8] = []
        write(v, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One version's line (no LF), its keys in sorted order.
    static func write(_ v: NoteVersion, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        field("application_id", first: true, into: &out)
        quote(v.applicationID.rawValue, into: &out)
        field("at", into: &out)
        quote(v.at, into: &out)
        field("author", into: &out)
        quote(v.author, into: &out)
        field("counter", into: &out)
        out.append(contentsOf: String(v.counter).utf8)
        if let criterion = v.criterion {
            field("criterion", into: &out)
            quote(criterion.rawValue, into: &out)
        }
        field("note_id", into: &out)
        quote(v.noteID, into: &out)
        field("supersedes", into: &out)
        list(v.supersedes, into: &out)
        field("tags", into: &out)
        list(v.tags, into: &out)
        field("text", into: &out)
        // A tombstone is an explicit null, so a reader sees it was meant.
        if let text = v.text {
            quote(text, into: &out)
        } else {
            out.append(contentsOf: "null".utf8)
        }
        field("version_id", into: &out)
        quote(v.versionID, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A key (plain ASCII, needing no escapes) and its colon, after a comma unless it is the
    /// object's first.
    private static func field(_ key: StaticString, first: Bool = false, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(
            contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out.append(contentsOf: "\":".utf8)
    }

    private static func list(_ items: [String], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            quote(item, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String {
        var out: [UInt8] = []
        list(items, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func string(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A string literal by its UTF-8 bytes: a byte below 0x80 is always a whole character in
    /// UTF-8, so escaping bytes escapes exactly the characters the rules name.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
