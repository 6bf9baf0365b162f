/// The only way the application talks to a terminal: draw changed cells, place the cursor,
/// read input. `CursesBackend` drives a real terminal, `TestBackend` an in-memory screen.
public protocol Backend: AnyObject {
    var size: Size { get }
    /// How many colours the terminal can show (0 for a monochrome one): themes are resolved
    /// for it above the backend, so that what the screen shows is decided in one place.
    var colorCount: Int { get }
    /// Writes cells; nothing is visible before `flush`.
    func draw(_ changes: [CellChange])
    /// Places the visible cursor, or hides it when `nil`.
    func setCursor(_ position: Position?)
    /// Forgets what is on screen, so that the next frame is written in full.
    func clear()
    func flush()
    /// Waits up to `timeoutMilliseconds` (forever when `nil`) for the next event.
    func readEvent(timeoutMilliseconds: Int?) -> InputEvent?
}
