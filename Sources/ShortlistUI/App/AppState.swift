import ShortlistCore

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

/// Where the scorecard stands on screen: the candidate and the criterion chosen (its index in
/// the profile's order). The card itself is read from the store after every change.
public struct ScorecardState: Sendable, Equatable {
    public var applicationID: ApplicationID
    /// "Surname, Given names · id", or the id alone in blind mode.
    public var title: String
    public var focus = 0

    public init(applicationID: ApplicationID, title: String, focus: Int = 0) {
        self.applicationID = applicationID
        self.title = title
        self.focus = focus
    }
}

/// Everything the screens show that is not data: selection, scroll, focus, open panes, the
/// command line and dialogs.
public struct AppState: Sendable, Equatable {
    public enum Pane: Sendable { case list, detail }

    public var focus: Pane = .list
    public var detailOpen = false
    public var helpOpen = false
    public var helpScroll = 0
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
    /// The `:` command line, while it is open.
    public var commandLine: CommandLineState?
    public var dialog: DialogState?
    /// A form over the screen: screening marks, an override, a scorecard comment.
    public var form: FormState?
    /// The acting member's scorecard for a candidate, over the list, while it is open.
    public var scorecard: ScorecardState?
    /// The ranking view, over the list, while it is open: its first line shown.
    public var rankingScroll: Int?
    /// Set when the application should stop, with the process's exit status.
    public var exitCode: Int32?
    /// Quit was asked for while writes were queued: the session ends once they are through.
    public var quitWhenSaved = false

    public init() {}
}
