import Foundation
import ShortlistCore
import TOMLKit
import TOMLSupport

/// The text of a profile file: TOMLKit's parse, and where each table and key stands, to say
/// where a mistake is. The lines are indexed once: looking each key up in the text as it is
/// read made parsing the built-in profile take 20 ms.
struct ProfileSource {
    let toml: TOMLSource
    let lines: [Substring]
    /// Table headers in file order, without brackets, quotes or spaces (`criteria.A1`).
    private var headers: [(name: String, line: Int)] = []
    /// `table` + NUL + `key` → the line where the key is first set.
    private var keyLines: [String: Int] = [:]

    init(text: String, file: String) throws {
        toml = try TOMLSource(text: text, file: file)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table = ""
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingASCIISpaces()
            if line.hasPrefix("[") {
                // `[criteria."C 2"]` → `criteria.C 2`: quotes and the spaces around dots go.
                var header = line.prefix { $0 != "#" }
                header.removeAll { $0 == "[" || $0 == "]" || $0 == "\"" || $0 == "'" }
                table = header.split(separator: ".", omittingEmptySubsequences: false)
                    .map { $0.trimmingASCIISpaces() }.joined(separator: ".")
                headers.append((table, i + 1))
            } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
                var key = line[..<equals]
                key.removeAll { $0 == "\"" || $0 == "'" }
                let entry = table + "\u{0}" + key.trimmingASCIISpaces()
                if keyLines[entry] == nil { keyLines[entry] = i + 1 }
            }
        }
    }

    var file: String { toml.file }
    var root: ProfileTable { ProfileTable(source: self, table: toml.root, path: []) }

    /// The line of a `[a.b]` or `[[a.b]]` header, or of the first header inside it; 0 if none.
    func headerLine(_ path: [String]) -> Int {
        let name = path.joined(separator: ".")
        if let exact = headers.first(where: { $0.name == name }) { return exact.line }
        return headers.first { $0.name.hasPrefix(name + ".") }?.line ?? 0
    }

    /// The line where `key` is set in the table `path`, or 0.
    func keyLine(_ key: String, in path: [String]) -> Int {
        keyLines[path.joined(separator: ".") + "\u{0}" + key] ?? 0
    }

    /// The line, from `start` on and before the next table, that holds `item` as a quoted
    /// string: where an entry of a list spread over several lines stands.
    func line(ofItem item: String, from start: Int) -> Int {
        guard start > 0 else { return start }
        let candidates = ["\"\(item)\"", "'\(item)'"]
        var i = start - 1
        while i < lines.count {
            let line = lines[i]
            if i > start - 1, line.trimmingASCIISpaces().hasPrefix("[") { break }
            if candidates.contains(where: { line.contains($0) }) { return i + 1 }
            i += 1
        }
        return start
    }
}

/// One table of the profile, read with checks: every value's type and range is checked here,
/// so that an error names the file, the line and the key (TOMLKit's decoding would not).
struct ProfileTable {
    let source: ProfileSource
    let table: TOMLTable
    /// Where the table stands, e.g. `["criteria", "A1"]`; empty for the top level.
    let path: [String]

    var name: String { path.joined(separator: ".") }

    /// `criteria.A1.weight`, as errors name a key.
    func qualified(_ key: String) -> String { name.isEmpty ? key : "\(name).\(key)" }

    /// The line of the table's header, or 1 for the top level and tables without one.
    var line: Int {
        guard !path.isEmpty else { return 1 }
        return max(1, source.headerLine(path))
    }

    func line(_ key: String) -> Int {
        if table[key]?.table != nil, case let header = source.headerLine(path + [key]),
            header > 0
        {
            return header
        }
        let indexed = source.keyLine(key, in: path)
        if indexed > 0 { return indexed }
        // Dotted keys and other forms the index does not know.
        let found = source.toml.line(ofKey: key, inTable: path.isEmpty ? nil : name)
        return found > 0 ? found : line
    }

    func error(_ key: String?, _ reason: String) -> TOMLFileError {
        TOMLFileError(file: source.file, line: key.map(line) ?? line, reason: reason)
    }

    func error(_ key: String, item: String, _ reason: String) -> TOMLFileError {
        TOMLFileError(
            file: source.file, line: source.line(ofItem: item, from: line(key)), reason: reason)
    }

    /// Refuses any key not in `allowed`.
    func allowOnly(_ allowed: [String]) throws {
        for key in table.keys where !allowed.contains(key) {
            let place = path.isEmpty ? "at the top of the file" : "in [\(name)]"
            throw error(
                key,
                "unknown key “\(key)” \(place); the keys are \(allowed.joined(separator: ", "))")
        }
    }

    private func value(_ key: String, required: Bool) throws -> (any TOMLValueConvertible)? {
        guard let value = table[key] else {
            if required {
                throw error(nil, "\(qualified(key)) is missing")
            }
            return nil
        }
        return value
    }

