import TerminalKit
import Testing

@testable import ShortlistUI

/// Bindings from the configuration over the command table's defaults.
@Suite struct KeyBindingTests {
    func binding(
        _ context: KeyContext, _ command: CommandID, _ keys: [Key], line: Int = 1
    ) -> KeyBinding {
        KeyBinding(context: context, command: command, keys: keys, file: "config.toml", line: line)
    }

    @Test func anOverrideReplacesTheDefaultKeysInItsContext() {
        let keymap = Keymap(overrides: [binding(.list, .open, [.character("o")])])
        #expect(keymap.command(for: .character("o"), in: .list) == .open)
        #expect(keymap.command(for: .enter, in: .list) == nil)
        #expect(keymap.keys(for: .open, in: .list) == [.character("o")])
        #expect(keymap.conflicts.isEmpty)
    }

    @Test func disabledRemovesEvenTheGlobalKeysInThatContext() {
        let keymap = Keymap(overrides: [binding(.detail, .moveDown, [])])
        #expect(keymap.command(for: .character("j"), in: .detail) == nil)
        #expect(keymap.command(for: .down, in: .detail) == nil)
        #expect(keymap.command(for: .character("j"), in: .list) == .moveDown)
        #expect(keymap.keys(for: .moveDown, in: .detail).isEmpty)

        let none = Keymap(overrides: [binding(.global, .quit, [])])
        #expect(none.command(for: .character("q"), in: .list) == nil)
        #expect(none.command(for: .character("q"), in: .help) == .back, "the help keeps its own q")
    }

    @Test func takingAnotherCommandsDefaultKeyIsReported() {
        let keymap = Keymap(overrides: [binding(.list, .open, [.character("s")], line: 4)])
        #expect(keymap.command(for: .character("s"), in: .list) == .open)
        #expect(keymap.keys(for: .sort, in: .list).isEmpty)
        #expect(
            keymap.conflicts == [
                KeyConflict(
                    context: .list, key: "s",
                    kind: .takesDefault(from: .sort, to: .open),
                    file: "config.toml", line: 4)
            ])
        #expect(keymap.conflicts[0].isError == false)
        #expect(keymap.conflicts[0].description.hasPrefix("config.toml:4: keys.list.open"))
    }

    @Test func twoConfiguredBindingsOfOneKeyAreAnError() {
        let keymap = Keymap(overrides: [
            binding(.list, .open, [.character("z")], line: 2),
            binding(.list, .sort, [.character("z"), .character("S")], line: 3),
        ])
        #expect(keymap.command(for: .character("z"), in: .list) == .open, "the first one keeps it")
        #expect(keymap.command(for: .character("S"), in: .list) == .sort)
        #expect(keymap.conflicts.count == 1)
        #expect(keymap.conflicts[0].isError)
        #expect(keymap.conflicts[0].line == 3)
        #expect(keymap.conflicts[0].kind == .bothConfigured(kept: .open, ignored: .sort))
    }

    @Test func aGlobalBindingHiddenByAContextIsReported() {
        let keymap = Keymap(overrides: [binding(.global, .help, [.character("l")], line: 7)])
        // `l` opens the detail in the list: there the global binding cannot work.
        #expect(keymap.command(for: .character("l"), in: .list) == .open)
        #expect(keymap.command(for: .character("l"), in: .detail) == .help)
        #expect(
            keymap.conflicts.map(\.kind) == [.hiddenInContext(global: .help, by: .open, in: .list)])
    }

    @Test func theHelpScreenShowsTheBindingsInForce() throws {
        let keymap = Keymap(overrides: [
            binding(.global, .quit, [.ctrl("q")]), binding(.list, .sort, []),
        ])
        let ui = try UIHarness(width: 100, height: 40, keymap: keymap)
        ui.press(.character("q"))
        #expect(ui.app.state.exitCode == nil, "q no longer quits")
        ui.press(.character("s"))
        #expect(ui.app.window.order == .applicationID, "s is disabled")
        #expect(ui.lines.last?.hasSuffix("? help  C-q quit") == true)
        let help = ui.helpLines()
        let quit = help.first { $0.contains(" Quit ") }
        #expect(quit?.contains("C-q") == true)
        #expect(quit?.contains(" q ") == false)
        let sort = help.first { $0.contains(" Sort ") }
        #expect(sort?.contains("│                       Sort") == true, "no key left")
        ui.press(.escape, .ctrl("q"))
        #expect(ui.app.state.exitCode == 0)
    }

    @Test func docsDescribeTheBindingsGiven() {
        let keymap = Keymap(overrides: [binding(.list, .sort, [.character("o")])])
        let markdown = KeyReference.markdown(keymap: keymap)
        #expect(markdown.contains("| `sort` [name\\|id\\|exp\\|"))
        #expect(markdown.contains("eligibility] | `o` (list) |"))
    }

    @Test func everyKeySpellingReadsBack() {
        var keys: [Key] = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab,
            .backTab, .backspace, .delete, .insert, .character(" "), .character("j"),
            .character("G"), .character(":"), .character("é"), .ctrl("d"),
        ]
        keys += (1...12).map { Key.function($0) }
        for key in keys {
            #expect(Key(spelling: key.description) == key, "\(key)")
        }
        #expect(Key(spelling: "Escape") == .escape)
        #expect(Key(spelling: "ctrl-x") == .ctrl("x"))
        #expect(Key(spelling: "PageDown") == .pageDown)
        #expect(Key(spelling: "Hyper-x") == nil)
        #expect(Key(spelling: "") == nil)
    }
}
