import ShortlistCore
import ShortlistStore
import TerminalKit

/// The ranking view over the list: what `shortlist rank` prints, drawn.
extension App {
    // MARK: The ranking

    func openRanking() {
        guard let panel, let actor = context.actor else {
            show(
                "the ranking depends on who is looking: start the session with --user NAME",
                isError: true)
            return
        }
        do {
            guard let view = try panel.ranking(for: actor) else {
                show("this database's call profile has no scoring scheme", isError: true)
                return
            }
            state.ranking = RankingState(view: view)
        } catch {
            show(Self.oneLine(error), isError: true)
        }
    }

    func performInRanking(_ command: CommandID) -> Bool {
        guard var scroll = state.ranking?.scroll else { return false }
        let page = max(1, layout.body.height - 2)
        switch command {
        case .moveDown: scroll += 1
        case .moveUp: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .first: scroll = 0
        case .last: scroll = Int.max / 2
        case .back:
            state.ranking = nil
            return true
        case .ranking:
            state.ranking = nil
            return false
        case .export:
            openExportForm()
            return true
        case .help, .commandLine, .redraw, .theme, .quit, .messages:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .ranking).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the ranking\(key ?? "")", isError: true)
            return true
        }
        state.ranking?.scroll = max(0, scroll)
        return true
    }
}
