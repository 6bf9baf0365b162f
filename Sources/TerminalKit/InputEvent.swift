/// A key as the application sees it, whatever escape sequence the terminal sent.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)

    /// The spelling used in key tables, help screens and configuration: `j`, `C-d`, `PgDn`.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }
}

public enum MouseAction: Hashable, Sendable {
    case press
    case release
    case wheelUp
    case wheelDown
}

public struct MouseEvent: Hashable, Sendable {
    public var action: MouseAction
    public var button: Int
    public var position: Position

    public init(action: MouseAction, button: Int = 1, position: Position) {
        self.action = action
        self.button = button
        self.position = position
    }
}

/// What the terminal reports to the application.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// A request to stop (SIGINT, SIGTERM, SIGHUP), carrying the signal number.
    case interrupt(Int32)
}
