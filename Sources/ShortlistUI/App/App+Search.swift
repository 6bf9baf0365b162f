import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit

/// The store behind a `CandidateSource`, handed to the search thread. The sources the
/// interface is given (`Store`, test doubles) allow reads from any thread.
private struct SearchTarget: @unchecked Sendable {
    let source: any CandidateSource
}

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
        searchOrigin = (selectedID, state.selected, state.top)
        state.commandLine = CommandLineState(purpose: .search)
    }

    /// Keys of the search bar: Enter keeps the search, Escape goes back, up/down recall.
    func performInSearchBar(_ command: CommandID, _ line: inout CommandLineState) -> Bool {
        switch command {
        case .accept:
            state.commandLine = nil
            let text = line.string.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                searchHistory.removeAll { $0 == text }
                searchHistory.append(text)
            }
            if text.isEmpty { cancelSearch(restore: false) }
            searchOrigin = nil
            if pendingSearch == nil, let searchMessage { state.message = searchMessage }
            return true
        case .back:
            state.commandLine = nil
            cancelSearch(restore: true)
            return true
        case .historyPrevious, .historyNext:
            if line.recall(earlier: command == .historyPrevious, from: searchHistory) {
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
            pendingSearch = nil
            activeSearch = nil
            lastHit = nil
            if let origin = searchOrigin {
                state.selected = origin.selected
                state.top = origin.top
                clampSelection()
            }
            return
        }
        submit(search, from: searchOrigin?.id, forward: true, inclusive: true)
    }

    /// `n` and `N`: the next or previous match after the selected candidate.
    func searchAgain(forward: Bool) {
        guard let search = activeSearch ?? pendingSearch?.search else {
            show("no search yet: \(keyName(.search) ?? ":search") starts one", isError: true)
            return
        }
        // Presses that come before the answer to the previous one add up.
        if let pending = pendingSearch, !pending.inclusive, pending.forward == forward,
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
        searchMessage = nil
        pendingSearch = nil
        activeSearch = nil
        lastHit = nil
        if restore, let origin = searchOrigin {
            if let id = origin.id, let position = read({ try window.position(of: id) }) ?? nil {
                state.selected = position
                state.top = origin.top
            } else {
                state.selected = origin.selected
                state.top = origin.top
            }
            clampSelection()
        }
        searchOrigin = nil
    }

    private func submit(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool, inclusive: Bool,
        steps: Int = 1
    ) {
        let target = SearchTarget(source: window.source)
        let order = window.order
        let scope = window.scope
        let filter = window.filter
        let keys = window.sortKeys
        let generation = searchRunner.submit {
            var hit = try target.source.nextMatch(
                search, from: start, forward: forward, inclusive: inclusive, order: order,
                sortedBy: keys, scope: scope, filter: filter)
            for _ in 1..<max(1, steps) {
                guard let previous = hit else { break }
                let next = try target.source.nextMatch(
                    search, from: previous.applicationID, forward: forward, inclusive: false,
                    order: order, sortedBy: keys, scope: scope, filter: filter)
                if var next {
                    next.wrapped = next.wrapped || previous.wrapped
                    hit = next
                }
            }
            return hit
        }
        pendingSearch = PendingSearch(
            search: search, generation: generation, start: start, forward: forward,
            inclusive: inclusive, steps: steps)
    }

    /// Shows the newest search's result if it has come; true when it did. A result for a
    /// search that is no longer the newest never arrives here (the runner drops it).
    @discardableResult
    func collectSearchResult() -> Bool {
        guard let pending = pendingSearch, let outcome = searchRunner.take() else { return false }
        guard outcome.generation == pending.generation else { return false }
        pendingSearch = nil
        switch outcome.result {
        case .success(let hit?):
            activeSearch = pending.search
            lastHit = hit
            shownSearchResults.append(pending.search.query)
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
            searchMessage = state.message
        case .success(nil):
            activeSearch = pending.search
            lastHit = nil
            shownSearchResults.append(pending.search.query)
            show("no match for \(pending.search.query)", isError: true)
            searchMessage = state.message
        case .failure(let error):
            report(error)
        }
        return true
    }

    /// What the list highlights: the words of the name search whose result is shown.
    var searchHighlight: [String]? {
        guard let search = activeSearch, search.kind == .names, lastHit != nil else { return nil }
        return search.words
    }
}
