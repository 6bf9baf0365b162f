import Foundation

/// A JSON value as read, without Foundation's number/boolean ambiguity.
enum JSONValue: Decodable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The value as the text a CSV cell would hold: numbers without a needless ".0",
    /// lists of scalars joined by ";" (as `nationality` and `languages` are in CSV).
    var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return nil
        case .array(let items):
            let parts = items.compactMap { item -> String? in
                if case .array = item { return nil }
                if case .object(let o) = item, let code = o["code"]?.text,
                    let level = o["level"]?.text
                {
                    return "\(code):\(level)"
                }
                if case .object = item { return nil }
                return item.text
            }
            return parts.joined(separator: ";")
        case .object:
            return nil
        }
    }
}
