import TerminalKit
import Testing

@testable import ShortlistUI

/// Line editing comes from the command table's `line` context like every other key: the
/// configuration rebinds it, and the help and `docs/keys.md` list it.
@Suite struct LineEditingTableTests {
    @Test func everyLineEditingKeyIsATableEntry() {
        let keymap = Keymap()
        let expected: [(Key, CommandID)] = [
            (.left, .cursorLeft), (.ctrl("b"), .cursorLeft), (.right, .cursorRight),
            (.ctrl("f"), .cursorRight), (.home, .lineStart), (.ctrl("a"), .lineStart),
            (.end, .lineEnd), (.ctrl("e"), .lineEnd), (.backspace, .deleteBackward),
            (.ctrl("h"), .deleteBackward), (.delete, .deleteForward), (.ctrl("d"), .deleteForward),
            (.ctrl("w"), .deleteWord), (.ctrl("u"), .killToStart), (.ctrl("k"), .killToEnd),
        ]
        for (key, command) in expected {
            #expect(keymap.command(for: key, in: .line) == command, "\(key)")
        }
        // `C-h` used to work without being documented anywhere.
        #expect(KeyReference.markdown().contains("`C-h` (line)"))
    }

    @Test func theConfigurationRebindsLineEditing() {
        let (config, problems) = Configuration.parse(
            text: """
                [keys.line]
                cursor-left = "C-j"
                kill-to-end = "<disabled>"
                """, file: "config.toml", environment: [:])
        #expect(problems.isEmpty, "\(problems)")
        let keymap = Keymap(overrides: config.keyBindings)
        var line = CommandLineState(text: "sotr")
        let moved = line.edit(.ctrl("j"), keymap: keymap)
        #expect(moved)
        #expect(line.cursor == 3)
        let left = line.edit(.left, keymap: keymap)
        #expect(!left, "Left no longer moves the cursor")
        #expect(line.cursor == 3)
        let killed = line.edit(.ctrl("k"), keymap: keymap)
        #expect(!killed, "kill-to-end has no key")
        #expect(line.string == "sotr")
        let cleared = line.edit(.ctrl("u"), keymap: keymap)
        #expect(cleared)
        #expect(line.string == "r")
    }

    @Test func theSessionsKeymapEditsTheCommandLine() throws {
        let keymap = Keymap(overrides: [
            KeyBinding(
                context: .line, command: .deleteBackward, keys: [.ctrl("x")], file: "c.toml",
                line: 1)
        ])
        let ui = try UIHarness(keymap: keymap)
        ui.press(.character(":"))
        ui.type("sortx")
        ui.press(.ctrl("x"))
        #expect(ui.app.state.commandLine?.string == "sort")
        ui.press(.backspace)
        #expect(ui.app.state.commandLine?.string == "sort", "Backspace is no longer bound")
    }

    @Test func aLineEditingCommandRunByNameSaysWhereItWorks() throws {
        let ui = try UIHarness()
        ui.app.execute("cursor-left")
        let said = ui.app.state.message?.text ?? ""
        #expect(said.hasPrefix("cursor-left works while typing a line"), "\(said)")
    }
}

/// The mouse's bindings are entries of the command table: the help and `docs/keys.md` read
/// them there, and a gesture runs what the table says in the context that has the keys.
@Suite struct MouseTableTests {
    @Test func theWheelAndTheClickAreBoundInTheTable() {
        let keymap = Keymap()
        #expect(keymap.command(for: .click, in: .list) == .click)
        #expect(keymap.command(for: .wheelDown, in: .detail) == .scrollDown)
        #expect(keymap.command(for: .wheelUp, in: .help) == .scrollUp)
        #expect(keymap.command(for: .wheelDown, in: .scorecard) == .moveDown)
        #expect(keymap.command(for: .click, in: .scorecard) == nil, "a click under a card")
        let reference = KeyReference.markdown()
        #expect(reference.contains("| `click` | `Click` (anywhere)"))
        #expect(reference.contains("`WheelDown` (scorecard)"))
    }

    @Test func theHelpNamesTheMouseCommands() throws {
        let ui = try UIHarness(width: 100, height: 40)
        let help = ui.helpLines()
        #expect(help.contains { $0.contains("Click") && $0.contains("Act on what is under") })
        #expect(help.contains { $0.contains("WheelDown") && $0.contains("Wheel down") })
    }

    @Test func theMouseCommandsCompleteOnTheCommandLine() {
        let words = CommandCompletion(themeNames: []).candidates(forLine: "scr").words
        #expect(words.contains("scroll-down") && words.contains("scroll-up"))
    }
}
