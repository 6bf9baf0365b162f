import ShortlistCore
import ShortlistStore

/// What the update step read for the next frame: the rows in view and what they show, the
/// detail, the scoring scheme. Drawing reads this, never the store.
public struct ScreenData: Sendable {
    /// The rows in view, from the first visible one.
    var rows: [CandidateSummary] = []
    var total = 0
    var unfilteredTotal: Int?
    var isCounting = false
    /// Whether a filter is in force (an empty list then says how to change it).
    var isFiltered = false
    var scope: CandidateScope = .all
    /// The list's order, in words, for the status line.
    var order = ""
    var marks = ListScreen.Marks()
    /// The detail pane's title: the selected candidate's name and id.
    var detailTitle = ""
    /// The shown tab's document, kept while its key (candidate, tab, width, data) holds.
    var detail: DetailDocument?
    var scheme: ScoringScheme?
    var criteria: [ScreeningView.CriterionLine] = []
    /// The filter in force and the search shown, as typed.
    var filter: String?
    var search: String?
    /// What the docked screening form says of the focused criterion's evidence in the CV.
    var formRemark: String?
    /// Writes queued behind another process's lock, said on the status line.
    var waiting: StatusMessage?
}
