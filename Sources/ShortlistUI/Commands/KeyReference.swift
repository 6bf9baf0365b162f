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
            marks, an override, a comment), the **scorecard**, the **ranking** or the call **profile**; keys marked *anywhere* work in the list and the detail alike. \
            In a form's text field, typing and the line-editing keys edit the text. The last \
            column says who may use a command: to anyone else it says why not instead of \
            acting, and the help greys it. Every binding can be changed \
            in `config.toml` ([configuration.md](configuration.md)); every command can also \
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
                    let keys = keymap.ownKeys(for: command.id, in: context)
                    guard !keys.isEmpty else { continue }
                    let names = keys.map { "`\($0.description)`" }.joined(separator: " ")
                    parts.append("\(names) (\(context == .global ? "anywhere" : context.rawValue))")
                }
                var name = "`\(command.id.rawValue)`"
                if let argument = command.argument {
                    switch argument {
                    case .themeName: name += " [NAME]"
                    case .choice(let words): name += " [\(words.joined(separator: "\\|"))]"
                    }
                }
                let who = command.requires.map(\.whoMay) ?? "anyone"
                out +=
                    "| \(name) | \(parts.joined(separator: "; ")) | \(command.description.replacingOccurrences(of: "|", with: "\\|")) | \(who) |\n"
            }
        }
        out += """

            ## Editing the command line

            Keys not bound in the command-line context edit the line:

            | keys | what they do |
            |---|---|
            | `Left` `Right` `C-b` `C-f` | move a character |
            | `Home` `End` `C-a` `C-e` | go to the start or the end |
            | `Backspace` `Del` `C-d` | delete before or under the cursor |
            | `C-w` | delete the word before the cursor |
            | `C-u` `C-k` | delete to the start or to the end |

            ## Mouse

            | action | what it does |
            |---|---|
            | click a row | select it; click the selected row to open its detail |
            | click the scroll bar | jump to that part of the list |
            | wheel in the list | move the selection three rows |
            | wheel in the detail | scroll the detail three lines |
            | click in the detail | give it the focus |
            | click a tab of the detail | show that tab |
            | wheel in the help | scroll the help |
            | click in the help | close the help |
            | click an item of a dialog | select it (a theme is shown at once); click it again to take it |
            | click a completion above the command line | take it |
            | wheel in a dialog or on the completion list | move the selection |
            | click outside a dialog or the command line | close it |
            | click a field or an option of a form | focus it, or choose that option (a click outside a form does nothing: what was typed stays) |
            | wheel in a form | move between its fields |
            | wheel in the scorecard or the ranking | the next or previous criterion; scroll the ranking (clicks do nothing there) |
            | click `? help` on the status line | open the help |

            Ctrl-C, closing the terminal, or `kill` end the session and restore the terminal.
            """
        return out + "\n"
    }
}
