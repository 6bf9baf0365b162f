import TerminalKit

extension App {
    func performInDialog(_ command: CommandID) {
        guard let dialog = state.dialog else { return }
        let rows = DialogScreen.listArea(
            of: DialogScreen.box(for: dialog, in: Scene.dialogArea(layout))
        )
        .height
        switch command {
        case .moveDown: selectInDialog(dialog.selected + 1)
        case .moveUp: selectInDialog(dialog.selected - 1)
        case .pageDown: selectInDialog(dialog.selected + max(1, rows))
        case .pageUp: selectInDialog(dialog.selected - max(1, rows))
        case .first: selectInDialog(0)
        case .last: selectInDialog(dialog.items.count - 1)
        case .accept: acceptDialog()
        case .back: cancelDialog()
        default:
            cancelDialog()
            perform(command)
        }
    }

    /// Moves the selection; choosing a theme previews it at once.
    func selectInDialog(_ index: Int) {
        guard var dialog = state.dialog, !dialog.items.isEmpty else { return }
        let clamped = min(max(0, index), dialog.items.count - 1)
        guard clamped != dialog.selected else { return }
        dialog.selected = clamped
        let rows = DialogScreen.listArea(
            of: DialogScreen.box(for: dialog, in: Scene.dialogArea(layout))
        )
        .height
        dialog.top = DialogScreen.top(for: dialog, rows: max(1, rows))
        state.dialog = dialog
        if case .theme = dialog.purpose {
            switchTheme(to: dialog.items[clamped].name, announce: false)
        }
    }

    func acceptDialog() {
        guard let dialog = state.dialog else { return }
        state.dialog = nil
        switch dialog.purpose {
        case .theme:
            let name = dialog.items[dialog.selected].name
            if theme.name == name || switchTheme(to: name, announce: false) {
                show("theme \(name)")
            }
        case .messages, .combinedCard:
            break
        case .savedFilter:
            applySavedFilter(named: dialog.items[dialog.selected].name)
        case .adoptGrid:
            if dialog.selected == 0 {
                adoptGridNow()
            } else {
                show("not adopted: the grid stays a proposal")
            }
        case .deleteNote(let id):
            if dialog.selected < dialog.items.count - 1 {
                deleteNote(dialog.items[dialog.selected].name, on: id)
            } else {
                show("nothing deleted")
            }
        case .untag(let id):
            if dialog.selected < dialog.items.count - 1 {
                untag(dialog.selected, on: id)
            } else {
                show("no tag removed")
            }
        case .finaliseRanking:
            if dialog.selected == 0 {
                finaliseNow()
            } else {
                show("not finalised: the ranking stays open")
            }
        case .declare(let then):
            if dialog.selected == 0 {
                declareNow(then: then)
            } else {
                show("nothing declared")
            }
        case .removeRosterEntry(let name):
            if dialog.selected == 0 {
                removeRosterEntry(name)
            } else {
                show("\(name) stays on the roster")
            }
        case .submitScorecard(let id):
            if dialog.selected == 0 {
                submitScorecard(id)
            } else {
                show("not submitted: your card stays a draft")
            }
        }
    }

    func cancelDialog() {
        guard let dialog = state.dialog else { return }
        state.dialog = nil
        if case .theme(let original) = dialog.purpose, theme.name != original {
            switchTheme(to: original, announce: false)
        }
        if case .declare = dialog.purpose { show("nothing declared") }
    }
}
