import Crypto
import Foundation
import ShortlistCore

/// The notes bundle file: one JSON object, self-describing, one note version a line.
///
/// ```json
/// {"count":2,"exported_at":"2026-…Z","exported_by":"reviewer","exported_from":"…",
///  "format":"shortlist-notes","format_version":2,"origin_database_id":"…",
///  "signature":"…base64…",
///  "notes":[
/// {"application_id":"APP-0000042",…},
/// …
/// ]}
/// ```
///
/// `signature` is the copy's Ed25519 signature over `NoteCanonicalForm.signedBytes`: the
/// canonical form of every other field and every note, which a reader recomputes from the
/// values it decoded (so re-formatting the JSON does not matter, changing a value does). The
/// store checks it against the key it recorded for the copy. See docs/offline-notes.md.
public enum NoteBundleFile {
    public static func encode(_ bundle: NoteBundle) throws -> Data {
        var header = NoteCanonicalForm.header(of: bundle)
        header.removeLast()  // the closing brace: the signature and the notes follow
        let signature = bundle.signature.map(NoteCanonicalForm.string) ?? "null"
        var out = header + ",\"signature\":" + signature + ",\n\"notes\":[\n"
        out += bundle.versions.map(NoteCanonicalForm.line).joined(separator: ",\n")
        out += bundle.versions.isEmpty ? "]}\n" : "\n]}\n"
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
        var signature: String?
        var notes: [NoteVersion]
    }

    /// Reads a bundle, refusing it whole (with the reason) when it is not one, of an unknown
    /// version, truncated or malformed. The signature is checked by the merge, which knows the
    /// copy's key.
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
        if version == 1 { throw NoteBundleRefused.formatVersion1(file: file) }
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
            if let problem = note.malformation {
                throw NoteBundleRefused.malformed(
                    file: file, field: "notes[\(i)].\(problem.field)", reason: problem.reason)
            }
        }
        return NoteBundle(
            originDatabaseID: body.origin_database_id, exportedFrom: body.exported_from,
            exportedBy: body.exported_by, exportedAt: body.exported_at, versions: body.notes,
            signature: body.signature)
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
}
