import ShortlistCore
import TerminalKit

/// What a line typed at the bottom is for: a command (`:`) or a filter (`f`).
public enum CommandLinePurpose: Sendable, Equatable {
    case command
    case filter
    case search
    /// Words looked for in the CV beside the scorecard: the candidate stays.
    case find
    /// A search among the ranking's rows: the cursor goes to the first that matches.
    case rankingSearch

    /// What the line starts with on screen.
    public var prompt: String {
        switch self {
        case .command: ":"
        case .filter: "filter: "
        case .search, .rankingSearch: "/"
        case .find: "find in the CV: "
        }
    }
}

/// The `:` command line or the filter bar while it is open: the text, the cursor, and the
/// completions offered. Editing is a set of pure changes to this value, so it can be tested
/// without a screen.
public struct CommandLineState: Sendable, Equatable {
    public var purpose: CommandLinePurpose = .command
    /// Why the filter typed was not applied: shown with a caret under its position until the
    /// line is edited.
    public var error: FilterSyntaxError?
    public private(set) var text: [Character] = []
    /// Position of the cursor, in characters from the start.
    public private(set) var cursor = 0
    /// The completions offered for the word at `completionStart`, when more than one.
    public private(set) var completions: [String] = []
    /// The completion shown, once Tab cycles through them.
    public private(set) var completionIndex: Int?
    private var completionStart = 0
    /// While recalling: the position in the history, and the line as it was before.
    var historyIndex: Int?
    var draft: [Character] = []

    public init(text: String = "", purpose: CommandLinePurpose = .command) {
        self.text = Array(text)
        self.purpose = purpose
        cursor = self.text.count
    }

    public var string: String { String(text) }

    // MARK: Editing

    /// Applies a key: the command the keymap's `line` context binds it to, else a printable
    /// character is typed. False when the key is neither (then it is not the line's).
    public mutating func edit(_ key: Key, keymap: Keymap = .standard) -> Bool {
        if let command = keymap.command(for: key, in: .line) { return apply(command) }
        guard case .character(let c) = key else { return false }
        text.insert(c, at: cursor)
        cursor += 1
        edited()
        return true
    }

    /// Applies a line-editing command (the `line` context's); false for any other command.
    public mutating func apply(_ command: CommandID) -> Bool {
        switch command {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(text.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { return true }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return true }
            text.remove(at: cursor)
        case .killToStart:
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .killToEnd:
            text.removeSubrange(cursor..<text.count)
        case .deleteWord:
            var start = cursor
            while start > 0 && text[start - 1] == " " { start -= 1 }
            while start > 0 && text[start - 1] != " " { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        edited()
        return true
    }

    /// After a change of the text or cursor: completions, recall and the error no longer
    /// apply to it.
    private mutating func edited() {
        endCompletion()
        historyIndex = nil
        error = nil
    }

    public mutating func replace(with line: String) {
        text = Array(line)
        cursor = text.count
        endCompletion()
    }

    mutating func endCompletion() {
        completions = []
        completionIndex = nil
    }

    /// Steps through earlier lines (`history` oldest first); the line being typed comes
    /// back after the newest. Returns false at either end.
    public mutating func recall(earlier: Bool, from history: [String]) -> Bool {
        guard !history.isEmpty else { return false }
        let index: Int
        if earlier {
            if let current = historyIndex {
                guard current > 0 else { return false }
                index = current - 1
            } else {
                draft = text
                index = history.count - 1
            }
        } else {
            guard let current = historyIndex else { return false }
            if current + 1 >= history.count {
                historyIndex = nil
                text = draft
                cursor = text.count
                endCompletion()
                return true
            }
            index = current + 1
        }
        historyIndex = index
        text = Array(history[index])
        cursor = text.count
        endCompletion()
        return true
    }

    // MARK: Completion

    /// Completes the word before the cursor from `candidates` (as `CommandCompletion` gives
    /// them): one match is taken whole; several are completed to what they share, and a
    /// further press steps through them (`backwards` for Shift-Tab). Returns false when
    /// nothing matches.
    public mutating func complete(
        using completion: CommandCompletion, backwards: Bool = false
    ) -> Bool {
        if let index = completionIndex, !completions.isEmpty {
            let count = completions.count
            let next = ((backwards ? index - 1 : index + 1) % count + count) % count
            show(completions[next], index: next)
            return true
        }
        let prefix = String(text[0..<cursor])
        let (start, words, addsSpace) = completion.candidates(forLine: prefix)
        guard !words.isEmpty else { return false }
        completionStart = start
        let typed = String(text[start..<cursor])
        if words.count == 1 {
            put(words[0] + (addsSpace ? " " : ""))
            endCompletion()
            return true
        }
        completions = words
        let shared = Self.commonPrefix(words)
        if shared.count > typed.count {
            put(shared)
        } else {
            let first = backwards ? words.count - 1 : 0
            show(words[first], index: first)
        }
        return true
    }

    /// Takes one of the completions offered (a mouse click on the list).
    public mutating func choose(completion index: Int) {
        guard completions.indices.contains(index) else { return }
        put(completions[index])
        endCompletion()
    }

    /// Where the completion list starts on the line (for drawing it above the word).
    public var completionColumn: Int { completionStart }

    private mutating func show(_ word: String, index: Int) {
        completionIndex = index
        put(word)
    }

    private mutating func put(_ word: String) {
        text.replaceSubrange(completionStart..<cursor, with: Array(word))
        cursor = completionStart + word.count
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let other = Array(word)
            var n = 0
            while n < prefix.count && n < other.count && prefix[n] == other[n] { n += 1 }
            prefix = Array(prefix[0..<n])
        }
        return String(prefix)
    }
}

/// What Tab offers on the command line: command names for the first word, then the
/// command's argument values.
public struct CommandCompletion: Sendable {
    public var themeNames: [String]

    public init(themeNames: [String]) { self.themeNames = themeNames }

    /// For the line up to the cursor: where the word being completed starts, the words that
    /// fit it, and whether a space should follow a single match (a command that takes an
    /// argument).
    public func candidates(forLine line: String) -> (start: Int, words: [String], addsSpace: Bool) {
        let characters = Array(line)
        var start = characters.count
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        let word = String(characters[start...])
        let before = characters[0..<start].split(separator: " ").map { String($0) }
        if before.isEmpty {
            let names = Command.all.map(\.name).filter { $0.hasPrefix(word) }
            let addsSpace = names.count == 1 && Command.lookup(names[0])?.argument != nil
            return (start, names, addsSpace)
        }
        guard before.count == 1, let command = Command.lookup(before[0]),
            let argument = command.argument
        else { return (start, [], false) }
        return (start, values(for: argument).filter { $0.hasPrefix(word) }, false)
    }

    public func values(for argument: CommandArgument) -> [String] {
        switch argument {
        case .themeName: return themeNames
        case .choice(let words): return words
        }
    }
}
