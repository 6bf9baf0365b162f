import ShortlistCore
import ShortlistStore
import TerminalKit

extension App {
    /// `f` opens the filter bar with the filter in force; `:filter ARG` runs the saved
    /// filters' subcommands.
    func filterCommand(_ argument: String?) {
        guard let argument else {
            state.commandLine = CommandLineState(text: state.activeFilter ?? "", purpose: .filter)
            return
        }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        switch words[0] {
        case "list": openSavedFiltersDialog()
        case "clear": clearFilter()
        case "save":
            guard words.count == 2 else {
                show("filter save NAME: give the filter a name", isError: true)
                return
            }
            saveFilter(named: words[1])
        case "delete":
            guard words.count == 2 else {
                show("filter delete NAME: which saved filter?", isError: true)
                return
            }
            deleteFilter(named: words[1])
        default:
            applySavedFilter(named: argument)
        }
    }

    /// Keys of the filter bar that differ from the command line's: Enter applies, and up/down
    /// walk the filter history. True when handled.
    func performInFilterBar(_ command: CommandID, _ line: inout CommandLineState) -> Bool {
        switch command {
        case .accept:
            do {
                try applyFilter(line.string)
                state.commandLine = nil
            } catch {
                line.error = error
                state.commandLine = line
            }
            return true
        case .historyPrevious, .historyNext:
            _ = line.recall(earlier: command == .historyPrevious, from: state.filterHistory)
            line.error = nil
            state.commandLine = line
            return true
        case .complete, .completePrevious:
            return true
        default:
            return false
        }
    }

    /// Applies a filter to the list, keeping the selected candidate selected when the filter
    /// keeps them. A syntax error is thrown and nothing changes; an empty text clears the
    /// filter.
    func applyFilter(_ text: String) throws(FilterSyntaxError) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            clearFilter()
            return
        }
        guard let panel else {
            show("filters need a database with a panel", isError: true)
            return
        }
        remember(filter: text)
        let compiled: CompiledFilter
        do {
            compiled = try panel.compileFilter(text, for: context.actor)
        } catch let error as FilterSyntaxError {
            throw error
        } catch {
            report(error)
            return
        }
        let current = selectedID
        do {
            try window.apply(filter: compiled)
        } catch {
            report(error)
            return
        }
        state.activeFilter = text
        reposition(on: current)
        if window.isCounting {
            // The first page is drawn now; the count follows (`collectCount`).
            state.message = Self.countingMessage(text)
        } else {
            show(Self.filterMessage(text, window))
        }
        scheduleCount()
    }

    func clearFilter() {
        guard window.filter != nil else {
            state.activeFilter = nil
            show("no filter: every candidate is shown")
            return
        }
        let current = selectedID
        do {
            try window.apply(filter: nil)
        } catch {
            report(error)
            return
        }
        state.activeFilter = nil
        reposition(on: current)
        scheduleCount()
        show("filter cleared: \(CandidateFormat.thousands(window.total)) candidates")
    }

    func remember(filter text: String) {
        state.filterHistory.removeAll { $0 == text }
        state.filterHistory.append(text)
        if state.filterHistory.count > 100 { state.filterHistory.removeFirst() }
    }

    /// Keeps `id` selected if the list holds it, else goes to the top.
    func reposition(on id: ApplicationID?) {
        state.selected = 0
        state.top = 0
        if let id, let position = read({ try window.position(of: id) }) ?? nil {
            state.selected = position
            state.top = position - layout.listRows / 2
        }
        state.detailScroll = 0
        clampSelection()
    }

    func saveFilter(named name: String) {
        guard let actor = context.actor else {
            show(context.refusal(of: .annotate), isError: true)
            return
        }
        guard let activeFilter = state.activeFilter else {
            show(
                "no filter to save: apply one with \(keyName(.filter) ?? ":filter") first",
                isError: true)
            return
        }
        write {
            try $0.saveFilter(name: name, expression: activeFilter, by: actor)
        } done: {
            [self] in
            show("saved filter \(name): \(activeFilter)")
        } failed: { [self] error in
            report(error)
        }
    }

    func deleteFilter(named name: String) {
        guard let actor = context.actor else {
            show(context.refusal(of: .annotate), isError: true)
            return
        }
        write {
            try $0.deleteFilter(name: name, by: actor)
        } done: { [self] in
            show("saved filter \(name) deleted")
        } failed: { [self] error in
            report(error)
        }
    }

    func applySavedFilter(named name: String) {
        do {
            guard let saved = try panel?.savedFilters().first(where: { $0.name == name }) else {
                show("no saved filter named “\(name)”; :filter list shows them", isError: true)
                return
            }
            try applyFilter(saved.expression)
        } catch let error as FilterSyntaxError {
            show("saved filter \(name): \(error)", isError: true)
        } catch {
            report(error)
        }
    }

    func openSavedFiltersDialog() {
        do {
            let saved = try panel?.savedFilters() ?? []
            guard !saved.isEmpty else {
                show("no saved filters yet: apply one, then :filter save NAME")
                return
            }
            state.dialog = DialogState(
                title: "Saved filters", purpose: .savedFilter,
                items: saved.map { .init(name: $0.name, detail: $0.expression) },
                selected: saved.firstIndex { $0.expression == state.activeFilter } ?? 0)
        } catch {
            report(error)
        }
    }
}
