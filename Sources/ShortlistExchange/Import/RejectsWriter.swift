import Foundation

/// Writes the rejected records as they stood in the file, plus a `reason`, so that the HR
/// officer can correct them and import that file again. Written to a temporary name and
/// renamed when complete; readable by its owner only, since it holds personal data.
final class RejectsWriter {
    private let url: URL
    private let folder: OpenFolder
    private let temporary: String
    private let force: Bool
    private let handle: FileHandle
    private let format: ImportFormat
    private let delimiter: UInt8

    /// Created like every file Shortlist writes (`ExportDestination`): inside the folder named,
    /// mode 0600 whatever the umask, never through a link, an existing file kept unless `force`.
    init(url: URL, format: ImportFormat, csvHeader: [UInt8]?, delimiter: UInt8, force: Bool = false)
        throws
    {
        self.url = url
        self.format = format
        self.delimiter = delimiter
        self.force = force
        do {
            folder = try ExportDestination(url: url, force: force).openChecked()
            let created = try folder.createTemporary(for: url.lastPathComponent, mode: 0o600)
            temporary = created.name
            handle = FileHandle(fileDescriptor: created.fd, closeOnDealloc: true)
        } catch let error as ExportError {
            throw ImportFailure(file: url.path, reason: "cannot be written: \(error.message)")
        }
        if format == .csv, let csvHeader {
            write(csvHeader + [delimiter] + Array("reason\r\n".utf8))
        }
    }

    func add(raw: [UInt8], reason: String) {
        switch format {
        case .csv:
            let field = CSVWriter(delimiter: delimiter).field(reason)
            write(raw + [delimiter] + Array(field.utf8) + Array("\r\n".utf8))
        case .json:
            write(Array(Self.jsonLine(raw: raw, reason: reason).utf8) + [0x0A])
        }
    }

    /// The object with a `reason` member added first; an object that could not be read is
    /// kept whole as a string in `raw`.
    static func jsonLine(raw: [UInt8], reason: String) -> String {
        let reasonJSON = jsonString(reason)
        let text = String(decoding: raw, as: UTF8.self)
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasPrefix("{"), body.hasSuffix("}"),
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil
        {
            let inner = body.dropFirst().dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
            let flattened = inner.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(
                of: "\n", with: " ")
            return inner.isEmpty
                ? "{\"reason\":\(reasonJSON)}" : "{\"reason\":\(reasonJSON),\(flattened)}"
        }
        return "{\"reason\":\(reasonJSON),\"raw\":\(jsonString(text))}"
    }

    private static func jsonString(_ text: String) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]))
            ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    private func write(_ bytes: [UInt8]) {
        handle.write(Data(bytes))
    }

    func finish() throws {
        try handle.synchronize()
        try handle.close()
        do {
            try folder.rename(temporary, to: url.lastPathComponent, replace: force)
        } catch let error as ExportError {
            folder.remove(temporary)
            throw ImportFailure(file: url.path, reason: "cannot be written: \(error.message)")
        }
    }

    func discard() {
        try? handle.close()
        folder.remove(temporary)
    }
}
