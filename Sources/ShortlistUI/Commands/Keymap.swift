import TerminalKit

/// Resolves a key in a context to a command: the context's own bindings first, then, for the
/// list and the detail, the global ones (unless the context disables that command). Built
/// from the command table's defaults and the configuration's bindings.
public struct Keymap: Sendable {
    private struct Slot: Hashable {
        var context: KeyContext
        var key: Key
    }
    private struct Use: Hashable {
        var context: KeyContext
        var command: CommandID
    }

    private var bindings: [KeyContext: [Key: CommandID]] = [:]
    /// Each command's keys per context, in the order they were given (for help and docs).
    private var ordered: [Use: [Key]] = [:]
    private var disabled: Set<Use> = []
    /// Slots the configuration set, with where.
    private var configured: [Slot: KeyBinding] = [:]
    public private(set) var conflicts: [KeyConflict] = []
    /// The mouse's bindings, from the table and the configuration like keys (its
    /// `mouse = false` turns the mouse off as a whole).
    private var mouse: [KeyContext: [MouseGesture: CommandID]] = [:]
    private var orderedMouse: [Use: [MouseGesture]] = [:]
    /// Gestures the configuration set, per context.
    private var configuredMouse: [MouseSlot: KeyBinding] = [:]
    private struct MouseSlot: Hashable {
        var context: KeyContext
        var gesture: MouseGesture
    }

    /// The command table's own bindings, built once: for a line edited outside a session.
    public static let standard = Keymap()

    public init(commands: [Command] = Command.all, overrides: [KeyBinding] = []) {
        for command in commands {
            for context in KeyContext.allCases {
                for key in command.keys[context] ?? [] {
                    bind(key, to: command.id, in: context)
                }
            }
        }
        for command in commands {
            for (context, gestures) in command.mouse {
                for gesture in gestures { bind(gesture, to: command.id, in: context) }
            }
        }
        for binding in overrides { apply(binding) }
        findHiddenGlobals()
    }

    private mutating func bind(_ key: Key, to command: CommandID, in context: KeyContext) {
        if let previous = bindings[context]?[key] {
            ordered[Use(context: context, command: previous)]?.removeAll { $0 == key }
        }
        bindings[context, default: [:]][key] = command
        ordered[Use(context: context, command: command), default: []].append(key)
    }

    private mutating func bind(
        _ gesture: MouseGesture, to command: CommandID, in context: KeyContext
    ) {
        if let previous = mouse[context]?[gesture] {
            orderedMouse[Use(context: context, command: previous)]?.removeAll { $0 == gesture }
        }
        mouse[context, default: [:]][gesture] = command
        orderedMouse[Use(context: context, command: command), default: []].append(gesture)
    }

    /// A binding's gestures replace the command's gestures in its context, as its keys
    /// replace its keys; a binding that names no gesture leaves them as they are.
    private mutating func applyGestures(_ binding: KeyBinding) {
        let use = Use(context: binding.context, command: binding.command)
        guard !binding.gestures.isEmpty || binding.isDisabled else { return }
        for gesture in orderedMouse[use] ?? [] {
            mouse[binding.context]?[gesture] = nil
            configuredMouse[MouseSlot(context: binding.context, gesture: gesture)] = nil
        }
        orderedMouse[use] = []
        for gesture in binding.gestures {
            let slot = MouseSlot(context: binding.context, gesture: gesture)
            if let other = mouse[binding.context]?[gesture], other != binding.command {
                let kind: KeyConflict.Kind =
                    configuredMouse[slot] != nil
                    ? .bothConfigured(kept: other, ignored: binding.command)
                    : .takesDefault(from: other, to: binding.command)
                conflicts.append(
                    KeyConflict(
                        context: binding.context, key: gesture.rawValue, kind: kind,
                        file: binding.file, line: binding.line))
                if configuredMouse[slot] != nil { continue }
            }
            if orderedMouse[use]?.contains(gesture) == true { continue }
            bind(gesture, to: binding.command, in: binding.context)
            configuredMouse[slot] = binding
        }
    }

