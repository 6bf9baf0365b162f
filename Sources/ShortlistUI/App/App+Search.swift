import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit

/// A search asked for and not yet answered.
struct PendingSearch {
    var search: CandidateSearch
    var generation: Int
    var start: ApplicationID?
    var forward: Bool
    var inclusive: Bool
    /// `n` pressed three times before the first answer came: three matches on.
    var steps: Int
}

extension App {
    /// `/`: a search bar at the bottom; every change of the text searches again from where
    /// the selection was when it opened.
    func openSearchBar() {
        state.searchOrigin = (selectedID, state.selected, state.top)
        state.commandLine = CommandLineState(purpose: .search)
    }

    /// Keys of the search bar: Enter keeps the search, Escape goes back, up/down recall.
    func performInSearchBar(_ command: CommandID, _ line: inout CommandLineState) -> Bool {
        switch command {
        case .accept:
            state.commandLine = nil
            let text = line.string.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                state.searchHistory.removeAll { $0 == text }
                state.searchHistory.append(text)
            }
            if text.isEmpty { cancelSearch(restore: false) }
            state.searchOrigin = nil
            if loading.pendingSearch == nil, let message = state.searchMessage {
                state.message = message
            }
            return true
        case .back:
            state.commandLine = nil
            cancelSearch(restore: true)
            return true
        case .historyPrevious, .historyNext:
            if line.recall(earlier: command == .historyPrevious, from: state.searchHistory) {
                state.commandLine = line
                searchAsTyped(line.string)
            }
            return true
        case .complete, .completePrevious:
            return true
        default:
            return false
        }
    }

    /// Searches for the text in the bar, from the row selected when the bar opened.
    func searchAsTyped(_ text: String) {
        guard let search = CandidateSearch(text) else {
            // Nothing to search for (yet): back to where the search started.
            searchRunner.cancelAll()
            loading.pendingSearch = nil
            state.activeSearch = nil
            state.lastHit = nil
            if let origin = state.searchOrigin {
                state.selected = origin.selected
                state.top = origin.top
                clampSelection()
            }
            return
        }
        submit(search, from: state.searchOrigin?.id, forward: true, inclusive: true)
    }

    /// `n` and `N`: the next or previous match after the selected candidate.
    func searchAgain(forward: Bool) {
        guard let search = state.activeSearch ?? loading.pendingSearch?.search else {
            show("no search yet: \(keyName(.search) ?? ":search") starts one", isError: true)
            return
        }
        // Presses that come before the answer to the previous one add up.
        if let pending = loading.pendingSearch, !pending.inclusive, pending.forward == forward,
            pending.search == search
        {
            submit(
                search, from: pending.start, forward: forward, inclusive: false,
                steps: pending.steps + 1)
        } else {
            submit(search, from: selectedID, forward: forward, inclusive: false)
        }
    }

    /// Escape in the search bar: no search, and the selection back where it was.
    func cancelSearch(restore: Bool) {
        searchRunner.cancelAll()
        state.searchMessage = nil
        loading.pendingSearch = nil
        state.activeSearch = nil
        state.lastHit = nil
        if restore, let origin = state.searchOrigin {
            if let id = origin.id, let position = read({ try window.position(of: id) }) ?? nil {
                state.selected = position
                state.top = origin.top
            } else {
                state.selected = origin.selected
                state.top = origin.top
            }
            clampSelection()
        }
        state.searchOrigin = nil
    }

    private func submit(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
        steps: Int = 1
    ) {
        let source = window.source
        let order = window.order
        let scope = window.scope
        let filter = window.filter
        let keys = window.sortKeys
        let generation = searchRunner.submit {
            var hit = try source.nextMatch(
                search, from: start, forward: forward, inclusive: inclusive, order: order,
                sortedBy: keys, scope: scope, filter: filter)
            for _ in 1..<max(1, steps) {
                guard let previous = hit else { break }
                let next = try source.nextMatch(
                    search, from: previous.applicationID, forward: forward, inclusive: false,
                    order: order, sortedBy: keys, scope: scope, filter: filter)
                if var next {
                    next.wrapped = next.wrapped || previous.wrapped
                    hit = next
                }
            }
            return hit
        }
        loading.pendingSearch = PendingSearch(
            search: search, generation: generation, start: start, forward: forward,
            inclusive: inclusive, steps: steps)
    }

    /// Shows the newest search's result if it has come; true when it did. A result for a
    /// search that is no longer the newest never arrives here (the runner drops it).
    @discardableResult
    func collectSearchResult() -> Bool {
        guard let pending = loading.pendingSearch, let outcome = searchRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingSearch = nil
        switch outcome.result {
        case .success(let hit?):
            state.activeSearch = pending.search
            state.lastHit = hit
            state.shownSearchResults.append(pending.search.query)
            state.selected = hit.position
            if hit.position < state.top || hit.position >= state.top + layout.listRows {
                state.top = hit.position - layout.listRows / 2
            }
            state.detailScroll = 0
            state.evidenceHit = nil
            clampSelection()
            let count =
                hit.isCountCapped
                ? "\(CandidateFormat.thousands(hit.matches))+"
                : CandidateFormat.thousands(hit.matches)
            show(
                "\(hit.wrapped ? "wrapped · " : "")\(hit.applicationID) · \(count) match\(hit.matches == 1 ? "" : "es") for \(pending.search.query.trimmingCharacters(in: .whitespaces))"
            )
            state.searchMessage = state.message
        case .success(nil):
            state.activeSearch = pending.search
            state.lastHit = nil
            state.shownSearchResults.append(pending.search.query)
            show("no match for \(pending.search.query)", isError: true)
            state.searchMessage = state.message
        case .failure(let error):
            report(error)
        }
        return true
    }

    /// What the list highlights: the words of the name search whose result is shown.
    var searchHighlight: [String]? {
        guard let search = state.activeSearch, search.kind == .names, state.lastHit != nil else {
            return nil
        }
        return search.words
    }
}
