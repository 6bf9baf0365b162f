import ArgumentParser

/// `--db` and `--user` work before the subcommand as well as after it.
///
/// ArgumentParser gives a parent's options to no child, and every leaf command holds its own
/// `GlobalOptions`; so `shortlist --db FILE notes add …` (as the docs show it) reached the root,
/// which knows no `--db`. Rather than declare the options on every level, the arguments are
/// rearranged before parsing: global options standing before the subcommand path move to just
/// after it, where the leaf command reads them. Nothing else moves, so `--` and positional
/// arguments keep their meaning, and `shortlist --db FILE` alone still opens the interface.
enum GlobalOptionsPosition {
    static let names: Set<String> = ["--db", "--user"]

    static func rearranged(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        var globals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                globals += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first,
                argument.contains("="), names.contains(String(name))
            {
                globals.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !globals.isEmpty else { return arguments }

        // Follow the subcommand path as far as it goes; without one, leave everything alone
        // (the default subcommand reads the options where they are).
        var command = root
        var end = index
        while end < arguments.count,
            let next = command.configuration.subcommands.first(where: {
                $0._commandName == arguments[end]
            })
        {
            command = next
            end += 1
        }
        guard end > index else { return arguments }
        return Array(arguments[index..<end]) + globals + Array(arguments[end...])
    }
}