    private func wrongType(_ key: String, _ expected: String, _ value: any TOMLValueConvertible)
        -> TOMLFileError
    {
        error(key, "\(qualified(key)) must be \(expected), not \(article(value.type))")
    }

    func string(_ key: String) throws -> String {
        try optionalString(key, required: true)!
    }

    func optionalString(_ key: String, required: Bool = false) throws -> String? {
        guard let value = try value(key, required: required) else { return nil }
        guard let text = value.string else { throw wrongType(key, "a string", value) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw error(key, "\(qualified(key)) must not be empty")
        }
        return text
    }

    func bool(_ key: String) throws -> Bool {
        try optionalBool(key, required: true)!
    }

    func optionalBool(_ key: String, required: Bool = false) throws -> Bool? {
        guard let value = try value(key, required: required) else { return nil }
        guard let flag = value.bool else { throw wrongType(key, "true or false", value) }
        return flag
    }

    func int(_ key: String) throws -> Int {
        try optionalInt(key, required: true)!
    }

    func optionalInt(_ key: String, required: Bool = false) throws -> Int? {
        guard let value = try value(key, required: required) else { return nil }
        guard let number = value.int else { throw wrongType(key, "a whole number", value) }
        return number
    }

    func number(_ key: String) throws -> Double {
        try optionalNumber(key, required: true)!
    }

    func optionalNumber(_ key: String, required: Bool = false) throws -> Double? {
        guard let value = try value(key, required: required) else { return nil }
        if let number = value.int { return Double(number) }
        guard let number = value.double, number.isFinite else {
            throw wrongType(key, "a number", value)
        }
        return number
    }

    /// A list of strings, not empty.
    func strings(_ key: String) throws -> [String] {
        try optionalStrings(key, required: true)!
    }

    func optionalStrings(_ key: String, required: Bool = false) throws -> [String]? {
        guard let value = try value(key, required: required) else { return nil }
        guard let array = value.array else { throw wrongType(key, "a list of strings", value) }
        var out: [String] = []
        for element in array {
            guard let text = element.string else {
                throw error(
                    key,
                    "\(qualified(key)) must be a list of strings, but holds \(article(element.type))"
                )
            }
            out.append(text)
        }
        guard !out.isEmpty else { throw error(key, "\(qualified(key)) must not be empty") }
        return out
    }

    /// A list of strings each read by `read`, which says why an entry cannot be read.
    func list<T: Equatable>(_ key: String, _ read: (String) -> Result<T, ReadProblem>) throws
        -> [T]
    {
        var out: [T] = []
        for text in try strings(key) {
            switch read(text) {
            case .success(let item): if !out.contains(item) { out.append(item) }
            case .failure(let problem):
                throw error(key, item: text, "\(qualified(key)): \(problem.reason)")
            }
        }
        return out
    }

    /// One string read by `read`.
    func item<T>(_ key: String, _ read: (String) -> Result<T, ReadProblem>) throws -> T {
        let text = try string(key)
        switch read(text) {
        case .success(let item): return item
        case .failure(let problem): throw error(key, "\(qualified(key)): \(problem.reason)")
        }
    }

    func subtable(_ key: String) throws -> ProfileTable {
        try optionalSubtable(key, required: true)!
    }

    func optionalSubtable(_ key: String, required: Bool = false) throws -> ProfileTable? {
        guard let value = try value(key, required: required) else {
            return nil
        }
        guard let table = value.table else {
            throw wrongType(key, "a table ([\(qualified(key))])", value)
        }
        return ProfileTable(source: source, table: table, path: path + [key])
    }

    /// A TOML local date-time (`2025-12-02T23:00:00`, no offset: the zone is given apart).
    func localDateTime(_ key: String) throws -> LocalDateTime {
        let value = try value(key, required: true)!
        guard let stamp = value.dateTime else {
            throw wrongType(key, "a local date and time such as 2025-12-02T23:00:00", value)
        }
        if stamp.offset != nil {
            throw error(
                key,
                "\(qualified(key)) must be a local time without a UTC offset (e.g. 2025-12-02T23:00:00): the offset follows from time_zone"
            )
        }
        guard stamp.time.nanoSecond == 0,
            let date = CalendarDate(
                year: stamp.date.year, month: stamp.date.month, day: stamp.date.day),
            let local = LocalDateTime(
                date: date, hour: stamp.time.hour, minute: stamp.time.minute,
                second: stamp.time.second)
        else {
            throw error(key, "\(qualified(key)) must be a date and a time in whole seconds")
        }
        return local
    }
}

/// Why a value cannot be read, said to the person who wrote the file.
struct ReadProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// `a string`, `an integer`, `a table`: how errors name what they found.
private func article(_ type: TOMLType) -> String {
    switch type {
    case .int: "a whole number"
    case .double: "a number with a fraction"
    case .string: "a string"
    case .bool: "true or false"
    case .array: "a list"
    case .table: "a table"
    case .date: "a date"
    case .time: "a time"
    case .dateTime: "a date and time"
    }
}
