import TerminalKit

/// Where a key press happens; a binding in a context wins over the global one.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, list, detail, help
}

/// Every action a user can take, by name. The `:` prompt, key bindings, the help screen and
/// `docs/keys.md` all come from `Command.all`.
public enum CommandID: String, Sendable, CaseIterable {
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first = "first"
    case last = "last"
    case open = "open"
    case back = "back"
    case switchPane = "switch-pane"
    case toggleOrder = "toggle-order"
    case help = "help"
    case redraw = "redraw"
    case quit = "quit"
}

public struct Command: Sendable {
    public var id: CommandID
    public var title: String
    public var group: String
    public var description: String
    public var keys: [KeyContext: [Key]]

    /// The command table: the single source of key bindings and help.
    public static let all: [Command] = [
        Command(
            id: .moveDown, title: "Down", group: "Move",
            description: "Select the next candidate, or scroll the detail down a line.",
            keys: [.global: [.down, .character("j")], .help: [.down, .character("j")]]),
        Command(
            id: .moveUp, title: "Up", group: "Move",
            description: "Select the previous candidate, or scroll the detail up a line.",
            keys: [.global: [.up, .character("k")], .help: [.up, .character("k")]]),
        Command(
            id: .pageDown, title: "Page down", group: "Move",
            description: "Move a screenful down.",
            keys: [.global: [.pageDown, .ctrl("f"), .character(" ")]]),
        Command(
            id: .pageUp, title: "Page up", group: "Move",
            description: "Move a screenful up.",
            keys: [.global: [.pageUp, .ctrl("b")]]),
        Command(
            id: .first, title: "First", group: "Move",
            description: "Go to the first candidate, or the top of the detail.",
            keys: [.global: [.character("g"), .home]]),
        Command(
            id: .last, title: "Last", group: "Move",
            description: "Go to the last candidate, or the end of the detail.",
            keys: [.global: [.character("G"), .end]]),
        Command(
            id: .open, title: "Open", group: "View",
            description: "Open the selected candidate's detail: every field and the CV.",
            keys: [.list: [.enter, .character("l"), .right]]),
        Command(
            id: .back, title: "Back", group: "View",
            description: "Close the detail or the help, back to the list.",
            keys: [
                .detail: [.escape, .character("h"), .left, .backspace], .list: [.escape],
                .help: [.escape, .character("q"), .character("?")],
            ]),
        Command(
            id: .switchPane, title: "Switch pane", group: "View",
            description: "Move the focus between the list and the detail.",
            keys: [.global: [.tab, .backTab]]),
        Command(
            id: .toggleOrder, title: "Sort", group: "View",
            description: "Sort the list by application id or by name.",
            keys: [.list: [.character("s")]]),
        Command(
            id: .help, title: "Help", group: "Application",
            description: "Show every command and its keys.",
            keys: [.global: [.character("?"), .function(1)]]),
        Command(
            id: .redraw, title: "Redraw", group: "Application",
            description: "Redraw the whole screen.",
            keys: [.global: [.ctrl("l")]]),
        Command(
            id: .quit, title: "Quit", group: "Application",
            description: "Leave Shortlist.",
            keys: [.global: [.character("q")], .help: []]),
    ]

    public static func named(_ id: CommandID) -> Command {
        all.first { $0.id == id }!
    }
}
