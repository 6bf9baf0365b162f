import Crypto
import Foundation
import ShortlistCore

/// The notes bundle file: one JSON object, self-describing.
///
/// ```json
/// {"format":"shortlist-notes","format_version":1,"origin_database_id":"…",
///  "exported_from":"…","exported_by":"reviewer","exported_at":"2026-…Z","count":2,
///  "content_sha256":"…",
///  "notes":[
/// {"application_id":"APP-0000042",…},
/// …
/// ]}
/// ```
///
/// `content_sha256` is SHA-256 over the origin id, the count and every note as its canonical
/// JSON line (keys sorted), so that a changed note, a changed origin, a note added or removed
/// are all caught. See docs/offline-notes.md.
public enum NoteBundleFile {
    public static func encode(_ bundle: NoteBundle) throws -> Data {
        let lines = try bundle.versions.map(canonicalLine)
        let header: [(String, String)] = [
            ("format", quoted(NoteBundle.formatName)),
            ("format_version", String(NoteBundle.formatVersion)),
            ("origin_database_id", quoted(bundle.originDatabaseID)),
            ("exported_from", quoted(bundle.exportedFrom)),
            ("exported_by", quoted(bundle.exportedBy)),
            ("exported_at", quoted(bundle.exportedAt)),
            ("count", String(lines.count)),
            (
                "content_sha256",
                quoted(checksum(origin: bundle.originDatabaseID, lines: lines))
            ),
        ]
        var out = "{" + header.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + ",\n"
        out += "\"notes\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
        return Data(out.utf8)
    }

    /// The SHA-256 of the file's bytes, for the audit trail.
    public static func fileSHA256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    private struct Header: Decodable {
        var format: String?
        var format_version: Int?
    }

    private struct Body: Decodable {
        var origin_database_id: String
        var exported_from: String
        var exported_by: String
        var exported_at: String
        var count: Int
        var content_sha256: String
        var notes: [NoteVersion]
    }

    /// Reads a bundle, refusing it whole (with the reason) when it is not one, of an unknown
    /// version, truncated, malformed or altered.
    public static func decode(_ data: Data, file: String) throws -> NoteBundle {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            let text = String(decoding: data.prefix(200), as: UTF8.self)
            if text.hasPrefix("{") && text.contains("\"\(NoteBundle.formatName)\"") {
                throw NoteBundleRefused.truncated(
                    file: file, detail: "it ends after \(data.count) bytes, before the bundle does")
            }
            throw NoteBundleRefused.notABundle(file: file)
        }
        guard header.format == NoteBundle.formatName else {
            throw NoteBundleRefused.notABundle(file: file)
        }
        guard let version = header.format_version else {
            throw NoteBundleRefused.malformed(
                file: file, field: "format_version", reason: "missing")
        }
        guard version == NoteBundle.formatVersion else {
            throw NoteBundleRefused.unknownVersion(file: file, version: version)
        }
        let body: Body
        do {
            body = try decoder.decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw malformed(error, file: file)
        }
        guard body.notes.count == body.count else {
            throw NoteBundleRefused.truncated(
                file: file, detail: "it says \(body.count) notes and holds \(body.notes.count)")
        }
        for (i, note) in body.notes.enumerated() {
            if let problem = problem(in: note) {
                throw NoteBundleRefused.malformed(
                    file: file, field: "notes[\(i)].\(problem.0)", reason: problem.1)
            }
        }
        let lines = try body.notes.map(canonicalLine)
        let actual = checksum(origin: body.origin_database_id, lines: lines)
        guard actual == body.content_sha256.lowercased() else {
            throw NoteBundleRefused.badChecksum(
                file: file, expected: body.content_sha256, actual: actual)
        }
        return NoteBundle(
            originDatabaseID: body.origin_database_id, exportedFrom: body.exported_from,
            exportedBy: body.exported_by, exportedAt: body.exported_at, versions: body.notes)
    }

    private static func problem(in note: NoteVersion) -> (String, String)? {
        if note.noteID.isEmpty || note.noteID.count > 64 { return ("note_id", "not a note id") }
        if note.versionID.isEmpty || note.versionID.count > 64 {
            return ("version_id", "not a version id")
        }
        if note.counter < 1 { return ("counter", "must be 1 or more") }
        if note.author.isEmpty { return ("author", "empty") }
        if Timestamp(iso: note.at) == nil { return ("at", "“\(note.at)” is not a time") }
        if note.applicationID.rawValue.isEmpty { return ("application_id", "empty") }
        if let text = note.text, text.utf8.count > 20_000 {
            return ("text", "longer than 20,000 bytes")
        }
        if let tag = note.tags.first(where: { !NoteTag.isValid($0) }) {
            return ("tags", "“\(tag)” is not a tag")
        }
        if note.supersedes.contains(note.versionID) {
            return ("supersedes", "a version cannot supersede itself")
        }
        return nil
    }

    private static func malformed(_ error: DecodingError, file: String) -> NoteBundleRefused {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { key in
                key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
            }.joined().replacingOccurrences(of: ".[", with: "[").trimmingCharacters(
                in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let base = path(context)
            return .malformed(
                file: file, field: base.isEmpty ? key.stringValue : "\(base).\(key.stringValue)",
                reason: "missing")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return .malformed(file: file, field: path(context), reason: "expected \(type)")
        case .dataCorrupted(let context):
            return .malformed(
                file: file, field: path(context).isEmpty ? "(file)" : path(context),
                reason: context.debugDescription)
        @unknown default:
            return .malformed(file: file, field: "(file)", reason: "\(error)")
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func canonicalLine(_ version: NoteVersion) throws -> String {
        String(decoding: try encoder.encode(version), as: UTF8.self)
    }

    static func checksum(origin: String, lines: [String]) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(NoteBundle.formatName)\n\(origin)\n\(lines.count)\n".utf8))
        for line in lines {
            hasher.update(data: Data(line.utf8))
            hasher.update(data: Data("\n".utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
