/// An in-memory terminal for tests and the benchmark: it keeps the screen as cells and
/// answers `readEvent` from a queue the test fills.
public final class TestBackend: Backend {
    public private(set) var size: Size
    /// 256 unless a test asks for a poorer terminal.
    public var colorCount: Int
    public private(set) var screen: Buffer
    public private(set) var cursor: Position?
    public private(set) var writeCount = 0
    public private(set) var flushCount = 0
    private var events: [InputEvent] = []

    public init(width: Int, height: Int, colorCount: Int = 256) {
        size = Size(width: width, height: height)
        self.colorCount = colorCount
        screen = Buffer(size: size)
    }

    public func draw(_ changes: [CellChange]) {
        writeCount += changes.count
        for change in changes where change.x < size.width && change.y < size.height {
            screen[change.x, change.y] = change.cell
            if change.cell.width == 2, change.x + 1 < size.width {
                var tail = Cell(" ", style: change.cell.style)
                tail.isContinuation = true
                screen[change.x + 1, change.y] = tail
            }
        }
    }

    public func setCursor(_ position: Position?) { cursor = position }
    public func clear() { screen = Buffer(size: size) }
    public func flush() { flushCount += 1 }

    public func readEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    /// Queues events for `readEvent`.
    public func enqueue(_ more: InputEvent...) { events.append(contentsOf: more) }
    public func enqueue(keys: [Key]) { events.append(contentsOf: keys.map { .key($0) }) }
    public var pendingEvents: Int { events.count }

    /// Changes the screen size as a terminal window would, and reports it as an event.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        screen = Buffer(size: size)
        events.append(.resize(size))
    }

    /// The screen as text, one string per line, trailing spaces removed.
    public var lines: [String] {
        screen.lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
