import ShortlistCore
import ShortlistStore

/// A line for the message line: the result of a command, or an error.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    /// News of another process's changes, which newer news may replace.
    public var isNews = false

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// A list to choose from over the screen (the themes), with what to restore on cancel.
public struct DialogState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Choosing a theme; the theme in use before, put back on cancel.
        case theme(original: String)
        /// Confirming that the acting member's scorecard is to be submitted and locked.
        case submitScorecard(ApplicationID)
        /// Choosing one of the panel's saved filters to apply.
        case savedFilter
        /// Reading the session's messages (`:messages`): nothing to choose.
        case messages
    }

    public struct Item: Sendable, Equatable {
        public var name: String
        public var detail: String
    }

    public var title: String
    public var purpose: Purpose
    public var items: [Item]
    public var selected: Int
    public var top = 0
}

/// Everything the screens show that is not data: selection, scroll, focus, open panes, the
/// command line and dialogs.
public struct AppState: Sendable {
    public enum Pane: Sendable { case list, detail }

    /// The screen that has the keys when no overlay is open.
    public var mode: Mode = .list
    /// What is open over the screen, the last on top: it takes the keys.
    public var overlays: [Overlay] = []
    /// Position of the selected candidate in the list (0-based).
    public var selected = 0
    /// Position of the first visible row.
    public var top = 0
    /// Candidates marked for a batch action (`x`): inviting acts on them all.
    public var marked: Set<ApplicationID> = []
    public var detailScroll = 0
    /// The tab the detail pane shows; it stays when the selection moves.
    public var detailTab: DetailTab = .details
    /// The evidence hit last jumped to, by its place among the CV's hits.
    public var evidenceHit: Int?
    /// Shown on the bottom line until the next key.
    public var message: StatusMessage?
    /// Lines run from the command line in this session, oldest first. Never written to
    /// disk: a line may name a candidate.
    public internal(set) var history: [String] = []
    /// Filters applied in this session, oldest first: the filter bar's up/down.
    public internal(set) var filterHistory: [String] = []
    /// Searches typed in this session, oldest first: the search bar's up/down.
    public internal(set) var searchHistory: [String] = []
    /// The filter the list shows, as typed; nil for every candidate.
    public internal(set) var activeFilter: String?
    /// The search `n`/`N` continue and the list highlights: the last one whose result came.
    public internal(set) var activeSearch: CandidateSearch?
    /// Where the last search result landed.
    public internal(set) var lastHit: SearchHit?
    /// What the last search result said, shown again when the search bar closes.
    var searchMessage: StatusMessage?
    /// Where the selection was when `/` was pressed: Escape goes back there.
    var searchOrigin: (id: ApplicationID?, selected: Int, top: Int)?
    /// The queries whose results were shown, oldest first: tests check that no stale one is.
    public internal(set) var shownSearchResults: [String] = []
    /// What the update step read for the next frame.
    public internal(set) var shown = ScreenData()
    /// The errors said on the status line in this session, oldest first: `:messages` lists
    /// them. Never written to disk: a message may name a candidate.
    public internal(set) var messages: [StatusMessage] = []
    /// Set when the application should stop, with the process's exit status.
    public var exitCode: Int32?
    /// Quit was asked for while writes were queued: the session ends once they are through.
    public var quitWhenSaved = false

    public init() {}

    /// Keeps a message said on the status line in the history, the newest 200.
    mutating func keep(_ message: StatusMessage) {
        messages.append(message)
        if messages.count > 200 { messages.removeFirst() }
    }

    /// The bindings that take the next key: the top overlay's, or else the mode's.
    public var keyContext: KeyContext { overlays.last?.keyContext ?? mode.keyContext }
}

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
