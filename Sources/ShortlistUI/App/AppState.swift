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
        /// The acting person's two declarations, asked for before their first look at a
        /// candidate's record; the command that asked runs once they declared.
        case declare(then: CommandID?)
        /// Confirming that the chair adopts the panel's grid.
        case adoptGrid
        /// Confirming that the chair finalises the ranking.
        case finaliseRanking
        /// Choosing a note on a candidate to delete (Cancel chosen first).
        case deleteNote(ApplicationID)
        /// Choosing a tag of a note on a candidate to remove (Cancel chosen first).
        case untag(ApplicationID)
        /// Confirming that an entry is to be taken off the roster.
        case removeRosterEntry(String)
        /// Reading a candidate's combined card, for a viewer who does not score: nothing to
        /// choose.
        case combinedCard(ApplicationID)
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
    /// Paragraphs shown above the items (the declarations' text), wrapped to the frame.
    public var text: [String] = []
}

/// Everything a frame shows: the mode and the overlays over it, selection and scroll, the
/// session's histories, and (in `shown`) what the update step read from the store for the
/// next frame. Drawing reads this through a `Scene` and nothing else.
public struct AppState: Sendable {
    public enum Pane: Sendable { case list, detail }

    /// The screen that has the keys when no overlay is open.
    public var mode: Mode = .list
    /// What is open over the screen, the last on top: it takes the keys.
    public var overlays: [Overlay] = []
    /// The ranking a candidate's detail was opened from (`Enter` in the ranking): closing
    /// that detail goes back to it, its cursor where it was.
    var rankingBehindDetail: RankingState?
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
    /// A docked form's focus moved (or the panes were re-laid): the update step scrolls the
    /// CV to the focused criterion's evidence once its document is there.
    var followEvidence = false
    /// What `/` looks for in the CV beside the scorecard, as typed; nil for nothing.
    var findText: String?
    /// The find changed: the update step scrolls the CV to its first match once it is there.
    var followFind = false
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

    /// Keeps a message said on the status line in the history, the newest 200. The same
    /// message again at once (a read that fails on every frame) is kept once.
    mutating func keep(_ message: StatusMessage) {
        guard messages.last != message else { return }
        messages.append(message)
        if messages.count > 200 { messages.removeFirst() }
    }

    /// The bindings that take the next key: the top overlay's, or else the mode's.
    public var keyContext: KeyContext { overlays.last?.keyContext ?? mode.keyContext }
}
