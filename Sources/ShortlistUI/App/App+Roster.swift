import ShortlistCore
import ShortlistStore

/// The roster screen: the secretary and the chair add, remove and bind entries and record
/// conflicts of interest through the store's own functions (those of `shortlist panel …`),
/// which check the roster rules inside their transaction and write the audit entries.
extension App {
    /// Whether the acting person keeps any part of the roster: the command table's "any of"
    /// (the secretary's `manage-roster`, the chair's `manage-scoring-entries`). The store
    /// decides each change; this only spares others the roster's change keys in the hints.
    static func keepsRoster(_ context: AppContext) -> Bool {
        context.allows(anyOf: Command.named(.rosterAdd).requires)
    }

    func openRoster() {
        guard let view = rosterView() else { return }
        state.roster = RosterState(view: view)
    }

    func rosterView() -> RosterView? {
        guard let panel else {
            show("this list has no panel roster to show", isError: true)
            return nil
        }
        return read {
            RosterView(
                members: try panel.panelMembers(), declarations: try panel.declarations(),
                conflicts: try panel.conflicts(of: nil))
        }
    }

    /// Reads the roster again (after a change here or elsewhere), keeping the same entry
    /// selected when it is still there.
    func reloadRoster() {
        guard let current = state.roster, let view = rosterView() else { return }
        var next = current
        next.view = view
        if let name = current.selectedEntry?.member.name,
            let index = view.entries.firstIndex(where: { $0.member.name == name })
        {
            next.selected = index
        }
        next.selected = min(next.selected, max(0, view.entries.count - 1))
        state.roster = next
    }

