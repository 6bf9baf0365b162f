import ShortlistCore
import ShortlistStore

extension App {
    /// Shows a tab of the detail, opening the detail if needed. Moving through the list
    /// keeps the tab, so that eligibility or screening can be read candidate after candidate.
    func showTab(_ tab: DetailTab) {
        guard window.total > 0 else { return }
        if !state.detailOpen || layout.detail == nil {
            state.openDetail(focus: .detail)
        }
        if state.detailTab != tab {
            state.detailTab = tab
            state.detailScroll = 0
        }
    }

    var tabKeys: [DetailTab: String] { scene.tabKeys }

    /// The shown tab's document, as the update step last built it.
    var detail: DetailDocument? { state.shown.detail }

    /// Builds the shown tab's document when the candidate, tab, width or data changed.
    func loadDetail(width: Int) {
        guard let summary = read({ try window.row(at: state.selected) }) ?? nil else {
            state.shown.detail = nil
            return
        }
        var key = DetailDocument.Key(
            applicationID: summary.applicationID, tab: state.detailTab, width: width,
            version: loading.dataVersion)
        if let search = state.activeSearch, search.kind == .text, state.detailTab == .details {
            key.searchWords = search.words
        }
        if state.shown.detail?.key == key { return }
        state.shown.detail = document(for: key).highlighting(key.searchWords, theme: theme)
        scrollDetail(to: state.detailScroll)
    }

    private func document(for key: DetailDocument.Key) -> DetailDocument {
        let id = key.applicationID
        do {
            switch key.tab {
            case .details:
                guard let candidate = try window.source.candidate(id) else {
                    return .message(
                        "\(id) is no longer in the database.", title: "Candidate", key: key,
                        theme: theme)
                }
                return .details(
                    candidate, evidence: matcher?.find(in: candidate.cvText), key: key,
                    theme: theme, jumpKeys: (keyName(.nextEvidence), keyName(.previousEvidence)))
            case .eligibility:
                guard let panel else { return withoutPanel(key) }
                return .eligibility(
                    try panel.eligibility(of: id), key: key, theme: theme,
                    footer: eligibilityFooter)
            case .screening:
                guard let panel else { return withoutPanel(key) }
                let conflict = actorConflicts[id]
                let view = ScreeningView(
                    criteria: criteriaLines, screeners: screeners, viewer: context.actor?.name,
                    conflict: conflict, footer: screeningFooter(conflicted: conflict != nil))
                return .screening(try panel.screening(of: id), view: view, key: key, theme: theme)
            case .audit:
                guard let panel else { return withoutPanel(key) }
                guard let actor = context.actor else {
                    return .auditRefused(
                        context.refusal(of: .readAuditTrail), key: key, theme: theme)
                }
                do {
                    return .audit(
                        try panel.auditLog(candidate: id, by: actor, limit: nil), key: key,
                        theme: theme)
                } catch let refused as PermissionDenied {
                    return .auditRefused(refused.description, key: key, theme: theme)
                }
            case .notes:
                guard let panel else { return withoutPanel(key) }
                return .notes(
                    try panel.notes(for: id, includeDeleted: false), key: key, theme: theme,
                    footer: notesFooter, resolveKey: keyName(.resolveNote))
            }
        } catch {
            report(error)
            return .message("\(error)", title: key.tab.title, key: key, theme: theme)
        }
    }

    private func withoutPanel(_ key: DetailDocument.Key) -> DetailDocument {
        .message(
            "The panel's work is not available here.", title: key.tab.title, key: key,
            theme: theme)
    }

    private var eligibilityFooter: [String] {
        guard context.allows(.overrideEligibility) else {
            return ["Overrides: \(context.refusal(of: .overrideEligibility))."]
        }
        var keys: [String] = []
        if let key = keyName(.override) { keys.append("\(key) overrides a rule") }
        if let key = keyName(.withdrawOverride) { keys.append("\(key) withdraws an override") }
        guard !keys.isEmpty else { return [] }
        return [
            keys.joined(separator: ", ")
                + "; each needs a written justification, which the audit trail records."
        ]
    }

    private var notesFooter: [String] {
        guard context.allows(.annotate) else {
            return ["Read only: \(context.refusal(of: .annotate))."]
        }
        var keys: [String] = []
        if let key = keyName(.addNote) { keys.append("\(key) adds a note") }
        if let key = keyName(.tag) { keys.append("\(key) tags the candidate") }
        guard !keys.isEmpty else { return [] }
        return [keys.joined(separator: ", ") + "; notes are not sealed: the panel reads them."]
    }

    private func screeningFooter(conflicted: Bool) -> [String] {
        guard context.allows(.screen) else {
            return ["Read only: \(context.refusal(of: .screen))."]
        }
        guard !conflicted, let key = keyName(.screen) else { return [] }
        return [
            "\(key) sets your marks (met, partly, not met, unknown) and your note. Screening marks are the panel's judgement, seen by every member."
        ]
    }
}
