import TerminalKit

/// Resolves a key in a context to a command: the context's own bindings first, then the
/// global ones (unless the context rebinds the key to nothing).
public struct Keymap: Sendable {
    private var bindings: [KeyContext: [Key: CommandID]] = [:]

    public init(commands: [Command] = Command.all) {
        for command in commands {
            for (context, keys) in command.keys {
                for key in keys { bindings[context, default: [:]][key] = command.id }
            }
        }
    }

    public func command(for key: Key, in context: KeyContext) -> CommandID? {
        if let local = bindings[context]?[key] { return local }
        if context == .help { return nil }
        return bindings[.global]?[key]
    }

    /// The keys that run a command in a context, its own first: for help and hints.
    public func keys(for command: CommandID, in context: KeyContext) -> [Key] {
        let local = (bindings[context] ?? [:]).filter { $0.value == command }.map(\.key)
        let global =
            context == .help
            ? [] : (bindings[.global] ?? [:]).filter { $0.value == command }.map(\.key)
        let ordered = Command.named(command).keys
        func rank(_ key: Key) -> Int {
            for (i, k) in (ordered[context] ?? []).enumerated() where k == key { return i }
            for (i, k) in (ordered[.global] ?? []).enumerated() where k == key { return 100 + i }
            return 1000
        }
        var seen = Set<Key>()
        return (local + global).filter { seen.insert($0).inserted }.sorted { rank($0) < rank($1) }
    }
}
