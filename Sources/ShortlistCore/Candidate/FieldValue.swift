import Foundation

/// A field of an application as the data gave it: a valid value, nothing, or text that could
/// not be read as the field's type (kept verbatim so that a person can check it).
///
/// A typo never silently passes or fails a candidate: a rule says "needs check" for `.missing`,
/// and for `.invalid` unless the part it can read decides (see `PartlyRead`).
public enum FieldValue<Value> {
    case value(Value)
    case missing
    case invalid(raw: String)

    public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var isKnown: Bool { value != nil }

    public var rawInvalidText: String? {
        if case .invalid(let raw) = self { return raw }
        return nil
    }

    public func map<T>(_ transform: (Value) -> T) -> FieldValue<T> {
        switch self {
        case .value(let v): return .value(transform(v))
        case .missing: return .missing
        case .invalid(let raw): return .invalid(raw: raw)
        }
    }

    /// Reads a field from text: empty is missing, unparseable is invalid with its raw text.
    public static func parse(_ text: String?, _ parser: (String) -> Value?) -> FieldValue<Value> {
        guard let text else { return .missing }
        let trimmed = text.trimmingASCIISpaces()
        if trimmed.isEmpty { return .missing }
        if let v = parser(trimmed) { return .value(v) }
        return .invalid(raw: text)
    }
}

extension FieldValue: Equatable where Value: Equatable {}
extension FieldValue: Hashable where Value: Hashable {}
extension FieldValue: Sendable where Value: Sendable {}
