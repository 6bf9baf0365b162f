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

    /// Reads the first page of the entries the filter keeps, the newest; false when the read
    /// failed (said on the status line).
    @discardableResult
    func load(_ audit: inout AuditState) -> Bool {
        audit.entries = []
        audit.exhausted = false
        return loadOlder(&audit)
    }

    /// Reads the page of entries older than those read (a keyset read on the sequence
    /// number, as the list reads its next rows); false when the read failed.
    @discardableResult
    func loadOlder(_ audit: inout AuditState) -> Bool {
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .readAuditTrail), isError: true)
            return false
        }
        guard !audit.exhausted else { return true }
        var filter = audit.filter
        filter.olderThan = audit.entries.last?.seq
        guard
            let page = read({
                try panel.auditLog(
                    filter: filter, by: actor, limit: AuditState.page, newest: true)
            })
        else { return false }
        audit.entries += page.reversed()
        audit.exhausted = page.count < AuditState.page
        return true
    }

    /// The update step: when the screen shows the end of what was read, the next page of
    /// older entries is read, so that scrolling down goes on through the whole trail.
    func readOlderAuditEntriesIfShown() {
        guard var audit = state.audit, !audit.exhausted else { return }
        let screen = AuditScreen(audit: audit, scroll: audit.scroll, theme: theme, hints: "")
        let end = screen.maxScroll(width: layout.body.width, height: layout.body.height)
        guard audit.scroll + layout.body.height >= end else { return }
        guard loadOlder(&audit) else { return }
        state.audit = audit
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

    /// `v`: the whole chain recomputed and the final ranking checked (`AuditCheck`, as
    /// `shortlist audit verify`), off the loop's thread: the status line says "verifying…"
    /// until the result comes; the screen shows it too (from anywhere, only the status line).
    func verifyAuditTrail() {
        guard let panel else {
            show("this list keeps no audit trail", isError: true)
            return
        }
        loading.pendingVerify = verifyRunner.submit { try AuditCheck.run(panel) }
        show(Self.verifying)
    }

    static let verifying = "verifying the audit trail…"

    /// Takes the check asked for last if it has come; true when it did.
    @discardableResult
    func collectVerification() -> Bool {
        guard let pending = loading.pendingVerify, let outcome = verifyRunner.take() else {
            return false
        }
        guard outcome.generation == pending else { return false }
        loading.pendingVerify = nil
        switch outcome.result {
        case .success(let check):
            if state.audit != nil { state.audit?.check = check }
            if let mismatch = check.finalRankingMismatch, check.verification.isIntact {
                show("\(check.verification.summary); but \(mismatch)", isError: true)
            } else {
                show(check.verification.summary, isError: !check.holds)
            }
        case .failure(let error):
            show(Self.oneLine(error), isError: true)
        }
        return true
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
