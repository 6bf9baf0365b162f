import TerminalKit

extension App {
    /// A key while a form is open: in a text field, typing and editing keys edit it; every
    /// other key goes through the form's bindings.
    func handleFormKey(_ key: Key) {
        guard var form = state.form else { return }
        if form.focused.isText, form.edit(key, keymap: keymap) {
            state.form = form
            return
        }
        if let command = keymap.command(for: key, in: .form) { performInForm(command) }
    }

    func performInForm(_ command: CommandID) {
        guard var form = state.form else { return }
        if form.purpose.docks, performBesideDock(command) { return }
        let before = form.focus
        defer { if state.form?.focus != before { state.followEvidence = true } }
        switch command {
        case .moveDown: form.moveFocus(by: 1)
        case .moveUp: form.moveFocus(by: -1)
        case .nextOption, .previousOption:
            if form.stepOption(by: command == .nextOption ? 1 : -1) { optionChanged(&form) }
        case .markMet, .markPartly, .markNotMet, .markUnknown:
            guard form.focused.takesMarks else {
                form.problem = "the mark keys work on a criterion"
                break
            }
            let mark: String =
                switch command {
                case .markMet: "met"
                case .markPartly: "partly"
                case .markNotMet: "not_met"
                default: "unknown"
                }
            _ = form.choose(mark)
            form.moveFocus(by: 1)
        case .accept:
            state.form = form
            acceptForm()
            return
        case .back:
            state.form = nil
            show("\(form.title.prefix(1).lowercased())\(form.title.dropFirst()): not saved")
            return
        default:
            break
        }
        state.form = form
    }

    /// A choice changed: an override's result follows the rule chosen, to the opposite of
    /// what the rule says now (overriding a rule to what it already gives changes nothing).
    func optionChanged(_ form: inout FormState) {
        if form.purpose == .export {
            exportOptionChanged(&form)
            return
        }
        if case .editNote(let id) = form.purpose {
            editedNoteChanged(&form, id)
            return
        }
        guard case .override(let id) = form.purpose, form.focused.name == "rule",
            let rule = form.value("rule"),
            let decision = form.fields.firstIndex(where: { $0.name == "result" }),
            let current = (read { try panel?.eligibility(of: id) } ?? nil)??.outcomes.first(where: {
                $0.rule.rawValue == rule
            })
        else { return }
        let focus = form.focus
        form.focus = decision
        _ = form.choose(current.result == .pass ? "fail" : "pass")
        form.focus = focus
    }

    /// Saves the form through the store; on a problem the form stays open and says it.
    func acceptForm() {
        guard var form = state.form else { return }
        if let missing = form.missingRequired {
            form.focus = missing.index
            form.problem = missing.message
            state.form = form
            return
        }
        switch form.purpose {
        case .screening(let id): saveScreening(form, id)
        case .override(let id): saveOverride(form, id)
        case .withdrawOverride(let id): saveWithdrawal(form, id)
        case .scoreComment, .scoreNote: saveScoreText(form)
        case .reopenScorecard(let id): saveReopening(form, id)
        case .note(let id): saveNote(form, id)
        case .resolveNote(let id, let noteID): saveResolution(form, id, noteID)
        case .export: saveExport(form)
        case .reopenRanking: saveRankingReopening(form)
        case .auditFilter: saveAuditFilter(form)
        case .editNote(let id): saveNoteEdit(form, id)
        case .declareConflict(let id): saveConflict(form, id)
        case .excuse(let id): saveExcusal(form, id)
        case .withdrawExcuse(let id): saveExcusalWithdrawal(form, id)
        case .rosterAdd: saveRosterEntry(form)
        case .rosterBind(let name): saveRosterBinding(form, name)
        case .recordConflict(let name): saveRecordedConflict(form, name)
        case .notesFile(let command): saveNotesFileForm(form, command)
        }
    }

    /// Clicks in a form: on a field to focus it, on an option to choose it; outside, nothing
    /// (a stray click must not lose what was typed).
    func mouseInForm(_ mouse: MouseEvent, form: FormState) {
        // The wheel over the document beside a docked form scrolls it.
        if mouse.action != .press, layout.form != nil, let detail = layout.detail,
            detail.contains(mouse.position)
        {
            scrollDetail(to: state.detailScroll + (mouse.action == .wheelDown ? 3 : -3))
            return
        }
        guard mouse.action == .press else {
            var changed = form
            changed.moveFocus(by: mouse.action == .wheelDown ? 1 : -1)
            state.form = changed
            state.followEvidence = true
            return
        }
        var changed = form
        let (area, docked) = Scene.formArea(form, layout)
        switch FormScreen.hit(at: mouse.position, form: form, area: area, docked: docked) {
        case .field(let index):
            changed.focus = index
        case .option(let option, let field):
            changed.choose(option: option, inField: field)
            optionChanged(&changed)
        case .inside, .outside:
            return
        }
        state.form = changed
        state.followEvidence = true
    }

    /// The refusal or problem of a failed save, kept in the form.
    func formFailed(_ error: any Error) {
        state.form?.problem = "\(error)"
    }
}
