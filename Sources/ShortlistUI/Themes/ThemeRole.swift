/// What a style is for. Screens ask for a role, never for a colour; a theme file gives each
/// role its colours and attributes. The raw value is the role's key in the `[roles]` table.
public enum ThemeRole: String, CaseIterable, Sendable {
    case base
    case titleBar = "title-bar"
    case columnHeader = "column-header"
    case row
    case selectedRow = "selected-row"
    case selectedRowInactive = "selected-row-inactive"
    case statusLine = "status-line"
    case message
    case error
    case paneTitle = "pane-title"
    case paneTitleInactive = "pane-title-inactive"
    case tab
    case tabActive = "tab-active"
    case border
    case label
    case sectionTitle = "section-title"
    case key
    case missingValue = "missing-value"
    case invalidValue = "invalid-value"
    case searchMatch = "search-match"
    case dialog
    case dialogTitle = "dialog-title"
    case commandLine = "command-line"
    case completion
    case completionSelected = "completion-selected"
    case eligible
    case ineligible
    case needsCheck = "needs-check"
    case markMet = "mark-met"
    case markPartly = "mark-partly"
    case markNotMet = "mark-not-met"
    case markUnknown = "mark-unknown"
    case scoreLow = "score-low"
    case scoreMiddle = "score-middle"
    case scoreHigh = "score-high"
    case sealed
    case divergence
    case evidence1 = "evidence-1"
    case evidence2 = "evidence-2"
    case evidence3 = "evidence-3"
    case evidence4 = "evidence-4"
    case evidence5 = "evidence-5"
    case evidence6 = "evidence-6"
    case evidence7 = "evidence-7"
    case evidence8 = "evidence-8"

    /// The highlight of a criterion's evidence phrases, by the criterion's position in the
    /// call profile (0-based); the eight highlights repeat after the eighth criterion.
    public static func evidence(_ criterionIndex: Int) -> ThemeRole {
        let all: [ThemeRole] = [
            .evidence1, .evidence2, .evidence3, .evidence4, .evidence5, .evidence6, .evidence7,
            .evidence8,
        ]
        return all[((criterionIndex % all.count) + all.count) % all.count]
    }

    /// What the role is for: `docs/configuration.md` lists these.
    public var purpose: String {
        switch self {
        case .base: return "every cell: the text and background the other roles are drawn over"
        case .titleBar: return "the top line: call and screen"
        case .columnHeader: return "the column titles of a list"
        case .row: return "a list row"
        case .selectedRow: return "the selected row of the pane that has the focus"
        case .selectedRowInactive: return "the selected row of a pane without the focus"
        case .statusLine: return "the bottom line: position, database, order"
        case .message: return "a result on the message line"
        case .error: return "an error on the message line"
        case .paneTitle: return "the title of the pane that has the focus"
        case .paneTitleInactive: return "the title of a pane without the focus"
        case .tab: return "a tab"
        case .tabActive: return "the tab shown"
        case .border: return "frames, separators and the scroll bar"
        case .label: return "field labels in the detail and command titles in the help"
        case .sectionTitle: return "section titles in the detail and the help"
        case .key: return "key names in the help"
        case .missingValue: return "a value missing from the data (shown as —)"
        case .invalidValue: return "a value that could not be read (shown as ? and the text)"
        case .searchMatch: return "text that matches the search"
        case .dialog: return "the inside of a dialog"
        case .dialogTitle: return "the title of a dialog"
        case .commandLine: return "the `:` command line being typed"
        case .completion: return "the list of completions above the command line"
        case .completionSelected: return "the completion chosen in that list"
        case .eligible: return "eligibility result: eligible (with ✓)"
        case .ineligible: return "eligibility result: ineligible (with ✗)"
        case .needsCheck: return "eligibility or rule result: needs check (with ?)"
        case .markMet: return "screening mark: met (with ●)"
        case .markPartly: return "screening mark: partly (with ◐)"
        case .markNotMet: return "screening mark: not met (with ○)"
        case .markUnknown: return "screening mark: unknown (with ?)"
        case .scoreLow: return "a score below its pass mark"
        case .scoreMiddle: return "a score that reaches its pass mark"
        case .scoreHigh: return "a score in the top band"
        case .sealed: return "a value sealed for the viewer (shown as “sealed”)"
        case .divergence: return "marks of panel members that diverge"
        case .evidence1, .evidence2, .evidence3, .evidence4, .evidence5, .evidence6, .evidence7,
            .evidence8:
            return
                "evidence phrases of the \(ordinal) criterion of the call profile (and every eighth after it)"
        }
    }

    private var ordinal: String {
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"][
            Int(String(rawValue.last!))! - 1]
    }
}
