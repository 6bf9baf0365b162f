import Foundation

/// One object of a JSON input: its members as text, where it starts, and its bytes.
public struct JSONRecord: Sendable {
    public var members: [String: String]
    /// Member names in the order they first appear in the file (for messages).
    public var line: Int
    public var raw: [UInt8]
    /// Why the object could not be read, if it could not.
    public var problem: String?
}

/// Streams the objects of a JSON array (`[{...}, {...}]`) or of JSON Lines (one object a
/// line), without reading the whole file: each object is cut out at its closing brace and
/// decoded alone, so memory does not grow with the file and one broken object does not
/// lose the others.
public final class JSONRecordReader: Sequence, IteratorProtocol {
    private let input: FileHandle?
    private var chunk: [UInt8]
    private var index = 0
    private var atEnd: Bool
    private let observer: (([UInt8]) -> Void)?
    private var line = 1
    private var started = false
    private var isArray = false
    private var arrayClosed = false
    public private(set) var bytesRead = 0
    /// A problem with the file's structure (not an object's), which ends reading.
    public private(set) var structureError: String?

    public init(fileHandle: FileHandle, observer: (([UInt8]) -> Void)? = nil) {
        input = fileHandle
        chunk = []
        atEnd = false
        self.observer = observer
    }

    public init(bytes: [UInt8]) {
        input = nil
        chunk = bytes
        atEnd = true
        observer = nil
    }

    public func makeIterator() -> JSONRecordReader { self }

    private func refill() -> Bool {
        guard !atEnd, let input else { return false }
        guard let data = try? input.read(upToCount: 1 << 20), !data.isEmpty else {
            atEnd = true
            return false
        }
        chunk = [UInt8](data)
        index = 0
        observer?(chunk)
        return true
    }

    private func peekByte() -> UInt8? {
        if index >= chunk.count && !refill() { return nil }
        return chunk[index]
    }

    private func takeByte() -> UInt8? {
        guard let b = peekByte() else { return nil }
        index += 1
        bytesRead += 1
        if b == UInt8(ascii: "\n") { line += 1 }
        return b
    }

    private func skipSpaceAnd(_ extra: Set<UInt8> = []) {
        while let b = peekByte(),
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || extra.contains(b)
        {
            _ = takeByte()
        }
    }

    public func next() -> JSONRecord? {
        if !started {
            started = true
            if peekByte() == 0xEF {
                for _ in 0..<3 { _ = takeByte() }
            }
            skipSpaceAnd()
            if peekByte() == UInt8(ascii: "[") {
                isArray = true
                _ = takeByte()
            }
        }
        skipSpaceAnd(isArray ? [UInt8(ascii: ",")] : [])
        guard let first = peekByte() else {
            if isArray && !arrayClosed { structureError = "the array is not closed with ]" }
            return nil
        }
        if isArray && first == UInt8(ascii: "]") {
            arrayClosed = true
            _ = takeByte()
            skipSpaceAnd()
            if peekByte() != nil { structureError = "text after the closing ] of the array" }
            return nil
        }
        guard first == UInt8(ascii: "{") else {
            structureError = "expected an object ({ … }) at line \(line)"
            return nil
        }
        return readObject()
    }

    private func readObject() -> JSONRecord {
        let startLine = line
        var raw: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        while let b = takeByte() {
            raw.append(b)
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return decode(raw, line: startLine) }
            default: break
            }
        }
        return JSONRecord(
            members: [:], line: startLine, raw: raw,
            problem: "the object is not closed before the end of the file")
    }

    private func decode(_ raw: [UInt8], line: Int) -> JSONRecord {
        if raw.contains(0) {
            return JSONRecord(members: [:], line: line, raw: raw, problem: "contains a NUL byte")
        }
        guard String(validating: raw, as: UTF8.self) != nil else {
            return JSONRecord(members: [:], line: line, raw: raw, problem: "is not valid UTF-8")
        }
        do {
            let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(raw))
            var members: [String: String] = [:]
            for (key, value) in object {
                if let text = value.text { members[key] = text }
            }
            return JSONRecord(members: members, line: line, raw: raw, problem: nil)
        } catch {
            return JSONRecord(
                members: [:], line: line, raw: raw, problem: "is not a valid JSON object")
        }
    }
}
