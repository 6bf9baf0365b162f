/// Why a terminal user interface cannot start. The message says what to do about it.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case termUnset
    case termUnusable(String)
    case noTerminfo(String)
    case initialisationFailed

    public var description: String {
        switch self {
        case .notATerminal:
            return
                "the interactive interface needs a terminal, but standard input or output is not one; use a subcommand such as `shortlist list` for scripts"
        case .termUnset:
            return
                "TERM is not set, so the terminal type is unknown; set it, e.g. TERM=xterm-256color"
        case .termUnusable(let term):
            return
                "the terminal type TERM=\(term) cannot position the cursor, which the interface needs; set TERM to your terminal's type, e.g. xterm-256color"
        case .noTerminfo(let term):
            return
                "no terminfo entry for TERM=\(term); install ncurses-term or set TERM to a known type, e.g. xterm-256color"
        case .initialisationFailed:
            return "curses could not initialise the terminal"
        }
    }
}
