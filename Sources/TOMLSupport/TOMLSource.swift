import Foundation
import TOMLKit

/// A TOML file that was refused, with where and why: "map.toml:4: unknown field …".
public struct TOMLFileError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

/// A parsed TOML document that can say on which line a key stands, so that errors found
/// after parsing (an unknown key, a wrong type) name their line too. TOMLKit reports lines
/// for syntax errors only.
public struct TOMLSource {
    public let file: String
    public let root: TOMLTable
    private let lines: [Substring]

    public init(text: String, file: String) throws {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let bad = TOMLKitTraps.firstProblem(in: text) {
            throw TOMLFileError(
                file: file, line: bad.line, reason: "column \(bad.column): \(bad.reason)")
        }
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLFileError(
                file: file, line: error.source.begin.line, reason: error.description)
        }
    }

    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TOMLFileError(file: url.path, line: 0, reason: "cannot be read as UTF-8 text")
        }
        try self.init(text: text, file: url.path)
    }

    /// The line of `key` inside `[table]` (or at the top when `table` is nil); 0 if not found.
    public func line(ofKey key: String, inTable table: String? = nil) -> Int {
        var current: String?
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") {
                current = t.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == table else { continue }
            let name =
                t.split(separator: "=", maxSplits: 1).first?
                .trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) ?? ""
            if name == key { return i + 1 }
        }
        if let table {
            for (i, line) in lines.enumerated()
            where line.trimmingCharacters(in: .whitespaces) == "[\(table)]" {
                return i + 1
            }
        }
        return 0
    }

    public func error(_ reason: String, key: String, inTable table: String? = nil) -> TOMLFileError
    {
        TOMLFileError(file: file, line: line(ofKey: key, inTable: table), reason: reason)
    }
}
