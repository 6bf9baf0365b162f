import Foundation
import ShortlistCore
import ShortlistStore

/// The notes screen (`M`): offline notes without leaving the interface. Exports, merges and
/// checkouts go through the same functions as `shortlist notes export`, `merge` and
/// `checkout` (the store checks who may and audits), off the drawing path.
extension App {
    func openNotesScreen() {
        guard let view = notesScreenView() else { return }
        state.notesScreen = NotesScreenState(view: view)
    }

    func notesScreenView(outcome: StatusMessage? = nil) -> NotesScreenView? {
        guard let panel, let actor = context.actor else {
            show("the notes screen needs the panel's database and --user NAME", isError: true)
            return nil
        }
        return read {
            NotesScreenView(
                copyOf: try panel.copyOrigin(), toExport: try panel.notesToExport(by: actor),
                copies: try panel.copyOrigin() == nil ? try panel.offlineCopies() : [],
                outcome: outcome)
        }
    }

    /// Reads the screen again after its work ended, with what the work said.
    func reloadNotesScreen(outcome: StatusMessage?) {
        guard state.notesScreen != nil,
            let view = notesScreenView(outcome: outcome ?? state.notesScreen?.view.outcome)
        else { return }
        state.notesScreen?.view = view
    }

    func performInNotesScreen(_ command: CommandID, argument: String?) -> Bool {
        guard let scroll = state.notesScreen?.scroll else { return false }
        if let next = scrolled(scroll, by: command) {
            state.notesScreen?.scroll = max(0, next)
            return true
        }
        switch command {
        case .back, .notesScreen: state.notesScreen = nil
        case .exportNotes, .mergeNotes, .checkoutCopy: notesFileCommand(command, argument)
        case .help, .commandLine, .redraw, .theme, .quit, .messages, .declare, .profile, .roster:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .notes).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work on the notes screen\(key ?? "")", isError: true)
        }
        return true
    }

    /// `:export-notes FILE`, `:merge-notes FILE`, `:checkout FILE`; without a file, the form
    /// that asks for one.
    func notesFileCommand(_ command: CommandID, _ argument: String?) {
        let path = (argument ?? "").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            openNotesFileForm(command)
            return
        }
        runNotesFileCommand(command, path: path, force: false)
    }

    private func runNotesFileCommand(_ command: CommandID, path: String, force: Bool) {
        if state.notesScreen == nil { openNotesScreen() }
        let name = Self.fileName(path)
        switch command {
        case .exportNotes:
            startWork(title: "exporting your notes to \(name)", cancellable: true) {
                loader, actor, control in
                try loader.exportNotes(
                    to: path, everyone: false, force: force, by: actor, control: control)
            }
        case .mergeNotes:
            startWork(title: "merging \(name)", cancellable: true) { loader, actor, control in
                try loader.mergeNotes(from: path, by: actor, control: control)
            }
        default:
            startWork(title: "checking out an offline copy to \(name)") {
                loader, actor, control in
                try loader.checkoutCopy(to: path, by: actor, control: control)
            }
        }
    }

    private func openNotesFileForm(_ command: CommandID) {
        let who = context.actor?.name ?? "notes"
        var path = FormState.Field(
            name: "path", label: "File",
            kind: .text(
                CommandLineState(
                    text: command == .checkoutCopy
                        ? "\(who)-copy.db" : command == .exportNotes ? "\(who)-notes.json" : "")),
            help: command == .mergeNotes
                ? "A bundle (exported from a copy) or the copy itself."
                : command == .checkoutCopy
                    ? "The copy to create: it must not exist yet."
                    : "The bundle to write (private, mode 0600).",
            isRequired: true)
        path.isProposed = command != .mergeNotes
        var fields = [path]
        if command == .exportNotes {
            fields.append(
                FormState.Field(
                    name: "force", label: "Replace",
                    kind: .choice(
                        [
                            .init(value: "no", label: "no"),
                            .init(value: "yes", label: "yes, replace an existing file"),
                        ], selected: 0)))
        }
        let title =
            switch command {
            case .exportNotes: "Export your notes"
            case .mergeNotes: "Merge a bundle or a copy"
            default: "Check out an offline copy"
            }
        state.form = FormState(title: title, purpose: .notesFile(command), fields: fields)
    }

    func saveNotesFileForm(_ form: FormState, _ command: CommandID) {
        guard let path = form.value("path")?.trimmingCharacters(in: .whitespaces) else { return }
        state.form = nil
        runNotesFileCommand(command, path: path, force: form.value("force") == "yes")
    }
}
