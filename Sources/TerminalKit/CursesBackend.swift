import CNcursesw
import Dispatch
import Foundation

/// A real terminal through ncursesw: wide characters, the terminal's default colours, mouse,
/// and signals (resize, interrupt, hang-up, terminate) turned into events.
///
/// This file is the only one in Shortlist that talks to the terminal.
public final class CursesBackend: Backend {
    private let screen: OpaquePointer
    private var colors: ColorPairs
    private var pending: [InputEvent] = []
    private var signalSources: [any DispatchSourceSignal] = []
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private var cursorVisible = false
    private var restored = false

    /// Checks that stdin and stdout are terminals and that `TERM` names a usable one, then
    /// takes over the screen. Never lets curses exit the process on a bad terminal. Without
    /// `mouse`, the mouse stays the terminal's (to select and copy text).
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, mouse: Bool = true
    ) throws {
        let term = try Self.checkTerminal(environment: environment)
        Self.ensureUTF8Locale()

        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw TerminalError.initialisationFailed }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        _ = fcntl(wakeWrite, F_SETFL, fcntl(wakeWrite, F_GETFL) | O_NONBLOCK)
        _ = fcntl(wakeRead, F_SETFL, fcntl(wakeRead, F_GETFL) | O_NONBLOCK)

        sl_install_crash_restore(environment["SWIFT_BACKTRACE"] == nil ? 0 : 1)
        // Handled by dispatch sources below; set before newterm so curses installs no
        // SIGWINCH handler of its own.
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sl_ignore_signal(signo) }

        guard let created = sl_newterm(term) else {
            sl_remove_crash_restore()
            throw TerminalError.initialisationFailed
        }
        screen = created
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(sl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        colors = ColorPairs()
        if mouse {
            mousemask(sl_mouse_all(), nil)
            mouseinterval(0)
        }

        let wake = wakeWrite
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler {
                var byte = UInt8(truncatingIfNeeded: signo)
                _ = write(wake, &byte, 1)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    deinit { restore() }

    /// Says whether a full-screen interface can start here, without starting it: both
    /// standard input and output are terminals and `TERM` names a terminal that can
    /// address the cursor. Returns the terminal type.
    @discardableResult
    public static func checkTerminal(environment: [String: String]) throws -> String {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.termUnset }
        if term == "dumb" { throw TerminalError.termUnusable(term) }
        switch sl_probe_terminal(term, STDOUT_FILENO) {
        case 1: return term
        case 0: throw TerminalError.termUnusable(term)
        default: throw TerminalError.noTerminfo(term)
        }
    }

    /// Gives the terminal back as it was: idempotent, called on quit and on every exit path.
    public func restore() {
        guard !restored else { return }
        restored = true
        for source in signalSources { source.cancel() }
        signalSources.removeAll()
        curs_set(1)
        endwin()
        delscreen(screen)
        sl_remove_crash_restore()
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sl_default_signal(signo) }
        close(wakeRead)
        close(wakeWrite)
    }

    private static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let ctype = String(cString: setlocale(LC_CTYPE, nil))
        if !ctype.uppercased().contains("UTF-8") && !ctype.uppercased().contains("UTF8") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var colorCount: Int { colors.colorCount }

    public var size: Size {
        Size(width: Int(getmaxx(sl_stdscr())), height: Int(getmaxy(sl_stdscr())))
    }

    public func draw(_ changes: [CellChange]) {
        let window = sl_stdscr()
        var cc = cchar_t()
        var text: [wchar_t] = []
        for change in changes {
            let style = change.cell.style
            let pair = colors.pair(for: style)
            var attrs = colors.attributes(for: style)
            if pair.brighten { attrs |= sl_attr_bold() }
            text.removeAll(keepingCapacity: true)
            for scalar in change.cell.symbol.unicodeScalars {
                text.append(wchar_t(bitPattern: scalar.value))
            }
            text.append(0)
            if setcchar(&cc, text, attrs, pair.number, nil) != OK {
                // Curses holds one spacing character and its combining marks per cell; an
                // emoji sequence is shown by its first scalar.
                let first: [wchar_t] = [text[0], 0]
                _ = setcchar(&cc, first, attrs, pair.number, nil)
            }
            _ = mvwadd_wch(window, Int32(change.y), Int32(change.x), &cc)
        }
    }

    private var cursorPosition: Position?

    public func setCursor(_ position: Position?) { cursorPosition = position }

    public func clear() {
        werase(sl_stdscr())
        clearok(sl_stdscr(), true)
    }

    public func flush() {
        if let p = cursorPosition {
            if !cursorVisible {
                curs_set(1)
                cursorVisible = true
            }
            wmove(sl_stdscr(), Int32(p.y), Int32(p.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wrefresh(sl_stdscr())
    }

    public func readEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        let deadline = timeoutMilliseconds.map {
            DispatchTime.now().uptimeNanoseconds + UInt64($0) * 1_000_000
        }
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            drainKeyboard()
            if !pending.isEmpty { return pending.removeFirst() }
            var wait: Int32 = -1
            if let deadline {
                let now = DispatchTime.now().uptimeNanoseconds
                if now >= deadline { return nil }
                wait = Int32((deadline - now) / 1_000_000) + 1
            }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, wait)
            if ready == 0 { return nil }
            if ready < 0 { continue }
            if fds[1].revents != 0 { drainSignals() }
            if fds[0].revents & Int16(POLLHUP | POLLERR) != 0 && fds[0].revents & Int16(POLLIN) == 0
            {
                // The terminal went away without a SIGHUP reaching us.
                pending.append(.interrupt(SIGHUP))
            }
        }
    }

    private func drainSignals() {
        var bytes = [UInt8](repeating: 0, count: 64)
        var resized = false
        while true {
            let n = read(wakeRead, &bytes, bytes.count)
            if n <= 0 { break }
            for byte in bytes[0..<n] {
                let signo = Int32(byte)
                if signo == SIGWINCH {
                    resized = true
                } else {
                    pending.append(.interrupt(signo))
                }
            }
        }
        if resized { applyWindowSize() }
    }

    private func applyWindowSize() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if sl_window_size(STDOUT_FILENO, &rows, &cols) == 0, rows > 0, cols > 0 {
            resize_term(rows, cols)
        }
        pending.append(.resize(size))
    }

    private func drainKeyboard() {
        let window = sl_stdscr()
        nodelay(window, true)
        defer { nodelay(window, false) }
        var ch: wint_t = 0
        while true {
            let status = wget_wch(window, &ch)
            if status == ERR { return }
            if status == KEY_CODE_YES {
                if let event = translateKeyCode(Int32(ch)) { pending.append(event) }
            } else if let key = translateCharacter(UInt32(ch)) {
                pending.append(.key(key))
            }
        }
    }

    private func translateCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func translateKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return readMouse()
        case KEY_F0 + 1...KEY_F0 + 24: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func readMouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let at = Position(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        if state & sl_button4_pressed() != 0 {
            return .mouse(MouseEvent(action: .wheelUp, position: at))
        }
        if state & sl_button5_pressed() != 0 {
            return .mouse(MouseEvent(action: .wheelDown, position: at))
        }
        if state & (sl_button1_pressed() | sl_button1_clicked() | sl_button1_double_clicked()) != 0
        {
            return .mouse(MouseEvent(action: .press, button: 1, position: at))
        }
        if state & sl_button1_released() != 0 {
            return .mouse(MouseEvent(action: .release, button: 1, position: at))
        }
        if state & sl_button3_pressed() != 0 {
            return .mouse(MouseEvent(action: .press, button: 3, position: at))
        }
        return nil
    }
}

