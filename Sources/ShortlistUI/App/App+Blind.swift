import ShortlistCore
import ShortlistStore

/// The chair switches the database's blind mode from the interface, through the store's
/// `setBlindMode` (as `shortlist blind on|off`: the role checked, the change audited).
extension App {
    func toggleBlindMode() {
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .setBlindMode), isError: true)
            return
        }
        guard let on = read({ try panel.isBlind() }) else { return }
        write {
            try $0.setBlindMode(!on, reason: "", by: actor)
        } done: { [self] in
            blindModeChanged(databaseBlind: !on)
            let viewer =
                panel.blindViewer && on
                ? " for the panel; your own configuration keeps it on for you" : ""
            show("Blind mode is \(on ? "off" : "on")\(viewer)")
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }

    /// Reads the database's blind flag again after another process's change and, when it no
    /// longer matches what the session shows, hides or shows the names.
    func followBlindMode() {
        guard let panel, let databaseBlind = read({ try panel.isBlind() }) else { return }
        guard (databaseBlind || panel.blindViewer) != context.isBlind else { return }
        blindModeChanged(databaseBlind: databaseBlind)
    }

    /// The session follows the database's blind mode: names in the list, the detail, the
    /// ranking and the title bar are read again.
    func blindModeChanged(databaseBlind: Bool) {
        settings.context.isBlind = databaseBlind || (panel?.blindViewer ?? false)
        panelChanged()
        if state.ranking != nil, let panel, let actor = context.actor {
            requestRanking(from: panel, for: actor, refresh: true)
        }
    }
}
