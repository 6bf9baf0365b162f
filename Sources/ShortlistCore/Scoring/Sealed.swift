/// A value the viewer may or may not see. Lists and exports show "sealed", never a number.
public enum Sealed<Value: Sendable>: Sendable {
    case visible(Value)
    case sealed

    public var value: Value? {
        if case .visible(let v) = self { return v }
        return nil
    }

    public var isSealed: Bool { value == nil }

    public func map<T: Sendable>(_ transform: (Value) -> T) -> Sealed<T> {
        switch self {
        case .visible(let v): .visible(transform(v))
        case .sealed: .sealed
        }
    }
}

extension Sealed: Equatable where Value: Equatable {}
extension Sealed: Hashable where Value: Hashable {}
