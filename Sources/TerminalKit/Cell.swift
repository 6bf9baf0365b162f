/// One screen cell: a grapheme cluster and its style.
///
/// A character two columns wide sits in the left cell; the right cell is a `continuation`
/// that backends never write, because the terminal fills it when it draws the left one.
public struct Cell: Hashable, Sendable {
    public var symbol: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ symbol: Character = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
        self.isContinuation = false
    }

    public static let blank = Cell()

    static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    public var width: Int { isContinuation ? 0 : max(1, displayWidth(of: symbol)) }
}

/// A cell to write at a position: what a diff hands to a backend.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