    private mutating func apply(_ binding: KeyBinding) {
        applyGestures(binding)
        let use = Use(context: binding.context, command: binding.command)
        if binding.isDisabled {
            disabled.insert(use)
        } else {
            disabled.remove(use)
        }
        // A binding of gestures alone leaves the command's keys as they are.
        guard !binding.keys.isEmpty || binding.isDisabled else { return }
        for key in ordered[use] ?? [] {
            bindings[binding.context]?[key] = nil
            configured[Slot(context: binding.context, key: key)] = nil
        }
        ordered[use] = []
        for key in binding.keys {
            let slot = Slot(context: binding.context, key: key)
            if let other = bindings[binding.context]?[key], other != binding.command {
                if configured[slot] != nil {
                    conflicts.append(
                        KeyConflict(
                            context: binding.context, key: key.description,
                            kind: .bothConfigured(kept: other, ignored: binding.command),
                            file: binding.file, line: binding.line))
                    continue
                }
                conflicts.append(
                    KeyConflict(
                        context: binding.context, key: key.description,
                        kind: .takesDefault(from: other, to: binding.command),
                        file: binding.file, line: binding.line))
            }
            if ordered[use]?.contains(key) == true { continue }
            bind(key, to: binding.command, in: binding.context)
            configured[slot] = binding
        }
    }

    /// A key the configuration binds globally that a context uses for something else.
    private mutating func findHiddenGlobals() {
        for (slot, binding) in configured.sorted(by: { $0.value.line < $1.value.line })
        where slot.context == .global {
            for context in KeyContext.allCases where context.fallsBackToGlobal {
                if let local = bindings[context]?[slot.key], local != binding.command {
                    conflicts.append(
                        KeyConflict(
                            context: .global, key: slot.key.description,
                            kind: .hiddenInContext(
                                global: binding.command, by: local, in: context),
                            file: binding.file, line: binding.line))
                }
            }
        }
        for (slot, binding) in configuredMouse.sorted(by: { $0.value.line < $1.value.line })
        where slot.context == .global {
            for context in KeyContext.allCases where context.fallsBackToGlobal {
                if let local = mouse[context]?[slot.gesture], local != binding.command {
                    conflicts.append(
                        KeyConflict(
                            context: .global, key: slot.gesture.rawValue,
                            kind: .hiddenInContext(
                                global: binding.command, by: local, in: context),
                            file: binding.file, line: binding.line))
                }
            }
        }
    }

    public func command(for key: Key, in context: KeyContext) -> CommandID? {
        if let local = bindings[context]?[key] { return local }
        guard context.fallsBackToGlobal, let global = bindings[.global]?[key] else { return nil }
        return disabled.contains(Use(context: context, command: global)) ? nil : global
    }

    /// The command a mouse gesture runs in a context, falling back to the global ones like
    /// keys (unless the context disables that command).
    public func command(for gesture: MouseGesture, in context: KeyContext) -> CommandID? {
        if let local = mouse[context]?[gesture] { return local }
        guard context.fallsBackToGlobal, let global = mouse[.global]?[gesture] else { return nil }
        return disabled.contains(Use(context: context, command: global)) ? nil : global
    }

    /// The gestures a context itself binds to a command: for help and `docs/keys.md`.
    public func ownGestures(for command: CommandID, in context: KeyContext) -> [MouseGesture] {
        orderedMouse[Use(context: context, command: command)] ?? []
    }

    /// The keys a context itself binds to a command, in their order: for `docs/keys.md`.
    public func ownKeys(for command: CommandID, in context: KeyContext) -> [Key] {
        ordered[Use(context: context, command: command)] ?? []
    }

    /// The keys that run a command in a context, its own first, then the global ones that
    /// reach it there: for help and hints.
    public func keys(for command: CommandID, in context: KeyContext) -> [Key] {
        var result = ownKeys(for: command, in: context)
        if context.fallsBackToGlobal {
            for key in ownKeys(for: command, in: .global)
            where !result.contains(key) && self.command(for: key, in: context) == command {
                result.append(key)
            }
        }
        return result
    }
}
