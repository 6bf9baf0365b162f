import TerminalKit

/// The key reference as Markdown: `docs/keys.md` is this text, and a test fails when the file
/// and the command table disagree.
public enum KeyReference {
    public static func markdown(keymap: Keymap = Keymap()) -> String {
        var out = """
            # Keys

            Generated from the command table (`Sources/ShortlistUI/Commands/Command.swift`); \
            the help screen (`?`) shows the same. Regenerate with \
            `UPDATE_GOLDEN=1 swift test --filter KeyReferenceTests`.

            Keys apply where the focus is: the candidate **list**, the **detail** pane, or the \
            **help** screen; keys marked *anywhere* work in the list and the detail alike.

            """
        var groups: [String] = []
        for command in Command.all where !groups.contains(command.group) {
            groups.append(command.group)
        }
        for group in groups {
            out += "\n## \(group)\n\n| command | keys | what it does |\n|---|---|---|\n"
            for command in Command.all where command.group == group {
                var parts: [String] = []
                for context in KeyContext.allCases {
                    guard let keys = command.keys[context], !keys.isEmpty else { continue }
                    let names = keys.map { "`\($0.description)`" }.joined(separator: " ")
                    parts.append("\(names) (\(context == .global ? "anywhere" : context.rawValue))")
                }
                out +=
                    "| `\(command.id.rawValue)` | \(parts.joined(separator: "; ")) | \(command.description) |\n"
            }
        }
        out += """

            ## Mouse

            | action | what it does |
            |---|---|
            | click a row | select it; click the selected row to open its detail |
            | click the scroll bar | jump to that part of the list |
            | wheel in the list | move the selection three rows |
            | wheel in the detail | scroll the detail three lines |
            | click in the help | close the help |

            Ctrl-C, closing the terminal, or `kill` end the session and restore the terminal.
            """
        return out + "\n"
    }
}
