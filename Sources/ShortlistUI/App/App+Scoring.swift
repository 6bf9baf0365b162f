import ShortlistCore
import ShortlistStore
import TerminalKit

/// Interviews: invitations from the list, the acting member's scorecard (App+Scorecard), the
/// ranking (App+Ranking). The store checks every permission and seals what the viewer may not
/// see; the interface asks it again after every change and shows what it is given.
extension App {
    /// Candidates invited to interview.
    var invitedApplications: Set<ApplicationID> {
        if let known = panelCache.invited { return known }
        let read = Set((try? panel?.invitedCandidates()) ?? [])
        panelCache.invited = read
        return read
    }

    /// The profile's criteria, weights, scale and pass marks; nil without a scoring scheme.
    var scoringScheme: ScoringScheme? {
        if let known = panelCache.scheme { return known }
        let read = (try? panel?.scoringScheme()) ?? nil
        panelCache.scheme = .some(read)
        return read
    }

    // MARK: Invitations

    /// Invites the selected candidate (the list has no marked selection yet). The store
    /// refuses an ineligible or `needs_check` candidate, with the reason.
    func inviteSelected() {
        guard let id = selectedID else { return }
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .invite), isError: true)
            return
        }
        if invitedApplications.contains(id) {
            show("\(id) is already invited to interview")
            return
        }
        do {
            try panel.invite([id], by: actor)
            panelChanged()
            show("\(id) is invited to interview")
        } catch {
            show(Self.oneLine(error), isError: true)
        }
    }

    func withdrawSelectedInvitation() {
        guard let id = selectedID else { return }
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .invite), isError: true)
            return
        }
        guard invitedApplications.contains(id) else {
            show("\(id) is not invited to interview", isError: true)
            return
        }
        do {
            try panel.withdrawInvitation([id], by: actor)
            panelChanged()
            show("\(id)'s invitation to interview is withdrawn")
        } catch {
            show(Self.oneLine(error), isError: true)
        }
    }

    /// Lists only the invited candidates, or everyone again; the store does the filtering,
    /// so that a million rows stay in the database.
    func toggleInvitedOnly() {
        let scope: CandidateScope = window.scope == .all ? .invited : .all
        let current = selectedID
        do {
            try window.reset(scope: scope)
            state.selected = 0
            state.top = 0
            if let current,
                let position = try window.position(of: current)
            {
                state.selected = position
                state.top = position - layout.listRows / 2
            }
            state.detailScroll = 0
            clampSelection()
        } catch {
            report(error)
            return
        }
        let key = keyName(.invitedOnly).map { "; \($0) shows everyone" } ?? ""
        if scope == .invited {
            show(
                "\(CandidateFormat.thousands(window.total)) candidate\(window.total == 1 ? "" : "s") invited to interview\(key)"
            )
        } else {
            show("every candidate")
        }
    }

    /// A store's message on the one status line: its lines joined.
    static func oneLine(_ error: any Error) -> String {
        "\(error)".split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }
}
