import TerminalKit

extension App {
    /// Click to select, click the selected item again to open or take it, wheel to scroll:
    /// the same in the list, the detail, the help, dialogs and the completion list. The
    /// command table says what a gesture runs where: `click`, `scroll-down` and `scroll-up`
    /// act on what is under the pointer; any other command runs as its key would.
    func handleMouse(_ event: MouseEvent) {
        guard let gesture = MouseGesture(event.action) else { return }
        state.message = nil
        let layout = self.layout
        guard !layout.tooSmall else { return }
        guard let command = keymap.command(for: gesture, in: keyContext) else { return }
        var mouse = event
        switch command {
        case .click: mouse.action = .press
        case .scrollDown: mouse.action = .wheelDown
        case .scrollUp: mouse.action = .wheelUp
        default: return perform(command)
        }
        switch state.overlays.last {
        case .commandLine(let line): return mouseInCommandLine(mouse, line: line, layout: layout)
        case .dialog(let dialog): return mouseInDialog(mouse, dialog: dialog, layout: layout)
        case .form(let form): return mouseInForm(mouse, form: form)
        case nil: break
        }
        switch state.mode {
        case .help(let scroll, let over):
            switch mouse.action {
            case .wheelDown: state.mode = .help(scroll: scroll + 3, over: over)
            case .wheelUp: state.mode = .help(scroll: max(0, scroll - 3), over: over)
            case .press: state.mode = over
            case .release: break
            }
        case .scorecard, .ranking, .profile, .audit, .roster, .notesScreen:
            // The wheel moves between criteria or scrolls the ranking; a click on the screen
            // beneath must not change the candidate under an open card.
            switch mouse.action {
            case .wheelDown: perform(.moveDown)
            case .wheelUp: perform(.moveUp)
            case .press, .release: break
            }
        case .list, .detail:
            mouseInPanes(mouse, layout: layout)
        }
    }

    private func mouseInPanes(_ mouse: MouseEvent, layout: Layout) {
        if let list = layout.list, list.contains(mouse.position) {
            mouseInList(mouse, list: list, layout: layout)
        } else if let detailArea = layout.detail,
            Rect(
                x: detailArea.x - 1, y: detailArea.y, width: detailArea.width + 1,
                height: detailArea.height
            )
            .contains(mouse.position)
        {
            switch mouse.action {
            case .wheelDown: scrollDetail(to: state.detailScroll + 3)
            case .wheelUp: scrollDetail(to: state.detailScroll - 3)
            case .press:
                state.openDetail(focus: .detail)
                if mouse.position.y == detailArea.y + 1,
                    let tab = DetailScreen.tabColumns(keys: tabKeys, x: detailArea.x).first(where: {
                        $0.1.contains(mouse.position.x)
                    })?.0
                {
                    showTab(tab)
                }
            case .release: break
            }
        } else if layout.status.contains(mouse.position), mouse.action == .press {
            let line = StatusLine(
                position: state.selected, total: window.total,
                databaseName: context.databaseName, order: orderName, message: nil,
                theme: theme, hints: StatusLine.hints(keymap))
            if line.isHelpHint(x: mouse.position.x, in: layout.status) { perform(.help) }
        }
    }

    private func mouseInList(_ mouse: MouseEvent, list: Rect, layout: Layout) {
        switch mouse.action {
        case .wheelDown, .wheelUp:
            let delta = mouse.action == .wheelDown ? 3 : -3
            state.top += delta
            select(state.selected + delta)
        case .press:
            if state.detailOpen { state.openDetail(focus: .list) }
            if mouse.position.x == list.maxX - 1, window.total > layout.listRows {
                select(
                    ListScreen.position(
                        forScrollBarRow: mouse.position.y - list.y - 1, height: layout.listRows,
                        total: window.total))
                return
            }
            let row = mouse.position.y - list.y - 1
            guard row >= 0 else { return }
            let index = state.top + row
            guard index < window.total else { return }
            if index == state.selected {
                perform(.open)
            } else {
                select(index)
            }
        case .release: break
        }
    }

    private func mouseInDialog(_ mouse: MouseEvent, dialog: DialogState, layout: Layout) {
        let area = Scene.dialogArea(layout)
        switch mouse.action {
        case .wheelDown: selectInDialog(dialog.selected + 1)
        case .wheelUp: selectInDialog(dialog.selected - 1)
        case .press:
            if let index = DialogScreen.item(at: mouse.position, dialog: dialog, area: area) {
                if index == dialog.selected {
                    acceptDialog()
                } else {
                    selectInDialog(index)
                }
            } else if !DialogScreen.box(for: dialog, in: area).contains(mouse.position) {
                cancelDialog()
            }
        case .release: break
        }
    }

    private func mouseInCommandLine(_ mouse: MouseEvent, line: CommandLineState, layout: Layout) {
        let view = CommandLineView(line: line, theme: theme)
        guard mouse.action == .press else {
            let backwards = mouse.action == .wheelUp
            if line.completions.count > 1 {
                _ = state.commandLine?.complete(using: completion, backwards: backwards)
            }
            return
        }
        if let index = view.completion(at: mouse.position, line: layout.status, above: layout.body)
        {
            state.commandLine?.choose(completion: index)
        } else if !layout.status.contains(mouse.position) {
            state.commandLine = nil
        }
    }
}
