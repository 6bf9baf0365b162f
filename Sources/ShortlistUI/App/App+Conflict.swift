import ShortlistCore
import ShortlistStore

/// `D`: the acting member declares their own conflict of interest with the selected
/// candidate, through the store's `declareConflict` (as `shortlist panel conflict`: the
/// reason required, refused once the ranking is final, audited).
extension App {
    func openConflictForm() {
        guard let id = selectedID else {
            show("no candidate selected", isError: true)
            return
        }
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .declareOwnConflict), isError: true)
            return
        }
        let declared = read({ try panel.conflicts(of: actor.name) }) ?? []
        if let known = declared.first(where: { $0.applicationID == id }) {
            show(
                "\(actor.name) already declared a conflict of interest with \(id) at \(known.declaredAt)",
                isError: true)
            return
        }
        state.form = FormState(
            title: "Declare your conflict of interest with \(id)",
            purpose: .declareConflict(id),
            fields: [
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help:
                        "Why (a former colleague, a relative…), for the audit trail. You will neither screen nor score this candidate, and see none of their marks.",
                    isRequired: true)
            ])
    }

    func saveConflict(_ form: FormState, _ id: ApplicationID) {
        guard let actor = context.actor else { return }
        let reason = form.value("reason") ?? ""
        writeFromForm(form) {
            try $0.declareConflict(member: actor.name, applicationID: id, reason: reason, by: actor)
        } done: { [self] in
            panelChanged()
            show("Recorded: \(actor.name) has a conflict of interest with \(id)")
        }
    }
}
