import ShortlistCore
import ShortlistStore
import TerminalKit

/// Interviews: invitations from the list, the acting member's scorecard (App+Scorecard), the
/// ranking (App+Ranking). The store checks every permission and seals what the viewer may not
/// see; the interface asks it again after every change and shows what it is given.
extension App {
    /// Candidates invited to interview, for a command (the list's marks read them off the
    /// loop's thread). A failed read is said and not cached: the next one asks again.
    var invitedApplications: Set<ApplicationID> {
        if let known = loading.panelCache.invited { return known }
        guard let panel else { return [] }
        guard let known = read({ Set(try panel.invitedCandidates()) }) else { return [] }
        loading.panelCache.invited = known
        return known
    }

    /// The profile's criteria, weights, scale and pass marks; nil without a scoring scheme.
    var scoringScheme: ScoringScheme? {
        if let known = loading.panelCache.scheme { return known }
        guard let panel else { return nil }
        // A failed read is said and not cached as "no scheme": the next one asks again.
        guard let known = read({ try panel.scoringScheme() }) else { return nil }
        loading.panelCache.scheme = .some(known)
        return known
    }

    // MARK: Invitations

    /// Invites the marked candidates, or else the selected one. The store refuses an
    /// ineligible or `needs_check` candidate with the reason, and then invites nobody.
    func inviteSelected() {
        guard let (_, actor) = panelWork() else { return }
        let ids: [ApplicationID]
        if !state.marked.isEmpty {
            ids = state.marked.subtracting(invitedApplications).sorted()
            guard !ids.isEmpty else {
                show("every marked candidate is already invited to interview")
                return
            }
        } else {
            guard let id = selectedID else { return }
            if invitedApplications.contains(id) {
                show("\(id) is already invited to interview")
                return
            }
            ids = [id]
        }
        let wereMarked = !state.marked.isEmpty
        write {
            try $0.invite(ids, by: actor)
        } done: { [self] in
            panelChanged()
            // Marks made while the write waited stay; the invited ones go.
            state.marked.subtract(invitedApplications)
            show(
                ids.count == 1
                    ? "\(ids[0]) is invited to interview"
                    : "\(ids.count) candidates are invited to interview"
                        + (wereMarked ? "; marks cleared" : ""))
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }

    /// `:slot [force] TIME LANGUAGES PLACE…` (its key starts that line): the selected candidate's interview slot, set
    /// through the store as `shortlist invite ID --at --language --where` does. A time
    /// without its offset is refused here; a clash by the store, with its message.
    func scheduleSlot(_ argument: String?) {
        guard let (_, actor) = panelWork() else { return }
        guard let id = selectedID else { return }
        guard let argument else {
            // The key: the command line, started, for the time, languages and place.
            state.commandLine = CommandLineState(text: "slot ")
            return
        }
        var words = argument.split(separator: " ").map(String.init)
        let force = words.first == "force"
        if force { words.removeFirst() }
        guard words.count >= 3 else {
            show(
                "slot: give the time, the languages and the place, e.g. :slot 2026-01-15T10:00+01:00 EN,FR Room 12",
                isError: true)
            return
        }
        let slot: InterviewSlot
        do {
            slot = InterviewSlot(
                time: try InterviewSlot.parseTime(words[0]),
                place: words.dropFirst(2).joined(separator: " "),
                languages: try InterviewSlot.parseLanguages(words[1]))
        } catch {
            show(
                "slot: " + error.description.replacingOccurrences(of: "--at ", with: ""),
                isError: true)
            return
        }
        write {
            try $0.scheduleInterview(id, slot, force: force, by: actor)
        } done: { [self] warnings in
            panelChanged()
            show(
                (["\(id) is interviewed on \(slot.dateText) at \(slot.timeText)"] + warnings)
                    .joined(separator: "; "))
        } failed: { [self] error in
            // The store's message, with the interface's way to force a shared slot.
            show(
                Self.oneLine(error).replacingOccurrences(of: "--force", with: ":slot force …"),
                isError: true)
        }
    }

    /// Marks or unmarks the selected candidate and moves to the next, as mutt and tig do.
    func toggleMark() {
        guard let id = selectedID else { return }
        if state.marked.contains(id) {
            state.marked.remove(id)
        } else {
            state.marked.insert(id)
        }
        select(state.selected + 1)
        func key(_ command: CommandID) -> String {
            keymap.keys(for: command, in: .list).first?.description ?? ":\(command.rawValue)"
        }
        show(
            state.marked.isEmpty
                ? "no candidate marked"
                : "\(state.marked.count) marked; \(key(.invite)) invites them, \(key(.clearMarks)) unmarks all"
        )
    }

    func clearMarks() {
        let count = state.marked.count
        state.marked = []
        show(count == 0 ? "no candidate marked" : "\(count) unmarked")
    }

    func withdrawSelectedInvitation() {
        guard let id = selectedID else { return }
        guard let (_, actor) = panelWork() else { return }
        guard invitedApplications.contains(id) else {
            show("\(id) is not invited to interview", isError: true)
            return
        }
        write {
            try $0.withdrawInvitation([id], by: actor)
        } done: { [self] in
            panelChanged()
            show("\(id)'s invitation to interview is withdrawn")
        } failed: { [self] error in
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
