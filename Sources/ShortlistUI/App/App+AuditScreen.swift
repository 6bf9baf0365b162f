import ShortlistCore
import ShortlistStore

/// The audit screen (`A`): the trail across candidates for the chair and the secretary,
/// filtered by who, what, candidate and time through the store's `AuditFilter` (as
/// `shortlist audit log --actor --action --candidate --since --until`), and verified through
/// `verifyAuditTrail` (as `shortlist audit verify`).
extension App {
    func openAuditScreen() {
        guard state.audit == nil else {
            state.audit = nil
            return
        }
        var audit = AuditState()
        guard load(&audit) else { return }
        state.audit = audit
    }

    /// Reads the entries the filter keeps, the newest `AuditState.limit`; false when the read
    /// failed (said on the status line).
    @discardableResult
    func load(_ audit: inout AuditState) -> Bool {
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .readAuditTrail), isError: true)
            return false
        }
        let filter = audit.filter
        guard
            let entries = read({
                try panel.auditLog(
                    filter: filter, by: actor, limit: AuditState.limit + 1, newest: true)
            })
        else { return false }
        audit.truncated = entries.count > AuditState.limit
        audit.entries = Array(entries.suffix(AuditState.limit))
        return true
    }

    func performInAudit(_ command: CommandID) -> Bool {
        guard let audit = state.audit else { return false }
        if let next = scrolled(audit.scroll, by: command) {
            state.audit?.scroll = max(0, next)
            return true
        }
        switch command {
        case .back, .auditTrail:
            state.audit = nil
        case .filter:
            openAuditFilterForm(audit.filter)
        case .clearFilter:
            applyAuditFilter(AuditFilter())
        case .verifyAudit:
            verifyAuditTrail()
        case .help, .commandLine, .redraw, .theme, .quit, .messages:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .audit).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the audit trail\(key ?? "")", isError: true)
        }
        return true
    }

    /// `v`: the whole chain recomputed; the screen shows the result, and so does the status
    /// line (from anywhere, only the status line).
    func verifyAuditTrail() {
        guard let panel else {
            show("this list keeps no audit trail", isError: true)
            return
        }
        guard let verification = read({ try panel.verifyAuditTrail(expectedHead: nil) }) else {
            return
        }
        if state.audit != nil { state.audit?.verification = verification }
        show(verification.summary, isError: !verification.isIntact)
    }

    func openAuditFilterForm(_ filter: AuditFilter) {
        func field(_ name: String, _ label: String, _ value: String?, _ help: String)
            -> FormState.Field
        {
            FormState.Field(
                name: name, label: label, kind: .text(CommandLineState(text: value ?? "")),
                help: help)
        }
        state.form = FormState(
            title: "Filter the audit trail", purpose: .auditFilter,
            fields: [
                field("actor", "Who", filter.actor, "A roster name: only what they did."),
                field(
                    "action", "What", filter.action,
                    "An action (score.submit) or its family (score, note, ranking, conflict…)."),
                field(
                    "candidate", "Candidate", filter.candidate?.rawValue,
                    "An application id: only what was done about them."),
                field(
                    "since", "Since", filter.since,
                    "The first time, ISO 8601 or a prefix: 2026-01-15, 2026-01."),
                field(
                    "until", "Until", filter.until,
                    "The last time, ISO 8601 or a prefix (2026-01-15 is the whole day)."),
            ])
    }

    func saveAuditFilter(_ form: FormState) {
        state.form = nil
        applyAuditFilter(
            AuditFilter(
                actor: form.value("actor"), action: form.value("action"),
                candidate: form.value("candidate").map(ApplicationID.init(rawValue:)),
                since: form.value("since"), until: form.value("until")))
    }

    private func applyAuditFilter(_ filter: AuditFilter) {
        guard var audit = state.audit else { return }
        audit.filter = filter
        audit.scroll = 0
        guard load(&audit) else { return }
        state.audit = audit
        show(
            filter.isEmpty
                ? "every entry: \(audit.entries.count)"
                : "\(audit.entries.count) entr\(audit.entries.count == 1 ? "y" : "ies") \(filter.summary)"
        )
    }
}
