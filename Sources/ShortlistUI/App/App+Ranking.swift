import ShortlistCore
import ShortlistStore
import TerminalKit

/// The ranking view over the list: what `shortlist rank` prints, drawn.
extension App {
    // MARK: The ranking

    func openRanking() {
        state.rankingBehindDetail = nil
        guard let panel, let actor = context.actor else {
            show(
                "the ranking depends on who is looking: start the session with --user NAME",
                isError: true)
            return
        }
        requestRanking(from: panel, for: actor, refresh: false)
    }

    /// Reads the ranking off this thread: it reads every scorecard, sealed for the viewer,
    /// which can take a while on a large or busy database. The read nearly always ends within
    /// `readWait`, and then the view opens (or refreshes) with this key as before; otherwise
    /// the status line says it is coming and `collectRanking` opens it when it does.
    func requestRanking(from panel: any PanelSource, for actor: Actor, refresh: Bool) {
        let generation = rankingRunner.submit { try panel.ranking(for: actor) }
        loading.pendingRanking = PendingRanking(generation: generation, refresh: refresh)
        rankingRunner.waitUntilIdle(timeout: Self.readWait)
        if !collectRanking(), !refresh { show(Self.readingRanking) }
    }

    static let readingRanking = "reading the ranking…"

    /// Takes the ranking read asked for last if it has come; true when it did. A refresh
    /// changes only an open view's data; a view closed meanwhile stays closed.
    @discardableResult
    func collectRanking() -> Bool {
        guard let pending = loading.pendingRanking, let outcome = rankingRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingRanking = nil
        if state.message?.text == Self.readingRanking { state.message = nil }
        switch outcome.result {
        case .success(let view?):
            // The cursor stays on its candidate when the ranking is read again.
            let under = state.ranking?.selectedRow?.applicationID
            if !pending.refresh {
                state.ranking = RankingState(view: view)
            } else if state.ranking != nil {
                state.ranking?.view = view
            }
            if let ranking = state.ranking {
                let index = ranking.rows.firstIndex { $0.applicationID == under }
                state.ranking?.selected = min(
                    index ?? ranking.selected, max(0, ranking.rows.count - 1))
            }
        case .success(nil):
            if !pending.refresh {
                show("this database's call profile has no scoring scheme", isError: true)
            }
        case .failure(let error):
            if pending.refresh { report(error) } else { show(Self.oneLine(error), isError: true) }
        }
        return true
    }

    func performInRanking(_ command: CommandID) -> Bool {
        guard let ranking = state.ranking else { return false }
        if moveInRanking(command, ranking) { return true }
        switch command {
        case .open:
            // Closes the ranking and selects the candidate; the list's own open follows
            // (asking for the declarations first where they are due).
            guard let row = rankingCandidate else { return true }
            // Selected in the list, the candidate opens there as Enter opens any.
            return !openFromRanking(row)
        case .scorecard:
            guard let row = rankingCandidate else { return true }
            if context.allows(.score) {
                openScorecard(from: row)
            } else {
                openCombinedCard(row.applicationID, name: row.name, rank: .some(row.rank))
            }
            return true
        case .search:
            openRankingSearch()
            return true
        case .finalise:
            confirmFinalise()
            return true
        case .reopenRanking:
            openReopenRankingForm()
            return true
        case .excuse:
            openExcuseForm()
            return true
        case .withdrawExcuse:
            openWithdrawExcuseForm()
            return true
        case .back:
            state.ranking = nil
            return true
        case .ranking:
            state.ranking = nil
            return false
        case .export:
            openExportForm()
            return true
        case .help, .commandLine, .redraw, .theme, .quit, .messages, .auditTrail, .blind:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .ranking).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the ranking\(key ?? "")", isError: true)
            return true
        }
    }
}

extension App {
    /// Where a whole-screen page (the ranking, the call profile) scrolls to for a movement
    /// command; nil for any other command. Bounded below by the caller, above by the update
    /// step.
    func scrolled(_ scroll: Int, by command: CommandID) -> Int? {
        let page = max(1, layout.body.height - 2)
        switch command {
        case .moveDown: return scroll + 1
        case .moveUp: return scroll - 1
        case .pageDown: return scroll + page
        case .pageUp: return scroll - page
        case .first: return 0
        case .last: return Int.max / 2
        default: return nil
        }
    }
}
