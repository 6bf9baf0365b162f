import Foundation
import TerminalKit

/// The key reference as Markdown: `docs/keys.md` is this text for the default bindings, and
/// a test fails when the file and the command table disagree.
public enum KeyReference {
    public static func markdown(keymap: Keymap = Keymap()) -> String {
        var out = """
            # Keys

            Generated from the command table (`Sources/ShortlistUI/Commands/Command.swift`); \
            the help screen (`?`) shows the same, with your own bindings. Regenerate with \
            `UPDATE_GOLDEN=1 swift test --filter KeyReferenceTests`.

            Keys apply where the focus is: the candidate **list**, the **detail** pane, the \
            **help** screen, the **command-line** (`:`), a **dialog**, a **form** (screening \
            marks, an override, a comment), the **scorecard**, the **ranking**, the call **profile**, the **audit** trail, the **roster** or the **notes** screen; keys marked *anywhere* work in the list and the detail alike. \
            Wherever a line is typed (the command line, a search, a filter, a form's text \
            field), the **line** keys of "Editing a line" edit it and other printable keys \
            are typed; the command line's own keys come first. The mouse's click and wheel are bound \
            in the same table (`Click`, `WheelUp`, `WheelDown`); `click`, `scroll-down` and \
            `scroll-up` act on what is under the pointer, and `mouse = false` in `config.toml` \
            turns the mouse off. The last \
            column says who may use a command: to anyone else it says why not instead of \
            acting, and the help greys it. Every key and mouse binding can be changed \
            in `config.toml` ([configuration.md](configuration.md)), a gesture like a key; \
            every command can also \
            be typed on the command line by its name, e.g. `:sort name` or `:theme mono`.

            """
        var groups: [String] = []
        for command in Command.all where !groups.contains(command.group) {
            groups.append(command.group)
        }
        for group in groups {
            out +=
                "\n## \(group)\n\n| command | keys | what it does | who |\n|---|---|---|---|\n"
            for command in Command.all where command.group == group {
                var parts: [String] = []
                for context in KeyContext.allCases {
                    let keys =
                        keymap.ownKeys(for: command.id, in: context).map(\.description)
                        + keymap.ownGestures(for: command.id, in: context).map(\.rawValue)
                    guard !keys.isEmpty else { continue }
                    let names = keys.map { "`\($0)`" }.joined(separator: " ")
                    parts.append("\(names) (\(context == .global ? "anywhere" : context.rawValue))")
                }
                var name = "`\(command.id.rawValue)`"
                if let argument = command.argument {
                    switch argument {
                    case .themeName: name += " [NAME]"
                    case .choice(let words): name += " [\(words.joined(separator: "\\|"))]"
                    }
                }
                let who = command.requires.isEmpty ? "anyone" : command.requires.whoMay
                out +=
                    "| \(name) | \(parts.joined(separator: "; ")) | \(command.description.replacingOccurrences(of: "|", with: "\\|")) | \(who) |\n"
            }
        }
        out += """

            Ctrl-C, closing the terminal, or `kill` end the session and restore the terminal.
            """
        return out + "\n"
    }
}
