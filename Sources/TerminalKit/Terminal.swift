/// Keeps the last frame sent to a backend and sends only what changed in the next one.
public final class Terminal {
    public let backend: any Backend
    private var previous: Buffer
    private var needsFullRedraw = true
    /// How many cells the last `draw` wrote: tests and the benchmark read it.
    public private(set) var lastWriteCount = 0

    public init(backend: any Backend) {
        self.backend = backend
        self.previous = Buffer(size: backend.size)
    }

    public var size: Size { backend.size }

    /// Renders a frame into a fresh buffer and writes the difference from the last one.
    /// `render` returns where the cursor should rest (screen readers follow it), or `nil`.
    public func draw(_ render: (inout Buffer) -> Position?) {
        var next = Buffer(size: backend.size)
        let cursor = render(&next)
        if needsFullRedraw || next.size != previous.size {
            backend.clear()
            previous = Buffer(size: next.size, filling: Cell("\u{0}"))
            needsFullRedraw = false
        }
        let changes = next.diff(from: previous)
        lastWriteCount = changes.count
        backend.draw(changes)
        backend.setCursor(cursor)
        backend.flush()
        previous = next
    }

    /// Forces the next frame to be written in full (after a resize or a garbled screen).
    public func invalidate() { needsFullRedraw = true }

    /// The frame last written.
    public var lastFrame: Buffer { previous }
}
