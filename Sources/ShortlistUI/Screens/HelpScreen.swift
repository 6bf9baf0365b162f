import TerminalKit

/// Every command with its keys and description, generated from the command table and the
/// live keymap so that it can never disagree with what the keys do. What the acting person's
/// role does not allow is greyed, with who may.
struct HelpScreen {
    var keymap: Keymap
    var scroll: Int
    var theme: Theme
    var context: AppContext

    static func lines(keymap: Keymap, theme: Theme, width: Int, context: AppContext)
        -> [[DetailDocument.Segment]]
    {
        var lines: [[DetailDocument.Segment]] = []
        var groups: [String] = []
        for command in Command.all where !groups.contains(command.group) {
            groups.append(command.group)
        }
        let keyWidth = 22
        for group in groups {
            if !lines.isEmpty { lines.append([]) }
            lines.append([.init(text: group, style: theme[.sectionTitle])])
            for command in Command.all where command.group == group {
                let keys = Self.keys(for: command.id, keymap: keymap)
                var keyText = keys.map(\.description).joined(separator: " ")
                if keyText.isEmpty {
                    // A mouse command: its gestures stand where keys would.
                    keyText = Self.gestures(for: command.id, keymap: keymap).map(\.rawValue)
                        .joined(separator: " ")
                }
                let titleWidth = 13
                var description = command.description
                var refused = false
                if !context.allows(anyOf: command.requires) {
                    refused = true
                    description +=
                        " Only \(command.requires.whoMay) can; \(Self.whoYouAre(context))."
                }
                let pieces = wrapText(
                    description, width: max(10, width - keyWidth - titleWidth - 2))
                let quiet = theme[.missingValue]
                for (i, piece) in pieces.enumerated() {
                    lines.append([
                        .init(
                            text: (i == 0 ? keyText : "").padded(toWidth: keyWidth),
                            style: refused ? quiet : theme[.key]),
                        .init(
                            text: (i == 0 ? command.title : "").padded(toWidth: titleWidth),
                            style: refused ? quiet : theme[.label]),
                        .init(text: piece, style: refused ? quiet : .plain),
                    ])
                }
            }
        }
        lines.append([])
        let closing = keymap.ownKeys(for: .back, in: .help).map(\.description)
        if !closing.isEmpty {
            let names =
                closing.count == 1
                ? closing[0]
                : closing.dropLast().joined(separator: ", ") + " or " + closing.last!
            lines.append([.init(text: "\(names) closes this help.", style: theme[.missingValue])])
        }
        return lines
    }

    /// "you are a member", for the help's greyed commands.
    static func whoYouAre(_ context: AppContext) -> String {
        guard let actor = context.actor else { return "nobody is acting" }
        guard let role = actor.role else { return "you are not on the roster" }
        return role == .member ? "you are a member" : "you are the \(role)"
    }

    /// The keys shown for a command: those of the list and the detail; for a command that
    /// works only on the command line or in dialogs, the keys it has there.
    static func keys(for command: CommandID, keymap: Keymap) -> [Key] {
        var keys: [Key] = []
        for contexts in [
            [KeyContext.list, .detail, .global],
            [
                .commandLine, .dialog, .form, .scorecard, .ranking, .profile, .audit, .roster,
                .notes, .line,
            ],
        ] {
            for context in contexts {
                for key in keymap.keys(for: command, in: context) where !keys.contains(key) {
                    keys.append(key)
                }
            }
            if !keys.isEmpty { break }
        }
        return keys
    }

    /// The mouse gestures bound to a command anywhere, each once.
    static func gestures(for command: CommandID, keymap: Keymap) -> [MouseGesture] {
        var gestures: [MouseGesture] = []
        for context in KeyContext.allCases {
            for gesture in keymap.ownGestures(for: command, in: context)
            where !gestures.contains(gesture) {
                gestures.append(gesture)
            }
        }
        return gestures
    }

    func draw(into buffer: inout Buffer, area: Rect) {
        let width = min(area.width, 96)
        let content = Self.lines(keymap: keymap, theme: theme, width: width - 4, context: context)
        let height = min(area.height, content.count + 2)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
        // The help hides what is behind it entirely, so no stray text shows at its edges.
        buffer.fill(area, style: theme[.dialog])
        drawBorder(into: &buffer, box)
        let inner = box.inset(by: 1)
        let maxScroll = max(0, content.count - inner.height)
        for (offset, line) in content.dropFirst(min(scroll, maxScroll)).prefix(inner.height)
            .enumerated()
        {
            var x = inner.x + 1
            for segment in line {
                x = buffer.put(
                    segment.text, x: x, y: inner.y + offset, style: segment.style,
                    maxWidth: inner.maxX - x)
            }
        }
    }

    private func drawBorder(into buffer: inout Buffer, _ r: Rect) {
        Frame.draw(into: &buffer, r, title: "Keys", theme: theme)
    }
}
