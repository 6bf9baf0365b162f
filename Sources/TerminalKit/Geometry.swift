public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    public var description: String { "\(width)×\(height)" }
}

public struct Position: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A rectangle of cells; screens are drawn into the part of the buffer a `Rect` gives them.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(_ p: Position) -> Bool {
        p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
    }

    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    /// Splits off `count` rows from the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (
            Rect(x: x, y: y, width: width, height: c),
            Rect(x: x, y: y + c, width: width, height: height - c)
        )
    }

    /// Splits off `count` rows from the bottom: (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (
            Rect(x: x, y: y, width: width, height: height - c),
            Rect(x: x, y: y + height - c, width: width, height: c)
        )
    }

    /// Splits off `count` columns from the left: (left, rest).
    public func splitLeft(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), width)
        return (
            Rect(x: x, y: y, width: c, height: height),
            Rect(x: x + c, y: y, width: width - c, height: height)
        )
    }

    public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }
}
