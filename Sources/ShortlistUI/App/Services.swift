import ShortlistCore
import ShortlistStore

/// What the session reads and writes through: the list's window on the candidates, the
/// panel's work, the exporter, other processes' changes, and the queues that keep slow work
/// off the interface's thread. Only the update step and the commands use them; drawing
/// never sees them.
struct Services {
    let window: CandidateWindow
    /// The panel's work: eligibility, screening, the audit trail. Nil for a source that has
    /// none (then those tabs say so).
    let panel: (any PanelSource)?
    /// Writes exports from the ranking view; nil where there is none (then `e` says so).
    let exporter: (any ResultExporter)?
    /// Tells the session what other processes changed; nil to not watch (tests, scripts).
    var changeFeed: (any ChangeFeed)?
    /// Reads files into the database (imports, a new profile); nil where none can be.
    var loader: (any DataLoader)?
    /// Searches run off this thread; only the newest one's result is shown.
    let searchRunner = SearchRunner()
    /// Counts of filtered lists, made off this thread after the first page is drawn.
    let countRunner = CountRunner(label: "shortlist.count")
    /// The session's writes, in order, off this thread (see `WriteQueue`).
    let writeQueue = WriteQueue()
    /// The detail tab's reads (a CV, an audit trail), off this thread; the newest wins.
    let detailRunner = LatestRunner<DetailRead>(label: "shortlist.detail")
    /// The Score column's reads (the cards of the rows shown), off this thread.
    let scoreRunner = LatestRunner<[ApplicationID: ScoreProgress]>(label: "shortlist.scores")
    /// The list's marks (overrides, conflicts, invitations, tags, evidence), off this thread.
    let marksRunner = LatestRunner<ListMarksRead>(label: "shortlist.marks")
    /// The ranking's reads (every scorecard, sealed for the viewer), off this thread.
    let rankingRunner = LatestRunner<RankingView?>(label: "shortlist.ranking")
    /// `v`: the audit trail's chain and the final ranking checked, off this thread.
    let verifyRunner = LatestRunner<AuditCheck>(label: "shortlist.verify")

    init(window: CandidateWindow, panel: (any PanelSource)?, exporter: (any ResultExporter)?) {
        self.window = window
        self.panel = panel
        self.exporter = exporter
    }
}

/// The services by the names the rest of the interface uses.
extension App {
    public var window: CandidateWindow { services.window }
    public var panel: (any PanelSource)? { services.panel }
    public var exporter: (any ResultExporter)? { services.exporter }
    public var changeFeed: (any ChangeFeed)? {
        get { services.changeFeed }
        set { services.changeFeed = newValue }
    }
    var searchRunner: SearchRunner { services.searchRunner }
    var countRunner: CountRunner { services.countRunner }
    var writeQueue: WriteQueue { services.writeQueue }
    var detailRunner: LatestRunner<DetailRead> { services.detailRunner }
    var rankingRunner: LatestRunner<RankingView?> { services.rankingRunner }
    var verifyRunner: LatestRunner<AuditCheck> { services.verifyRunner }
    var scoreRunner: LatestRunner<[ApplicationID: ScoreProgress]> { services.scoreRunner }
    var marksRunner: LatestRunner<ListMarksRead> { services.marksRunner }
}
