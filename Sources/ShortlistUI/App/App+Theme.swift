import TerminalKit

extension App {
    /// Switches to a theme at once; a theme that cannot be used is reported and the current
    /// one kept.
    @discardableResult
    func switchTheme(to name: String, announce: Bool = true) -> Bool {
        do {
            theme = try catalog.theme(
                named: name, depth: ColorDepth(colorCount: terminal.backend.colorCount),
                glyphs: theme.glyphs)
            state.shown.detail = nil
            if announce { show("theme \(name)") }
            return true
        } catch {
            let first = error.problems.first.map(\.description) ?? "\(error)"
            let more = error.problems.count > 1 ? " (and \(error.problems.count - 1) more)" : ""
            show("\(first)\(more); theme \(theme.name) kept", isError: true)
            return false
        }
    }

    func openThemeDialog() {
        let names = catalog.names
        let items = names.map { name in
            DialogState.Item(
                name: name,
                // A theme that does not load says so in the list; choosing it shows why.
                detail: (try? catalog.document(named: name).description ?? "") ?? "does not load")
        }
        state.dialog = DialogState(
            title: "Theme", purpose: .theme(original: theme.name), items: items,
            selected: names.firstIndex(of: theme.name) ?? 0)
    }
}