/// Colour pairs allocated on first use, mapped to what the terminal can show.
struct ColorPairs {
    struct Pair {
        var number: Int16
        /// A bright ANSI colour on an 8-colour terminal is drawn bold instead.
        var brighten: Bool
    }

    private struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var allocated: [Key: Int16] = [:]
    let colorCount: Int
    private let maxPairs: Int
    /// Whether the terminal can keep its own foreground and background (colour -1); the
    /// themes rely on it, and a terminal without it gets white on black in their place.
    private let hasDefaultColors: Bool

    init() {
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            colorCount = Int(sl_colors())
            maxPairs = min(Int(sl_color_pairs()), Int(Int16.max))
        } else {
            hasDefaultColors = true
            colorCount = 0
            maxPairs = 0
        }
    }

    func attributes(for style: Style) -> attr_t {
        var attrs = sl_attr_normal()
        if style.attributes.contains(.bold) { attrs |= sl_attr_bold() }
        if style.attributes.contains(.dim) { attrs |= sl_attr_dim() }
        if style.attributes.contains(.underline) { attrs |= sl_attr_underline() }
        if style.attributes.contains(.reverse) { attrs |= sl_attr_reverse() }
        return attrs
    }

    mutating func pair(for style: Style) -> Pair {
        guard colorCount > 0 else { return Pair(number: 0, brighten: false) }
        var (fg, brighten) = map(style.foreground)
        var (bg, _) = map(style.background)
        if !hasDefaultColors {
            if fg == -1 { fg = 7 }
            if bg == -1 { bg = 0 }
            if fg == 7 && bg == 0 { return Pair(number: 0, brighten: brighten) }
        }
        if fg == -1 && bg == -1 { return Pair(number: 0, brighten: brighten) }
        let key = Key(foreground: fg, background: bg)
        if let number = allocated[key] { return Pair(number: number, brighten: brighten) }
        let number = Int16(allocated.count + 1)
        guard Int(number) < maxPairs else { return Pair(number: 0, brighten: brighten) }
        init_pair(number, fg, bg)
        allocated[key] = number
        return Pair(number: number, brighten: brighten)
    }

    private func map(_ color: Color) -> (Int16, Bool) {
        switch color {
        case .default:
            return (-1, false)
        case .ansi(let n):
            if colorCount >= 16 || n < 8 { return (Int16(n), false) }
            return (Int16(n - 8), true)
        case .indexed(let n):
            if colorCount >= 256 { return (Int16(n), false) }
            return map(.ansi(Palette.nearestANSI(toIndexed: n)))
        }
    }
}
