import ShortlistCore
import ShortlistStore

/// The call profile as a screen the chair reviews and adopts: what the call states and what
/// the panel chose, and the adoption, through the same store function as
/// `shortlist profile adopt`.
extension App {
    func openProfile() {
        guard let view = profileView() else { return }
        state.profile = ProfileState(view: view)
    }

    /// What the screen shows: the profile in force with the store's adoption.
    func profileView() -> ProfileView? {
        let adoption = panel.flatMap { panel in read({ try panel.gridAdoption() }) ?? nil }
        if let profile = context.profile {
            return ProfileView(
                reference: profile.reference,
                criteria: profile.criteria.map {
                    .init(
                        id: $0.id, group: $0.group, text: $0.text, weight: $0.weight,
                        passMark: $0.passMark)
                },
                rules: profile.scoring, sources: profile.sources,
                reserveListAnnounced: profile.reserveListAnnounced, adoption: adoption)
        }
        guard let panel else {
            show("this list has no call profile to show", isError: true)
            return nil
        }
        let scheme = read({ try panel.scoringScheme() }) ?? nil
        let groups = (read({ try panel.profileCriteria() }) ?? nil) ?? []
        guard !groups.isEmpty || scheme != nil else {
            show("this database has no call profile", isError: true)
            return nil
        }
        return ProfileView(
            reference: "",
            criteria: groups.map { id, group in
                let rule = scheme?.criteria.first { $0.id == id }
                return .init(
                    id: id, group: group, text: "", weight: rule?.weight, passMark: rule?.passMark)
            },
            rules: scheme?.rules, sources: ValueSources(), reserveListAnnounced: nil,
            adoption: adoption)
    }

    func performInProfile(_ command: CommandID) -> Bool {
        guard let scroll = state.profile?.scroll else { return false }
        if let next = scrolled(scroll, by: command) {
            state.profile?.scroll = max(0, next)
            return true
        }
        switch command {
        case .back, .profile:
            state.profile = nil
            return true
        case .adopt:
            adoptGrid()
            return true
        case .replaceProfile:
            return false  // its file, typed or not, is the general handler's
        case .help, .commandLine, .redraw, .theme, .quit, .messages, .declare, .auditTrail:
            return false
        default:
            let key = keymap.ownKeys(for: .back, in: .profile).first.map { "; \($0) closes it" }
            show("\(command.rawValue) does not work in the call profile\(key ?? "")", isError: true)
            return true
        }
    }

    /// The chair, while the grid is a proposal, is asked to confirm; once it is adopted the
    /// store's own answer says so, and nothing changes. Anyone else was refused by `perform`.
    func adoptGrid() {
        guard let (panel, _) = panelWork() else { return }
        let adopted = read({ try panel.gridAdoption() }) ?? nil
        guard adopted == nil else {
            adoptGridNow()
            return
        }
        state.dialog = DialogState(
            title: "Adopt this grid?", purpose: .adoptGrid,
            items: [
                .init(name: "Adopt", detail: "fix the grid; screening and scoring open"),
                .init(name: "Cancel", detail: "the grid stays a proposal"),
            ], selected: 1,
            text: [GridWording.adoptionWarning])
    }

    /// Adopts through the store (which checks the role and writes the audit entry), then
    /// shows the adoption on the screen.
    func adoptGridNow() {
        guard let actor = context.actor else { return }
        write {
            try $0.adoptGrid(by: actor)
        } done: { [self] adoption in
            panelChanged()
            if state.profile != nil { state.profile?.view.adoption = adoption }
            show(
                "the panel's grid is adopted by \(adoption.by) at \(adoption.at); it can no longer change"
            )
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }
}
