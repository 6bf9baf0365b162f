import TerminalKit
import Testing

@testable import ShortlistUI

/// The mouse's gestures come from the command table and are rebound in `config.toml` like
/// keys: in the same `[keys.CONTEXT]` tables, replacing the command's gestures in that
/// context, with the same conflicts reported.
@Suite struct MouseBindingTests {
    static func keymap(_ toml: String) -> (Keymap, [ConfigProblem]) {
        let (config, problems) = Configuration.parse(text: toml, file: "config.toml")
        let keymap = Keymap(overrides: config.keyBindings)
        return (keymap, problems + keymap.conflicts.map { ConfigProblem(.warning, $0.fileError) })
    }

    static func wheel(_ down: Bool, x: Int = 10, y: Int = 5) -> InputEvent {
        .mouse(MouseEvent(action: down ? .wheelDown : .wheelUp, position: Position(x: x, y: y)))
    }

    @Test func theDefaultsComeFromTheTable() {
        let keymap = Keymap()
        for command in Command.all {
            for (context, gestures) in command.mouse {
                #expect(keymap.ownGestures(for: command.id, in: context) == gestures)
                for gesture in gestures {
                    #expect(keymap.command(for: gesture, in: context) == command.id)
                }
            }
        }
        #expect(keymap.command(for: .wheelDown, in: .list) == .scrollDown, "from global")
        #expect(keymap.command(for: .wheelDown, in: .scorecard) == .moveDown)
    }

    @Test func theWheelTurnedRoundInTheConfiguration() throws {
        let (keymap, problems) = Self.keymap(
            """
            [keys.global]
            scroll-down = "WheelUp"
            scroll-up = "WheelDown"
            """)
        #expect(keymap.command(for: .wheelUp, in: .list) == .scrollDown)
        #expect(keymap.command(for: .wheelDown, in: .detail) == .scrollUp)
        #expect(keymap.command(for: .wheelDown, in: .help) == .scrollDown, "help keeps its own")
        // The first takes the other's default gesture: said, as for keys (the second's was
        // free by then).
        #expect(problems.count == 1, "\(problems)")
        #expect(
            problems[0].description.contains("keys.global.scroll-down: “WheelUp” was scroll-up's"))
        #expect(problems.allSatisfy { $0.severity == .warning })

        let ui = try UIHarness(width: 80, height: 24, keymap: keymap)
        ui.send(Self.wheel(false))
        #expect(ui.app.state.selected == 3, "wheel up now moves down")
        ui.send(Self.wheel(true))
        #expect(ui.app.state.selected == 0)
    }

    @Test func aGestureRunsAnyCommandAndKeysStay() throws {
        let (keymap, problems) = Self.keymap(
            """
            [keys.list]
            open = "Click"
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(keymap.command(for: .click, in: .list) == .open)
        #expect(keymap.command(for: .click, in: .detail) == .click, "the detail keeps the global")
        #expect(keymap.keys(for: .open, in: .list) == [.enter, .character("l"), .right])
        #expect(KeyReference.markdown(keymap: keymap).contains("`Click` (list)"))

        let ui = try UIHarness(width: 80, height: 24, keymap: keymap)
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 10, y: 6))))
        #expect(ui.app.state.detailOpen, "one click opens the selected candidate")
        #expect(ui.app.state.selected == 0)
    }

    @Test func keysAloneLeaveTheGesturesAndDisabledTakesBoth() throws {
        let (keymap, problems) = Self.keymap(
            """
            [keys.scorecard]
            down = "j"

            [keys.global]
            click = "<disabled>"
            scroll-up = ["<disabled>"]
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(keymap.command(for: .wheelDown, in: .scorecard) == .moveDown)
        #expect(keymap.command(for: .down, in: .scorecard) == nil)
        #expect(keymap.command(for: .click, in: .list) == nil)
        #expect(keymap.command(for: .click, in: .detail) == nil)
        #expect(keymap.command(for: .click, in: .dialog) == .click, "a dialog's own stays")
        #expect(keymap.command(for: .wheelUp, in: .list) == nil)

        let ui = try UIHarness(width: 80, height: 24, keymap: keymap)
        ui.send(.mouse(MouseEvent(action: .press, position: Position(x: 10, y: 6))))
        #expect(ui.app.state.selected == 0, "the click does nothing")
        #expect(!ui.app.state.detailOpen)
    }

    @Test func aGestureGivenTwiceIsAnErrorAndBadWordsAreSaid() {
        let (keymap, problems) = Self.keymap(
            """
            [keys.list]
            open = "Click"
            sort = ["Click", "S"]
            invite = "DoubleClick"
            mark = ["Click", "<disabled>"]
            """)
        #expect(keymap.command(for: .click, in: .list) == .open, "the first keeps it")
        #expect(keymap.command(for: .character("S"), in: .list) == .sort)
        let lines = problems.map(\.error.line)
        #expect(lines.sorted() == [3, 4, 5], "\(problems)")
        #expect(
            problems.contains {
                $0.error.reason.contains("“DoubleClick” is not a key")
                    && $0.error.reason.contains("Click, WheelUp, WheelDown")
            })
        #expect(problems.contains { $0.error.reason.contains("cannot be mixed") })
        #expect(keymap.conflicts.map(\.kind) == [.bothConfigured(kept: .open, ignored: .sort)])
        #expect(keymap.conflicts.first?.isError == true)
    }

    @Test func aGlobalGestureAListTakesIsReportedAndAKeyOnClickSaysSo() throws {
        let (keymap, problems) = Self.keymap(
            """
            [keys.list]
            open = "Click"
            click = "z"

            [keys.global]
            help = "Click"
            """)
        #expect(keymap.command(for: .click, in: .list) == .open)
        #expect(keymap.command(for: .click, in: .detail) == .help)
        #expect(
            keymap.conflicts.map(\.kind) == [
                .takesDefault(from: .click, to: .help),
                .hiddenInContext(global: .help, by: .open, in: .list),
            ], "\(problems)")
        #expect(problems.allSatisfy { $0.error.line > 0 })

        let ui = try UIHarness(width: 80, height: 24, keymap: keymap)
        ui.press(.character("z"))
        #expect(ui.app.state.message == StatusMessage("click works with the mouse", isError: true))
    }
}
