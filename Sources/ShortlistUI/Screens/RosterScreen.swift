import ShortlistCore
import ShortlistStore
import TerminalKit

/// The panel roster over the whole body: one row per entry (name, display name, role, login,
/// declarations, conflicts), the selected entry's declarations and conflicts in full under
/// it, and who may change what.
struct RosterScreen: ScrolledPage {
    typealias Segment = DetailDocument.Segment
    typealias Line = DetailDocument.Line

    var view: RosterView
    var selected: Int
    var scroll: Int
    var theme: Theme
    var hints: String

    private var glyphs: Glyphs { theme.glyphs }

    /// The line of the table where an entry's row is: the title and the header come first.
    static func line(ofEntry index: Int) -> Int { index + 2 }

    func lines(width: Int) -> [Line] {
        var lines: [Line] = []
        func text(_ s: String, _ role: ThemeRole = .row) -> Segment {
            Segment(text: s, style: theme[role])
        }
        func cell(_ s: String, _ width: Int) -> String {
            VisibleText.visible(s).truncated(toWidth: width, ellipsis: glyphs.ellipsis)
                .padded(toWidth: width)
        }
        let entries = view.entries
        lines.append([
            text("Panel roster", .sectionTitle),
            text(
                " \(glyphs.separator) \(entries.count) \(entries.count == 1 ? "entry" : "entries")",
                .label),
        ])
        let fixed = 2 + 12 + 1 + 1 + 9 + 1 + 12 + 1 + 10 + 1 + 9
        let display = max(8, width - fixed)
        let header =
            "  " + cell("Name", 12) + " " + cell("Display name", display) + " " + cell("Role", 9)
            + " " + cell("Login", 12) + " " + cell("Declared", 10) + " " + cell("Conflicts", 9)
        lines.append([text(header, .columnHeader)])
        for (index, entry) in entries.enumerated() {
            let member = entry.member
            let made = Set(entry.declarations.map(\.kind))
            let declared =
                made.count == DeclarationKind.allCases.count
                ? "both" : made.isEmpty ? glyphs.missing : "one of two"
            let conflicts = entry.conflicts.isEmpty ? glyphs.missing : String(entry.conflicts.count)
            let isSelected = index == selected
            let row =
                (isSelected ? glyphs.selection : " ") + " " + cell(member.name, 12) + " "
                + cell(member.displayName, display) + " " + cell(member.role.rawValue, 9) + " "
                + cell(member.login ?? glyphs.missing, 12) + " " + cell(declared, 10) + " "
                + cell(conflicts, 9)
            lines.append([text(row, isSelected ? .selectedRow : .row)])
        }
        if entries.isEmpty {
            lines.append([text("Nobody is on the roster.", .missingValue)])
        }
        lines.append([])
        if entries.indices.contains(selected) {
            lines += details(of: entries[selected], width: width, text: text)
            lines.append([])
        }
        for line in wrapText(Self.rules, width: max(10, width)) {
            lines.append([text(line, .missingValue)])
        }
        return lines
    }

    private func details(
        of entry: RosterView.Entry, width: Int, text: (String, ThemeRole) -> Segment
    ) -> [Line] {
        var lines: [Line] = []
        let member = entry.member
        lines.append([
            text(VisibleText.visible(member.displayName), .sectionTitle),
            text(" \(glyphs.separator) \(member.name) \(glyphs.separator) \(member.role)", .label),
            text(
                " \(glyphs.separator) "
                    + (member.login.map { "bound to the login \(VisibleText.visible($0))" }
                        ?? "not bound to a login"),
                .label),
        ])
        for kind in DeclarationKind.allCases {
            let made = entry.declarations.first { $0.kind == kind }
            let title = kind == .confidentiality ? "confidentiality" : "no undeclared conflict"
            lines.append([
                text("  " + title.padded(toWidth: 24), .label),
                made.map { text("declared at \($0.declaredAt)", .row) }
                    ?? text("not declared", .missingValue),
            ])
        }
        if entry.conflicts.isEmpty {
            lines.append([text("  No conflict of interest recorded.", .missingValue)])
        } else {
            lines.append([text("  Conflicts of interest", .label)])
            for conflict in entry.conflicts {
                let head = "    \(conflict.applicationID)  "
                let body =
                    VisibleText.visible(conflict.reason)
                    + " \(glyphs.separator) recorded by \(conflict.declaredBy) at \(conflict.declaredAt)"
                for (i, line) in wrapText(body, width: max(10, width - head.count)).enumerated() {
                    lines.append([
                        text(
                            (i == 0 ? head : String(repeating: " ", count: head.count)) + line, .row
                        )
                    ])
                }
            }
        }
        return lines
    }

    static let rules =
        "The secretary keeps the roster; chair entries, and member entries once the grid is adopted, are the chair's; nobody binds another's entry to their own login; finalising freezes the chair and member entries (docs/roles.md)."
}

extension Scene {
    /// The key hints under the roster, from the live keymap; the changes only for whoever may
    /// make them (the secretary; the chair for chair entries and, after adoption, members).
    static func rosterHints(_ keymap: Keymap, context: AppContext) -> String {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .roster).first?.description
        }
        var parts: [String] = []
        if let down = first(.moveDown), let up = first(.moveUp) {
            parts.append("\(down)/\(up) select")
        }
        if App.keepsRoster(context) {
            if let key = first(.rosterAdd) { parts.append("\(key) add") }
            if let key = first(.rosterRemove) { parts.append("\(key) remove") }
            if let key = first(.rosterBind) { parts.append("\(key) bind a login") }
        }
        if context.allows(.recordConflictForOthers), let key = first(.recordConflict) {
            parts.append("\(key) record a conflict")
        }
        if let key = first(.back) { parts.append("\(key) back") }
        return parts.joined(separator: "  ")
    }
}
