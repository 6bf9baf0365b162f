import ShortlistCore
import ShortlistStore

/// Which screen has the keys, with the data only that screen needs. One value instead of
/// several optional fields, so that a scorecard and a ranking can never be open together.
/// Screens that open over another keep it in `over`, to go back to it when they close.
public indirect enum Mode: Sendable {
    /// The list alone.
    case list
    /// The list with the detail pane open; `focus` says which of the two takes the keys.
    case detail(focus: AppState.Pane)
    /// The help screen over another mode.
    case help(scroll: Int, over: Mode)
    /// The acting member's scorecard for a candidate, over the list or the detail.
    case scorecard(ScorecardState, over: Mode)
    /// The ranking of the invited candidates, over the list or the detail.
    case ranking(RankingState, over: Mode)
    /// The call profile and the panel's grid, which the chair reviews and adopts.
    case profile(ProfileState, over: Mode)
    /// The audit trail across candidates, filtered, with its verification.
    case audit(AuditState, over: Mode)
    /// The panel roster, which the secretary and the chair keep.
    case roster(RosterState, over: Mode)
    /// Offline notes: what is not yet exported, copies issued, merges.
    case notesScreen(NotesScreenState, over: Mode)

    /// The list and detail panes under whatever is open over them.
    public var panes: Mode {
        switch self {
        case .list, .detail: self
        case .help(_, let over), .scorecard(_, let over), .ranking(_, let over),
            .profile(_, let over), .audit(_, let over), .roster(_, let over),
            .notesScreen(_, let over):
            over.panes
        }
    }

    /// The mode without the help screen: what the status line's hints and title are for.
    public var underHelp: Mode {
        if case .help(_, let over) = self { return over }
        return self
    }

    /// This mode with what is under the help replaced (the whole mode without help).
    func replacingUnderHelp(_ base: Mode) -> Mode {
        if case .help(let scroll, _) = self { return .help(scroll: scroll, over: base) }
        return base
    }

    /// The bindings that take a key in this mode (overlays aside).
    public var keyContext: KeyContext {
        switch self {
        case .list: .list
        case .detail(let focus): focus == .detail ? .detail : .list
        case .help: .help
        case .scorecard: .scorecard
        case .ranking: .ranking
        case .profile: .profile
        case .audit: .audit
        case .roster: .roster
        case .notesScreen: .notes
        }
    }

    /// Whose keys the status line's hints name: the screen under the help, the list's for
    /// the panes (quit works in both).
    var hintContext: KeyContext {
        switch underHelp {
        case .scorecard: .scorecard
        case .ranking: .ranking
        case .profile: .profile
        case .audit: .audit
        case .roster: .roster
        case .notesScreen: .notes
        default: .list
        }
    }

    /// The name of the screen in the title bar.
    func title(scope: CandidateScope) -> String {
        switch underHelp {
        case .scorecard: "Scorecard"
        case .ranking: "Ranking"
        case .profile: "Call profile"
        case .audit: "Audit trail"
        case .roster: "Panel roster"
        case .notesScreen: "Offline notes"
        default: scope == .invited ? "Invited candidates" : "Candidates"
        }
    }

    /// The same mode with its list and detail panes replaced.
    func withPanes(_ panes: Mode) -> Mode {
        switch self {
        case .list, .detail: panes
        case .help(let scroll, let over): .help(scroll: scroll, over: over.withPanes(panes))
        case .scorecard(let card, let over): .scorecard(card, over: over.withPanes(panes))
        case .ranking(let ranking, let over): .ranking(ranking, over: over.withPanes(panes))
        case .profile(let profile, let over): .profile(profile, over: over.withPanes(panes))
        case .audit(let audit, let over): .audit(audit, over: over.withPanes(panes))
        case .roster(let roster, let over): .roster(roster, over: over.withPanes(panes))
        case .notesScreen(let notes, let over): .notesScreen(notes, over: over.withPanes(panes))
        }
    }
}

/// Where the scorecard stands on screen: the candidate, the criterion chosen (its index in the
/// profile's order), and the card as the store last gave it (read again after every change).
public struct ScorecardState: Sendable {
    public var applicationID: ApplicationID
    /// "Surname, Given names · id", or the id alone in blind mode.
    public var title: String
    public var focus = 0
    public var card: CandidateScoring

    public init(applicationID: ApplicationID, title: String, focus: Int = 0, card: CandidateScoring)
    {
        self.applicationID = applicationID
        self.title = title
        self.focus = focus
        self.card = card
    }
}

/// The ranking view: the ranking as the store gave it when the view opened or the session
/// last changed it, and its first line shown.
public struct RankingState: Sendable {
    public var view: RankingView
    public var scroll = 0
    /// The row with the cursor: the ranked rows, then those not fully scored.
    public var selected = 0

    /// The rows the cursor moves over, in its order.
    public var rows: [RankingRow] { view.ranked + view.pending }

    /// The candidate under the cursor; nil when nobody is invited.
    public var selectedRow: RankingRow? {
        let rows = self.rows
        return rows.indices.contains(selected) ? rows[selected] : nil
    }
}

/// The profile screen: what it shows, as the update step last read it, and its first line
/// shown.
public struct ProfileState: Sendable {
    public var view: ProfileView
    public var scroll = 0
}

/// The call profile as the profile screen shows it: each criterion with its group, wording,
/// weight and pass mark, the scale and its anchors, the overall pass mark and the reserve
/// list, whose each value is (`sources`), and whether the panel adopted the grid.
public struct ProfileView: Sendable {
    public struct CriterionLine: Sendable {
        public var id: CriterionID
        public var group: CriterionGroup
        public var text: String
        public var weight: Double?
        public var passMark: Double?
    }

    public var reference: String
    public var criteria: [CriterionLine]
    public var rules: ScoringRules?
    public var sources: ValueSources
    /// Whether the call announced a reserve list; nil when unknown (no profile file).
    public var reserveListAnnounced: Bool?
    public var adoption: GridAdoption?
}

/// The audit screen: the entries the filter keeps, newest first, read a page at a time as the
/// screen scrolls down to older ones; the last check when one ran, and the first line shown.
public struct AuditState: Sendable {
    /// How many entries one read brings.
    public static let page = 500

    public var filter = AuditFilter()
    /// Newest first: the pages read so far.
    public var entries: [AuditEntry] = []
    /// Every entry the filter keeps has been read.
    public var exhausted = false
    /// The last check `v` ran (the chain and the final ranking, as `audit verify`).
    public var check: AuditCheck?
    public var verification: AuditVerification? { check?.verification }
    public var scroll = 0
}
