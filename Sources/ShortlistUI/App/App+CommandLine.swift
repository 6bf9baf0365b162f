import TerminalKit

extension App {
    var completion: CommandCompletion { CommandCompletion(themeNames: catalog.names) }

    /// A key while the command line is open: its own bindings first (Tab, Enter, Esc, Up…),
    /// then line editing; other keys are ignored rather than run as commands.
    func handleCommandLineKey(_ key: Key) {
        if let command = keymap.command(for: key, in: .commandLine) {
            performInCommandLine(command)
            return
        }
        guard state.commandLine?.edit(key, keymap: keymap) == true else { return }
        if let line = state.commandLine, line.purpose == .search { searchAsTyped(line.string) }
        if let line = state.commandLine, line.purpose == .find { findAsTyped(line.string) }
        if let line = state.commandLine, line.purpose == .rankingSearch {
            searchRankingAsTyped(line.string)
        }
    }

    func performInCommandLine(_ command: CommandID) {
        guard var line = state.commandLine else { return }
        if line.purpose == .filter, performInFilterBar(command, &line) { return }
        if line.purpose == .search, performInSearchBar(command, &line) { return }
        if line.purpose == .find, performInFindBar(command) { return }
        if line.purpose == .rankingSearch, performInRankingSearch(command, line) { return }
        switch command {
        case .accept:
            state.commandLine = nil
            execute(line.string)
            return
        case .back:
            state.commandLine = nil
            return
        case .complete, .completePrevious:
            if !line.complete(using: completion, backwards: command == .completePrevious) {
                show("no completion", isError: true)
            }
        case .historyPrevious:
            _ = line.recall(earlier: true, from: state.history)
        case .historyNext:
            _ = line.recall(earlier: false, from: state.history)
        default:
            // A command the configuration binds in this context: leave the line, then run it.
            state.commandLine = nil
            perform(command)
            return
        }
        state.commandLine = line
    }

    /// Runs a line typed on the command line: a command's name and, for some, one argument.
    public func execute(_ line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return }
        if state.history.last != line.trimmingCharacters(in: .whitespaces) {
            state.history.append(line.trimmingCharacters(in: .whitespaces))
            if state.history.count > 200 { state.history.removeFirst() }
        }
        guard let command = Command.lookup(name) else {
            let near = Command.all.map(\.name).filter { $0.hasPrefix(name) }
            let hint =
                near.isEmpty
                ? "Tab lists the commands" : "did you mean \(near.joined(separator: ", "))?"
            show("unknown command “\(name)”; \(hint)", isError: true)
            return
        }
        if command.id == .filter {
            // The rest of the line: a saved filter's name, or save/delete and a name.
            let rest = words.dropFirst().joined(separator: " ")
            perform(.filter, argument: rest.isEmpty ? nil : rest)
            return
        }
        if [.importFile, .replaceProfile, .exportNotes, .mergeNotes, .checkoutCopy].contains(
            command.id)
        {
            // The rest of the line: a file's path, which may hold spaces.
            let rest = words.dropFirst().joined(separator: " ")
            perform(command.id, argument: rest)
            return
        }
        if command.id == .scheduleSlot {
            // The rest of the line: the time, the languages, and a place that has spaces.
            let rest = words.dropFirst().joined(separator: " ")
            perform(.scheduleSlot, argument: rest)
            return
        }
        let arguments = Array(words.dropFirst())
        if command.argument == nil, !arguments.isEmpty {
            show("\(command.name) takes no argument", isError: true)
            return
        }
        if arguments.count > 1 {
            show("\(command.name) takes one argument", isError: true)
            return
        }
        perform(command.id, argument: arguments.first)
    }
}
