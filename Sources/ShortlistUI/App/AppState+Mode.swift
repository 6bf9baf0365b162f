/// Views of the mode and the overlays by what they hold. Setting one to nil closes it;
/// setting a value replaces the open one or opens it over the rest.
extension AppState {
    /// Whether the detail pane is open beside or instead of the list.
    public var detailOpen: Bool {
        if case .detail = mode.panes { return true }
        return false
    }

    /// The pane with the focus; the list when the detail is closed.
    public var focus: Pane {
        if case .detail(let focus) = mode.panes { return focus }
        return .list
    }

    /// Opens the detail pane with the focus on `focus`, under whatever is open over it.
    mutating func openDetail(focus: Pane) { mode = mode.withPanes(.detail(focus: focus)) }

    /// Closes the detail pane: the list alone, with the focus.
    mutating func closeDetail() { mode = mode.withPanes(.list) }

    public var helpOpen: Bool {
        if case .help = mode { return true }
        return false
    }

    public var helpScroll: Int {
        if case .help(let scroll, _) = mode { return scroll }
        return 0
    }

    /// The open scorecard, with the help over it or not.
    public var scorecard: ScorecardState? {
        get {
            if case .scorecard(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .scorecard(_, let over) = base {
                base = newValue.map { .scorecard($0, over: over) } ?? over
            } else if let newValue {
                base = .scorecard(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The open profile screen, with the help over it or not.
    public var profile: ProfileState? {
        get {
            if case .profile(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .profile(_, let over) = base {
                base = newValue.map { .profile($0, over: over) } ?? over
            } else if let newValue {
                base = .profile(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The open audit screen, with the help over it or not.
    public var audit: AuditState? {
        get {
            if case .audit(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .audit(_, let over) = base {
                base = newValue.map { .audit($0, over: over) } ?? over
            } else if let newValue {
                base = .audit(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The open roster screen, with the help over it or not.
    public var roster: RosterState? {
        get {
            if case .roster(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .roster(_, let over) = base {
                base = newValue.map { .roster($0, over: over) } ?? over
            } else if let newValue {
                base = .roster(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The open notes screen, with the help over it or not.
    public var notesScreen: NotesScreenState? {
        get {
            if case .notesScreen(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .notesScreen(_, let over) = base {
                base = newValue.map { .notesScreen($0, over: over) } ?? over
            } else if let newValue {
                base = .notesScreen(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The open ranking view, with the help over it or not.
    public var ranking: RankingState? {
        get {
            if case .ranking(let value, _) = mode.underHelp { return value }
            return nil
        }
        set {
            var base = mode.underHelp
            if case .ranking(_, let over) = base {
                base = newValue.map { .ranking($0, over: over) } ?? over
            } else if let newValue {
                base = .ranking(newValue, over: base.panes)
            }
            mode = mode.replacingUnderHelp(base)
        }
    }

    /// The command line (or the search or filter bar), while it is open.
    public var commandLine: CommandLineState? {
        get { overlay { if case .commandLine(let line) = $0 { line } else { nil } } }
        set {
            setOverlay(newValue.map(Overlay.commandLine)) {
                if case .commandLine = $0 { true } else { false }
            }
        }
    }

    public var dialog: DialogState? {
        get { overlay { if case .dialog(let dialog) = $0 { dialog } else { nil } } }
        set {
            setOverlay(newValue.map(Overlay.dialog)) {
                if case .dialog = $0 { true } else { false }
            }
        }
    }

    /// A form over the screen: screening marks, an override, a scorecard comment.
    public var form: FormState? {
        get { overlay { if case .form(let form) = $0 { form } else { nil } } }
        set {
            setOverlay(newValue.map(Overlay.form)) { if case .form = $0 { true } else { false } }
        }
    }

    private func overlay<T>(_ match: (Overlay) -> T?) -> T? {
        overlays.lazy.reversed().compactMap(match).first
    }

    private mutating func setOverlay(_ value: Overlay?, kind: (Overlay) -> Bool) {
        guard let value else {
            overlays.removeAll(where: kind)
            return
        }
        if let index = overlays.lastIndex(where: kind) {
            overlays[index] = value
        } else {
            overlays.append(value)
        }
    }
}
