import Foundation

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

extension Key {
    /// Reads a key as `description` spells it (`j`, `C-d`, `PgDn`, `S-Tab`, `F5`, `Space`),
    /// also accepting the usual variants (`Escape`, `PageDown`, `Ctrl-d`); nil when unknown.
    public init?(spelling: String) {
        let text = spelling.trimmingCharacters(in: .whitespaces)
        if text.count == 1, let c = text.first {
            if c.isWhitespace || c.unicodeScalars.first!.properties.generalCategory == .control {
                return nil
            }
            self = .character(c)
            return
        }
        let lower = text.lowercased()
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter || c == " " else {
                return nil
            }
            self = .ctrl(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape,
            "escape": .escape, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "del": .delete, "delete": .delete, "ins": .insert,
            "insert": .insert,
        ]
        guard let key = named[lower] else { return nil }
        self = key
    }
}
