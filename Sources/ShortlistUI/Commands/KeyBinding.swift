import TOMLSupport
import TerminalKit

/// The keys and mouse gestures a configuration gives a command in one context. Keys given
/// replace the command's default keys there, gestures given its default gestures; neither
/// means `<disabled>`: the command has no key and no gesture in that context, not even a
/// global one.
public struct KeyBinding: Sendable, Equatable {
    public var context: KeyContext
    public var command: CommandID
    public var keys: [Key]
    public var gestures: [MouseGesture]
    /// Where it was written, for messages.
    public var file: String
    public var line: Int

    public init(
        context: KeyContext, command: CommandID, keys: [Key], gestures: [MouseGesture] = [],
        file: String, line: Int
    ) {
        self.context = context
        self.command = command
        self.keys = keys
        self.gestures = gestures
        self.file = file
        self.line = line
    }

    public var isDisabled: Bool { keys.isEmpty && gestures.isEmpty }

    /// The spelling that disables a command.
    public static let disabled = "<disabled>"
}

/// A key (or a mouse gesture) the bindings give to two commands, and how it was settled.
public struct KeyConflict: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Two bindings of the configuration: the first keeps the key, the second is ignored.
        case bothConfigured(kept: CommandID, ignored: CommandID)
        /// The configuration took a default key from another command.
        case takesDefault(from: CommandID, to: CommandID)
        /// A global binding of the configuration that a context's own binding hides there.
        case hiddenInContext(global: CommandID, by: CommandID, in: KeyContext)
    }

    public var context: KeyContext
    /// The key's or the gesture's spelling, as the configuration writes it.
    public var key: String
    public var kind: Kind
    public var file: String
    public var line: Int

    /// Two configured commands on one key is an error: one of them cannot be reached.
    public var isError: Bool {
        if case .bothConfigured = kind { return true }
        return false
    }

    public var message: String {
        let k = "“\(key)”"
        switch kind {
        case .bothConfigured(let kept, let ignored):
            return
                "keys.\(context.rawValue).\(ignored.rawValue): \(k) is already bound to \(kept.rawValue) in \(context.rawValue); this binding is ignored"
        case .takesDefault(let from, let to):
            return
                "keys.\(context.rawValue).\(to.rawValue): \(k) was \(from.rawValue)'s key in \(context.rawValue); it now runs \(to.rawValue)"
        case .hiddenInContext(let global, let by, let context):
            return
                "keys.global.\(global.rawValue): \(k) runs \(by.rawValue) in \(context.rawValue), so it does not run \(global.rawValue) there"
        }
    }

    public var description: String { "\(file):\(line): \(message)" }

    public var fileError: TOMLFileError { TOMLFileError(file: file, line: line, reason: message) }
}