    func performInRoster(_ command: CommandID) -> Bool {
        guard let roster = state.roster else { return false }
        let count = roster.view.entries.count
        switch command {
        case .moveDown: selectInRoster(roster.selected + 1)
        case .moveUp: selectInRoster(roster.selected - 1)
        case .pageDown: selectInRoster(roster.selected + max(1, layout.body.height - 4))
        case .pageUp: selectInRoster(roster.selected - max(1, layout.body.height - 4))
        case .first: selectInRoster(0)
        case .last: selectInRoster(count - 1)
        case .back, .roster: state.roster = nil
        case .rosterAdd: openRosterAddForm()
        case .rosterRemove: askToRemoveRosterEntry()
        case .rosterBind: openRosterBindForm()
        case .recordConflict: openRecordConflictForm()
        case .help, .commandLine, .redraw, .theme, .quit, .messages, .declare, .profile,
            .notesScreen:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .roster).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the roster\(key ?? "")", isError: true)
        }
        return true
    }

    /// Selects an entry and scrolls so that its row shows.
    private func selectInRoster(_ index: Int) {
        guard var roster = state.roster, !roster.view.entries.isEmpty else { return }
        roster.selected = min(max(0, index), roster.view.entries.count - 1)
        let line = RosterScreen.line(ofEntry: roster.selected)
        let rows = max(1, layout.body.height - 1)
        if line < roster.scroll + 2 { roster.scroll = max(0, line - 2) }
        if line >= roster.scroll + rows { roster.scroll = line - rows + 1 }
        state.roster = roster
    }

    func openRosterAddForm() {
        let roles = Role.allCases.map { FormState.Option(value: $0.rawValue, label: $0.rawValue) }
        state.form = FormState(
            title: "Add a roster entry", purpose: .rosterAdd,
            fields: [
                FormState.Field(
                    name: "name", label: "Name", kind: .text(CommandLineState()),
                    help:
                        "The name they act under (--user NAME): letters, digits, dots, hyphens or underscores.",
                    isRequired: true),
                FormState.Field(
                    name: "role", label: "Role",
                    kind: .choice(roles, selected: Role.allCases.firstIndex(of: .member)),
                    help: "What they may do: docs/roles.md."),
                FormState.Field(
                    name: "display", label: "Display name", kind: .text(CommandLineState()),
                    help: "How they are shown (empty: the name)."),
                FormState.Field(
                    name: "login", label: "Login", kind: .text(CommandLineState()),
                    help:
                        "The operating-system login bound to the entry: then only it may act as the name (empty: none)."
                ),
            ])
    }

    func saveRosterEntry(_ form: FormState) {
        guard let actor = context.actor, let name = form.value("name"),
            let role = form.value("role").flatMap(Role.init(rawValue:))
        else { return }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let display = (form.value("display") ?? "").trimmingCharacters(in: .whitespaces)
        let login = (form.value("login") ?? "").trimmingCharacters(in: .whitespaces)
        let member = PanelMember(
            name: trimmed, displayName: display.isEmpty ? trimmed : display, role: role,
            login: login.isEmpty ? nil : login)
        writeFromForm(form) {
            try $0.addPanelMember(member, by: actor)
        } done: { [self] in
            rosterChanged(select: member.name)
            show(RosterWording.added(member))
        }
    }

    private func askToRemoveRosterEntry() {
        guard let entry = state.roster?.selectedEntry else { return }
        let member = entry.member
        state.dialog = DialogState(
            title: "Remove \(member.name) from the roster?",
            purpose: .removeRosterEntry(member.name),
            items: [
                .init(name: "Remove", detail: "they can no longer act; the audit trail keeps them"),
                .init(name: "Cancel", detail: "\(member.name) stays on the roster"),
            ], selected: 1,
            text: ["\(member.displayName) (\(member.role)) is taken off the roster."])
    }

    func removeRosterEntry(_ name: String) {
        guard let actor = context.actor else { return }
        write {
            try $0.removePanelMember(named: name, by: actor)
        } done: { [self] in
            rosterChanged(select: nil)
            show(RosterWording.removed(name))
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }

    private func openRosterBindForm() {
        guard let entry = state.roster?.selectedEntry else { return }
        var field = FormState.Field(
            name: "login", label: "Login",
            kind: .text(CommandLineState(text: entry.member.login ?? "")),
            help:
                "The operating-system login that alone may act as \(entry.member.name); empty unbinds the entry."
        )
        field.isProposed = entry.member.login != nil
        state.form = FormState(
            title: "Bind \(entry.member.name) to a login", purpose: .rosterBind(entry.member.name),
            fields: [field])
    }

    func saveRosterBinding(_ form: FormState, _ name: String) {
        guard let actor = context.actor else { return }
        let login = (form.value("login") ?? "").trimmingCharacters(in: .whitespaces)
        writeFromForm(form) {
            try $0.changePanelMember(
                named: name, role: nil, displayName: nil, login: login.isEmpty ? nil : login,
                unbind: login.isEmpty, by: actor)
        } done: { [self] in
            rosterChanged(select: name)
            show(RosterWording.changed(name))
        }
    }

    private func openRecordConflictForm() {
        guard let entry = state.roster?.selectedEntry else { return }
        var candidate = FormState.Field(
            name: "candidate", label: "Application",
            kind: .text(CommandLineState(text: selectedID?.rawValue ?? "")),
            help: "The application id of the candidate \(entry.member.name) may not assess.",
            isRequired: true)
        candidate.isProposed = true
        state.form = FormState(
            title: "Record a conflict of interest of \(entry.member.name)",
            purpose: .recordConflict(entry.member.name),
            fields: [
                candidate,
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help: "Why: the audit trail keeps it (as a salted digest).", isRequired: true),
            ])
    }

    func saveRecordedConflict(_ form: FormState, _ name: String) {
        guard let actor = context.actor, let id = form.value("candidate"),
            let reason = form.value("reason")
        else { return }
        let applicationID = ApplicationID(id.trimmingCharacters(in: .whitespaces))
        writeFromForm(form) {
            try $0.declareConflict(
                member: name, applicationID: applicationID, reason: reason, by: actor)
        } done: { [self] in
            rosterChanged(select: name)
            show(RosterWording.conflictRecorded(name, applicationID.rawValue))
        }
    }

    /// After a roster change: the list's marks (conflicts) and the roster read again.
    private func rosterChanged(select name: String?) {
        panelChanged()
        loading.panelCache.screeners = nil
        reloadRoster()
        if let name,
            let index = state.roster?.view.entries.firstIndex(where: {
                $0.member.name == name
            })
        {
            selectInRoster(index)
        }
    }
}
