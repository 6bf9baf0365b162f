/// A grid of cells that screens draw into. Drawing never touches the terminal; a `Terminal`
/// compares two buffers and sends only the difference to its backend.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]

    public init(size: Size, filling cell: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: cell, count: self.size.width * self.size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public mutating func reset(to cell: Cell = .blank) {
        for i in cells.indices { cells[i] = cell }
    }

    /// Fills a rectangle (clipped to the buffer) with one character and style.
    public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .plain) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = Cell(symbol, style: style) }
        }
    }

    /// Applies a style over every cell of a rectangle, keeping the characters.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = style.over(self[x, y].style) }
        }
    }

    /// Writes text on one line from (x, y), at most `maxWidth` columns, clipped to the buffer.
    /// A wide character that would not fit entirely is replaced by a space.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < size.height else { return x }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        for var character in text {
            if character.isNewline { break }
            if character == "\t" { character = " " }
            let width = displayWidth(of: character)
            if width == 0 { continue }
            if column + width > limit {
                if column < limit { setCell(x: column, y: y, Cell(" ", style: style)) }
                column = limit
                break
            }
            if column >= 0 {
                setCell(x: column, y: y, Cell(character, style: style))
                if width == 2, column + 1 < size.width {
                    setCell(x: column + 1, y: y, .continuation(style: style))
                }
            }
            column += width
        }
        return column
    }

    /// Sets one cell, repairing the wide character it may overwrite half of.
    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width else { return }
        let old = self[x, y]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        }
        if !old.isContinuation, old.width == 2, x + 1 < size.width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
        self[x, y] = cell
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX)
        let y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The cells to write to turn `previous` into `self`. Continuation cells are never
    /// written; when a wide character is replaced by narrow ones, the cell it covered is
    /// written again so that no half of the old character stays on screen.
    public func diff(from previous: Buffer) -> [CellChange] {
        guard previous.size == size else {
            return allCells()
        }
        var changes: [CellChange] = []
        for y in 0..<size.height {
            var forceNext = 0
            var skip = 0
            for x in 0..<size.width {
                let new = self[x, y]
                let old = previous[x, y]
                if skip > 0 {
                    skip -= 1
                    forceNext = max(0, forceNext - 1)
                    continue
                }
                if new.isContinuation {
                    forceNext = max(0, forceNext - 1)
                    continue
                }
                if new != old || forceNext > 0 {
                    changes.append(CellChange(x: x, y: y, cell: new))
                }
                let oldWidth = old.isContinuation ? 1 : old.width
                forceNext = max(forceNext - 1, oldWidth - 1)
                skip = new.width - 1
            }
        }
        return changes
    }

    private func allCells() -> [CellChange] {
        var changes: [CellChange] = []
        changes.reserveCapacity(cells.count)
        for y in 0..<size.height {
            for x in 0..<size.width where !self[x, y].isContinuation {
                changes.append(CellChange(x: x, y: y, cell: self[x, y]))
            }
        }
        return changes
    }

    /// The text of each line, wide characters once, trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                line.append(self[x, y].symbol)
            }
            return line
        }
    }

    /// Changes every cell's style through `transform`: used by themes and tests.
    public mutating func mapStyles(_ transform: (Style) -> Style) {
        for i in cells.indices { cells[i].style = transform(cells[i].style) }
    }
}
