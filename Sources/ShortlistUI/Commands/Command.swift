import ShortlistCore
import TerminalKit

/// Where a key press happens. The list and the detail fall back to the global bindings; the
/// help, the command line, dialogs and forms have keys of their own only, so that typing on
/// the command line or in a form's text field never runs a command by accident.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, list, detail, help
    case commandLine = "command-line"
    case dialog
    case form
    /// The scorecard of one candidate, over the whole screen.
    case scorecard
    /// The ranking of the invited candidates, over the whole screen.
    case ranking
    /// Any line being typed: the command line, the search and filter bars, a form's text
    /// field. Its keys edit the line; a key bound nowhere and printable is typed.
    case line
    /// The call profile and the panel's grid, over the whole screen.
    case profile
    /// The audit trail across candidates, over the whole screen.
    case audit
    /// The panel roster: entries with role, login, declarations and conflicts.
    case roster
    /// Offline notes: what is not yet exported, copies, merges.
    case notes

    public var fallsBackToGlobal: Bool { self == .list || self == .detail }
}

/// Every action a user can take, by name. The `:` command line, key bindings, the help
/// screen and `docs/keys.md` all come from `Command.all`.
public enum CommandID: String, Sendable, CaseIterable {
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first = "first"
    case last = "last"
    case open = "open"
    case back = "back"
    case switchPane = "switch-pane"
    case sort = "sort"
    case search = "search"
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case filter = "filter"
    case clearFilter = "clear-filter"
    case theme = "theme"
    case tabDetails = "tab-details"
    case tabEligibility = "tab-eligibility"
    case tabScreening = "tab-screening"
    case tabAudit = "tab-audit"
    case tabNotes = "tab-notes"
    case nextEvidence = "next-evidence"
    case previousEvidence = "previous-evidence"
    case screen = "screen"
    case profile = "profile"
    case adopt = "adopt"
    case declare = "declare"
    case declareConflict = "declare-conflict"
    case roster = "roster"
    case rosterAdd = "roster-add"
    case rosterRemove = "roster-remove"
    case rosterBind = "roster-bind"
    case recordConflict = "record-conflict"
    case importFile = "import"
    case notesScreen = "notes"
    case exportNotes = "export-notes"
    case mergeNotes = "merge-notes"
    case checkoutCopy = "checkout"
    case replaceProfile = "replace-profile"
    case addNote = "add-note"
    case tag = "tag"
    case resolveNote = "resolve-note"
    case editNote = "edit-note"
    case deleteNote = "delete-note"
    case untag = "untag"
    case override = "override"
    case withdrawOverride = "withdraw-override"
    case invite = "invite"
    case toggleMark = "mark"
    case clearMarks = "clear-marks"
    case withdrawInvitation = "withdraw-invitation"
    case invitedOnly = "invited"
    case scheduleSlot = "slot"
    case scorecard = "scorecard"
    case ranking = "rank"
    case export = "export"
    case finalise = "finalise"
    case reopenRanking = "reopen-ranking"
    case excuse = "excuse"
    case withdrawExcuse = "withdraw-excuse"
    case setMark = "set-mark"
    case markHigher = "mark-higher"
    case markLower = "mark-lower"
    case comment = "comment"
    case note = "note"
    case submit = "submit"
    case reopenCard = "reopen-card"
    case nextOption = "next-option"
    case previousOption = "previous-option"
    case markMet = "mark-met"
    case markPartly = "mark-partly"
    case markNotMet = "mark-not-met"
    case markUnknown = "mark-unknown"
    case commandLine = "command-line"
    case accept = "accept"
    case complete = "complete"
    case completePrevious = "complete-previous"
    case historyPrevious = "history-previous"
    case historyNext = "history-next"
    case cursorLeft = "cursor-left"
    case cursorRight = "cursor-right"
    case lineStart = "line-start"
    case lineEnd = "line-end"
    case deleteBackward = "delete-backward"
    case deleteForward = "delete-forward"
    case deleteWord = "delete-word"
    case killToStart = "kill-to-start"
    case killToEnd = "kill-to-end"
    case click = "click"
    case scrollDown = "scroll-down"
    case scrollUp = "scroll-up"
    case help = "help"
    case redraw = "redraw"
    case messages = "messages"
    case quit = "quit"
    case blind = "blind"
    case auditTrail = "audit"
    case verifyAudit = "verify"
}

/// What the mouse does, as the command table binds it: a press of the button, or a turn of
/// the wheel. Where the pointer is decides what a click or a scroll acts on.
public enum MouseGesture: String, Sendable, CaseIterable {
    case click = "Click"
    case wheelUp = "WheelUp"
    case wheelDown = "WheelDown"

    /// The gesture of a terminal's mouse report; nil for a release, which does nothing.
    public init?(_ action: MouseAction) {
        switch action {
        case .press: self = .click
        case .wheelUp: self = .wheelUp
        case .wheelDown: self = .wheelDown
        case .release: return nil
        }
    }
}

/// What a command takes after its name on the command line, and what Tab offers for it.
public enum CommandArgument: Sendable, Equatable {
    /// A theme's name; the list comes from the theme catalog.
    case themeName
    /// One of a fixed set of words.
    case choice([String])
}

public struct Command: Sendable {
    public var id: CommandID
    public var title: String
    public var group: String
    public var description: String
    /// Default keys per context: the configuration can replace them.
    public var keys: [KeyContext: [Key]]
    /// Mouse gestures per context, bound like keys (the list and the detail fall back to
    /// the global ones).
    public var mouse: [KeyContext: [MouseGesture]] = [:]
    /// The optional argument the command takes on the command line.
    public var argument: CommandArgument?
    /// Other names the command line accepts (`:q`).
    public var aliases: [String] = []
    /// What the acting person's role must allow, any one of them; empty for what anyone may
    /// do. The help marks the others, and their keys say why instead of acting.
    public var requires: Set<PanelAction> = []
    /// Typed by name, the command works from the list and the detail too, though its keys
    /// belong to one screen (`:finalise` from the list finalises as `F` in the ranking does).
    public var runsAnywhereByName = false

    public var name: String { id.rawValue }

    /// The command table: the single source of key bindings, help and completion.
    public static let all: [Command] = [
        Command(
            id: .moveDown, title: "Down", group: "Move",
            description:
                "Select the next candidate, scroll the detail down a line, or go to a form's next field.",
            keys: [
                .global: [.down, .character("j")], .help: [.down, .character("j")],
                .dialog: [.down, .character("j")], .form: [.down, .character("j"), .tab],
                .scorecard: [.down, .character("j"), .tab], .ranking: [.down, .character("j")],
                .profile: [.down, .character("j")], .audit: [.down, .character("j")],
                .roster: [.down, .character("j")],
                .notes: [.down, .character("j")],
            ],
            // The wheel steps through a scorecard's criteria and scrolls the ranking.
            mouse: [.scorecard: [.wheelDown], .ranking: [.wheelDown]]),
        Command(
            id: .moveUp, title: "Up", group: "Move",
            description:
                "Select the previous candidate, scroll the detail up a line, or go to a form's previous field.",
            keys: [
                .global: [.up, .character("k")], .help: [.up, .character("k")],
                .dialog: [.up, .character("k")], .form: [.up, .character("k"), .backTab],
                .scorecard: [.up, .character("k"), .backTab], .ranking: [.up, .character("k")],
                .profile: [.up, .character("k")], .audit: [.up, .character("k")],
                .roster: [.up, .character("k")],
                .notes: [.up, .character("k")],
            ],
            mouse: [.scorecard: [.wheelUp], .ranking: [.wheelUp]]),
        Command(
            id: .pageDown, title: "Page down", group: "Move",
            description:
                "Move a screenful down; in a screening or override form and in the scorecard, scroll the CV beside it (the form keeps the keys).",
            keys: [
                .global: [.pageDown, .ctrl("f"), .character(" ")], .dialog: [.pageDown],
                .form: [.pageDown, .ctrl("d")], .scorecard: [.pageDown, .ctrl("d")],
                .ranking: [.pageDown, .ctrl("f"), .character(" ")],
                .profile: [.pageDown, .ctrl("f"), .character(" ")],
                .audit: [.pageDown, .ctrl("f"), .character(" ")],
                .notes: [.pageDown, .ctrl("f"), .character(" ")],
            ]),
        Command(
            id: .pageUp, title: "Page up", group: "Move",
            description:
                "Move a screenful up; in a screening or override form and in the scorecard, scroll the CV beside it back.",
            keys: [
                .global: [.pageUp, .ctrl("b")], .dialog: [.pageUp],
                .form: [.pageUp, .ctrl("u")], .scorecard: [.pageUp, .ctrl("u")],
                .ranking: [.pageUp, .ctrl("b")],
                .profile: [.pageUp, .ctrl("b")], .audit: [.pageUp, .ctrl("b")],
                .notes: [.pageUp, .ctrl("b")],
            ]),
        Command(
            id: .first, title: "First", group: "Move",
            description: "Go to the first candidate, or the top of the detail.",
            keys: [
                .global: [.character("g"), .home], .dialog: [.character("g"), .home],
                .scorecard: [.home], .ranking: [.character("g"), .home],
                .profile: [.character("g"), .home], .audit: [.character("g"), .home],
                .roster: [.character("g"), .home],
                .notes: [.character("g"), .home],
            ]),
        Command(
            id: .last, title: "Last", group: "Move",
            description: "Go to the last candidate, or the end of the detail.",
            keys: [
                .global: [.character("G"), .end], .dialog: [.character("G"), .end],
                .scorecard: [.end], .ranking: [.character("G"), .end],
                .profile: [.character("G"), .end], .audit: [.character("G"), .end],
                .roster: [.character("G"), .end],
                .notes: [.character("G"), .end],
            ]),
        Command(
            id: .open, title: "Open", group: "View",
            description:
                "Open the selected candidate's detail: every field and the CV. In the ranking, the detail of the candidate under the cursor; closing that detail goes back to the ranking, its cursor where it was.",
            keys: [.list: [.enter, .character("l"), .right], .ranking: [.enter]]),
        Command(
            id: .back, title: "Back", group: "View",
            description:
                "Close the detail, help, dialog, scorecard, ranking, call profile, audit trail, roster, notes screen or command line; cancel a form. While long work runs (an import, a reassessment, a merge, an export), cancel it: nothing of it is kept.",
            keys: [
                .detail: [.escape, .character("h"), .left, .backspace], .list: [.escape],
                .help: [.escape, .character("q"), .character("?")], .commandLine: [.escape],
                .dialog: [.escape, .character("q")], .form: [.escape],
                .scorecard: [.escape, .character("q")], .ranking: [.escape, .character("q")],
                .profile: [.escape, .character("q")], .audit: [.escape, .character("q")],
                .roster: [.escape, .character("q")],
                .notes: [.escape, .character("q")],
            ]),
        Command(
            id: .switchPane, title: "Switch pane", group: "View",
            description: "Move the focus between the list and the detail.",
            keys: [.global: [.tab, .backTab]]),
        Command(
            id: .sort, title: "Sort", group: "View",
            description:
                "Sort by application id or by name; :sort KEYS sorts by any columns, several keys, - for descending (:sort -exp,name; see docs/filters.md).",
            keys: [.list: [.character("s")]],
            argument: .choice([
                "name", "id", "exp", "-exp", "fg", "edu", "-edu", "nat", "submitted", "-submitted",
                "eligibility",
            ])),
        Command(
            id: .search, title: "Search", group: "Find",
            description:
                "Search names and application ids as you type, in any script, with or without accents, Greek and Cyrillic names also in Latin letters; start with \" or text: to search CVs and motivations. Enter keeps it, Esc goes back. In the scorecard, finds words in the CV beside it, the candidate staying; in the ranking, moves the cursor to the first row that matches.",
            keys: [
                .global: [.character("/")], .scorecard: [.character("/")],
                .ranking: [.character("/")],
            ]),
        Command(
            id: .nextMatch, title: "Next match", group: "Find",
            description: "Go to the next candidate the search matches, wrapping at the end.",
            keys: [.global: [.character("n")]]),
        Command(
            id: .previousMatch, title: "Prev match", group: "Find",
            description: "Go to the previous candidate the search matches.",
            keys: [.global: [.character("N")]]),
        Command(
            id: .filter, title: "Filter", group: "Find",
            description:
                "Type a filter (see docs/filters.md); Enter applies it, up/down recall earlier ones. The panel's saved filters: :filter NAME, :filter save NAME, :filter list, :filter delete NAME.",
            keys: [.global: [.character("f")], .audit: [.character("f")]],
            argument: .choice(["save", "list", "delete", "clear"])),
        Command(
            id: .clearFilter, title: "Clear filter", group: "Find",
            description:
                "Show every candidate again (in the audit trail, every entry); the filter stays in the history.",
            keys: [.global: [.character("F")], .audit: [.character("F")]]),
        Command(
            id: .theme, title: "Theme", group: "View",
            description: "Choose a theme from a list; :theme NAME switches.",
            keys: [.global: [.character("T")]], argument: .themeName),
        Command(
            id: .tabDetails, title: "Details", group: "Candidate",
            description:
                "Show the Details tab: every field, the CV with its evidence, the motivation.",
            keys: [.global: [.character("1")]]),
        Command(
            id: .tabEligibility, title: "Eligibility", group: "Candidate",
            description:
                "Show the Eligibility tab: every rule with its result, reason and override.",
            keys: [.global: [.character("2")]]),
        Command(
            id: .tabScreening, title: "Screening", group: "Candidate",
            description: "Show the Screening tab: each criterion with your marks and the panel's.",
            keys: [.global: [.character("3")]]),
        Command(
            id: .tabAudit, title: "Audit", group: "Candidate",
            description: "Show the Audit tab: who changed what about the candidate, and when.",
            keys: [.global: [.character("4")]]),
        Command(
            id: .tabNotes, title: "Notes", group: "Candidate",
            description:
                "Show the Notes tab: every note on the candidate with author, time, criterion and tags; a conflict shows both texts.",
            keys: [.global: [.character("5")]]),
        Command(
            id: .nextEvidence, title: "Next hit", group: "Candidate",
            description:
                "Jump to the next evidence phrase highlighted in the CV; in the screening form, the next phrase of the criterion it is on.",
            keys: [
                .global: [.character("]")], .form: [.character("]")],
                .scorecard: [.character("]")],
            ]),
        Command(
            id: .previousEvidence, title: "Previous hit", group: "Candidate",
            description:
                "Jump to the previous evidence phrase highlighted in the CV; in the screening form, of the criterion it is on.",
            keys: [
                .global: [.character("[")], .form: [.character("[")],
                .scorecard: [.character("[")],
            ]),
        Command(
            id: .screen, title: "Screen", group: "Panel",
            description:
                "Mark the candidate against each criterion (met, partly, not met, unknown), with a note.",
            keys: [.global: [.character("m")]], requires: [.screen]),
        Command(
            id: .profile, title: "Call profile", group: "Panel",
            description:
                "Show the call profile: criteria with their groups and wording, weights, pass marks, scale and anchors, the overall pass mark and the reserve list, each said to be stated by the call or the panel's choice, and whether the panel adopted its grid.",
            keys: [.global: [.character("C")], .profile: [.character("C")]]),
        Command(
            id: .adopt, title: "Adopt grid", group: "Panel",
            description:
                "The chair adopts the panel's grid, after a confirmation: it cannot change afterwards, and screening and scoring open. Audited (who, when, the grid's SHA-256), as `shortlist profile adopt`.",
            keys: [.profile: [.character("a")]], requires: [.lockProfile]),
        Command(
            id: .declare, title: "Declare", group: "Panel",
            description:
                "Make your two declarations (confidentiality; no conflict of interest beyond those declared), after a confirmation. Asked for at a chair's or member's first look at a candidate. Audited.",
            keys: [.global: [.character("Y")]]),
        Command(
            id: .declareConflict, title: "Conflict", group: "Panel",
            description:
                "Declare your own conflict of interest with the selected candidate, with a reason: you then neither screen nor score them, and see none of their marks. Audited, as `shortlist panel conflict`.",
            keys: [.global: [.character("D")]], requires: [.declareOwnConflict]),
        Command(
            id: .roster, title: "Roster", group: "Panel roster",
            description:
                "Show the panel roster: each entry with its role, login, declarations and conflicts of interest; the secretary and the chair change it from there, under the roster rules of docs/roles.md.",
            keys: [.global: [.character("P")], .roster: [.character("P")]]),
        Command(
            id: .rosterAdd, title: "Add entry", group: "Panel roster",
            description:
                "Add a person to the roster: name, role, display name and, optionally, the login bound to it (the secretary; a chair entry, and after the grid's adoption a member entry: the chair). Audited, as `shortlist panel add`.",
            keys: [.roster: [.character("a")]],
            // The secretary keeps the roster; the chair its chair entries (and its member
            // entries once the grid is adopted): the store's roster rules judge each change.
            requires: [.manageRoster, .manageScoringEntries], runsAnywhereByName: true),
        Command(
            id: .rosterRemove, title: "Remove entry", group: "Panel roster",
            description:
                "Take the selected entry off the roster, after a confirmation; the audit trail keeps their record. The same rules and audit entry as `shortlist panel remove`.",
            keys: [.roster: [.character("d")]], requires: [.manageRoster, .manageScoringEntries]),
        Command(
            id: .rosterBind, title: "Bind login", group: "Panel roster",
            description:
                "Bind the selected entry to an operating-system login (empty: unbind it); one login holds one entry, and nobody binds another's entry to their own login. As `shortlist panel change --login`.",
            keys: [.roster: [.character("b")]], requires: [.manageRoster, .manageScoringEntries]),
        Command(
            id: .recordConflict, title: "Add conflict", group: "Panel roster",
            description:
                "Record a conflict of interest of the selected entry with a candidate, with a reason: they neither screen nor score that candidate. Audited, as `shortlist panel conflict`.",
            keys: [.roster: [.character("c")]], requires: [.recordConflictForOthers]),
        Command(
            id: .addNote, title: "Add note", group: "Panel",
            description:
                "Write a note on the candidate, optionally on one criterion, with tags; the Notes tab lists them.",
            keys: [.global: [.character("a")]], requires: [.annotate]),
        Command(
            id: .tag, title: "Tag", group: "Panel",
            description:
                "Tag the candidate (e.g. check-diploma, shortlist): a note carrying the tags, shown in the list's Tags column.",
            keys: [.global: [.character("t")]], requires: [.annotate]),
        Command(
            id: .resolveNote, title: "Resolve note", group: "Panel",
            description:
                "Resolve a conflict in a note on the candidate (two versions written apart) with one text: its author or the chair.",
            keys: [.global: [.character("r")]], requires: [.annotate]),
        Command(
            id: .editNote, title: "Edit note", group: "Panel",
            description:
                "Edit one of your notes on the candidate (the newest proposed; a choice when there are several): a new version, the history kept. Audited, as `shortlist notes edit`.",
            keys: [.detail: [.character("e")]], requires: [.annotate]),
        Command(
            id: .deleteNote, title: "Delete note", group: "Panel",
            description:
                "Delete one of your notes on the candidate (the chair: anyone's), after choosing it in a confirmation where Cancel comes first; its history is kept. Audited, as `shortlist notes delete`.",
            keys: [.detail: [.character("d")]], requires: [.annotate]),
        Command(
            id: .untag, title: "Remove tag", group: "Panel",
            description:
                "Remove a tag from one of your notes on the candidate, chosen from a list of every tag with its note: a new version of the note without it.",
            keys: [.detail: [.character("u")]], requires: [.annotate]),
        Command(
            id: .override, title: "Override", group: "Panel",
            description:
                "Override one eligibility rule to pass or fail, with a written justification.",
            keys: [.global: [.character("o")]], requires: [.overrideEligibility]),
        Command(
            id: .withdrawOverride, title: "Withdraw", group: "Panel",
            description:
                "Withdraw an override, with a reason: the rule's computed result counts again.",
            keys: [.global: [.character("w")]], requires: [.overrideEligibility]),
        Command(
            id: .toggleMark, title: "Mark/unmark", group: "Interviews",
            description:
                "Mark or unmark the selected candidate for a batch action, and go to the next; invite then acts on every marked one.",
            keys: [.list: [.character("x")]]),
        Command(
            id: .clearMarks, title: "Unmark all", group: "Interviews",
            description: "Unmark every marked candidate.",
            keys: [.list: [.character("X")]]),
        Command(
            id: .notesScreen, title: "Notes screen", group: "Data",
            description:
                "Show the offline notes: on an offline copy, your notes not yet exported; on the panel's database, the copies issued; the last export's or merge's outcome (added, already held, or refused and why).",
            keys: [.global: [.character("M")], .notes: [.character("M")]]),
        Command(
            id: .exportNotes, title: "Export notes", group: "Data",
            description:
                "Write your own notes to a bundle file (`:export-notes FILE`, or the key for a form), as `shortlist notes export`: signed on an offline copy, for the secretary to merge; off the screen's path, and Esc cancels it with no file and no audit entry. Audited.",
            keys: [.notes: [.character("e")]], requires: [.exportOwnNotes], runsAnywhereByName: true),
        Command(
            id: .mergeNotes, title: "Merge notes", group: "Data",
            description:
                "Merge a bundle or an offline copy (`:merge-notes FILE`), as `shortlist notes merge`, off the screen's path: whole or not at all, with a progress bar, and Esc cancels it with nothing merged; the notes screen says what was added, what was already held, or every reason it was refused. Audited.",
            keys: [.notes: [.character("m")]], requires: [.mergeNotes], runsAnywhereByName: true),
        Command(
            id: .checkoutCopy, title: "Check out", group: "Data",
            description:
                "Make an offline copy to annotate elsewhere (`:checkout FILE`), as `shortlist notes checkout`: applications and notes, no scores. Audited.",
            keys: [.notes: [.character("o")]], requires: [.annotate], runsAnywhereByName: true),
        Command(
            id: .importFile, title: "Import", group: "Data",
            description:
                "`:import FILE` imports a CAST export (CSV or JSON) as `shortlist import` does, off the screen's path: the status line shows a progress bar, Esc cancels and leaves the database as it was (one transaction), and the list shows the new counts when it ends. The key starts that line.",
            keys: [.global: [.ctrl("o")]], requires: [.importApplications]),
        Command(
            id: .replaceProfile, title: "New profile", group: "Data",
            description:
                "`:replace-profile FILE` replaces the call profile with a TOML file and reassesses every application, as `shortlist profile replace` (before the grid is adopted), off the screen's path: the status line shows a progress bar, and Esc cancels it with the profile, every outcome and the audit trail as they were (one transaction). The key (in the call profile) starts that line.",
            keys: [.profile: [.character("r")]], requires: [.editProfile], runsAnywhereByName: true),
        Command(
            id: .invite, title: "Invite", group: "Interviews",
            description:
                "Invite the marked candidates, or else the selected one, to interview; only eligible candidates (overrides included) can be, and if one cannot, nobody is.",
            keys: [.global: [.character("i")]], requires: [.invite]),
        Command(
            id: .withdrawInvitation, title: "Uninvite", group: "Interviews",
            description:
                "Withdraw the selected candidate's invitation (refused once a card is submitted).",
            keys: [.global: [.character("I")]], requires: [.invite]),
        Command(
            id: .invitedOnly, title: "Invited only", group: "Interviews",
            description: "List only the candidates invited to interview; again for everyone.",
            keys: [.global: [.character("v")]]),
        Command(
            id: .scheduleSlot, title: "Slot", group: "Interviews",
            description:
                "Set the selected candidate's interview slot: `:slot TIME LANGUAGES PLACE…`, e.g. `:slot 2026-01-15T10:00+01:00 EN,FR Room 12` (the key starts that line); the time needs its offset, and a time another candidate has is refused unless `:slot force …`.",
            keys: [.global: [.character("@")]], requires: [.invite]),
        Command(
            id: .scorecard, title: "Scorecard", group: "Interviews",
            description:
                "Open your interview scorecard for the selected candidate (in the ranking, the one under the cursor): marks, comments, note; the panel's marks once you submit. To whoever does not score (the secretary, a reviewer), the candidate's combined card, read-only: each criterion's mean and pass mark, the total, as the ranking shows them and sealed until every expected card is in; never a member's own marks.",
            keys: [.global: [.character("c")], .ranking: [.character("c")]]),
        Command(
            id: .ranking, title: "Ranking", group: "Interviews",
            description:
                "Show the ranking: totals, means, pass marks, the reserve list, progress and panel agreement.",
            keys: [.global: [.character("R")], .scorecard: [.character("R")]],
            aliases: ["ranking"]),
        Command(
            id: .export, title: "Export", group: "Interviews",
            description:
                "From the ranking: export the ranking (CSV, XLSX, JSON), the panel report (HTML, Markdown) or the feedback sheets, to a file you name, off the screen's path with a progress bar; Esc cancels it, leaving no file and no audit entry. Audited.",
            keys: [.ranking: [.character("e")]], requires: [.exportResults]),
        Command(
            id: .finalise, title: "Finalise", group: "Interviews",
            description:
                "Finalise the ranking, after a confirmation that says what freezes (scorecards, overrides, conflicts, invitations); while candidates are not fully scored, says which and whose cards are missing. Audited, as `shortlist rank finalise`.",
            keys: [.ranking: [.character("F")]], requires: [.finaliseRanking],
            runsAnywhereByName: true),
        Command(
            id: .reopenRanking, title: "Reopen rank", group: "Interviews",
            description:
                "Reopen the final ranking, with a reason. Audited, as `shortlist rank reopen`.",
            keys: [.ranking: [.character("U")]], requires: [.finaliseRanking],
            runsAnywhereByName: true),
        Command(
            id: .excuse, title: "Excuse", group: "Interviews",
            description:
                "Excuse a member absent from the selected candidate's interview (in the ranking, the one under the cursor), with a reason: they are no longer expected to score them. Audited, as `shortlist score excuse`.",
            keys: [.ranking: [.character("E")]], requires: [.excuseMember], runsAnywhereByName: true
        ),
        Command(
            id: .withdrawExcuse, title: "Unexcuse", group: "Interviews",
            description:
                "Withdraw a member's excusal for the selected candidate, with a reason: they are expected to score again. Audited, as `shortlist score withdraw-excuse`.",
            keys: [.ranking: [.character("W")]], requires: [.excuseMember], runsAnywhereByName: true
        ),
        Command(
            id: .setMark, title: "Set mark", group: "Scorecard",
            description:
                "Give the criterion the mark typed (a level of the scale; others are refused). Saved at once.",
            keys: [.scorecard: (0...9).map { .character(Character(String($0))) }],
            argument: .choice((0...9).map(String.init)), requires: [.score]),
        Command(
            id: .markHigher, title: "Mark up", group: "Scorecard",
            description: "Raise the criterion's mark by one level. Saved at once.",
            keys: [.scorecard: [.character("+"), .character("="), .right, .character("l")]],
            requires: [.score]),
        Command(
            id: .markLower, title: "Mark down", group: "Scorecard",
            description: "Lower the criterion's mark by one level. Saved at once.",
            keys: [.scorecard: [.character("-"), .left, .character("h")]], requires: [.score]),
        Command(
            id: .comment, title: "Comment", group: "Scorecard",
            description:
                "Write a comment on the criterion's mark (needed at either end of the scale when the profile says so).",
            keys: [.scorecard: [.enter, .character("c")]], requires: [.score]),
        Command(
            id: .note, title: "Note", group: "Scorecard",
            description: "Write your overall note on the candidate.",
            keys: [.scorecard: [.character("n")]], requires: [.score]),
        Command(
            id: .submit, title: "Submit", group: "Scorecard",
            description:
                "Submit your card after a confirmation; it is locked then, and the panel's marks show.",
            keys: [.scorecard: [.character("S")]], requires: [.score]),
        Command(
            id: .reopenCard, title: "Reopen card", group: "Scorecard",
            description:
                "Reopen a member's submitted card for this candidate (after a calibration discussion), with a reason; both versions stay in the audit trail.",
            keys: [.scorecard: [.character("O")]], requires: [.reopenScorecard]),
        Command(
            id: .nextOption, title: "Next option", group: "Forms",
            description: "Choose the next option of the field (a rule, pass or fail, a mark).",
            keys: [.form: [.right, .character("l")]]),
        Command(
            id: .previousOption, title: "Prev option", group: "Forms",
            description: "Choose the previous option of the field.",
            keys: [.form: [.left, .character("h")]]),
        Command(
            id: .markMet, title: "Met", group: "Forms",
            description: "Screening: the criterion is met; go to the next one.",
            keys: [.form: [.character("m")]]),
        Command(
            id: .markPartly, title: "Partly", group: "Forms",
            description: "Screening: the criterion is partly met; go to the next one.",
            keys: [.form: [.character("p")]]),
        Command(
            id: .markNotMet, title: "Not met", group: "Forms",
            description: "Screening: the criterion is not met; go to the next one.",
            keys: [.form: [.character("n")]]),
        Command(
            id: .markUnknown, title: "Unknown", group: "Forms",
            description: "Screening: the CV does not tell; go to the next one.",
            keys: [.form: [.character("u")]]),
        Command(
            id: .commandLine, title: "Command line", group: "Typed commands",
            description: "Type a command by name; Tab completes it.",
            keys: [
                .global: [.character(":")], .scorecard: [.character(":")],
                .ranking: [.character(":")], .profile: [.character(":")],
                .audit: [.character(":")],
                .roster: [.character(":")], .notes: [.character(":")],
            ]),
        Command(
            id: .accept, title: "Accept", group: "Typed commands",
            description: "Run the command typed, take a dialog's choice, or save a form.",
            keys: [.commandLine: [.enter], .dialog: [.enter, .character(" ")], .form: [.enter]]),
        Command(
            id: .complete, title: "Complete", group: "Typed commands",
            description: "Complete a name or argument; again for the next.",
            keys: [.commandLine: [.tab]]),
        Command(
            id: .completePrevious, title: "Cycle back", group: "Typed commands",
            description: "Go back to the previous completion.",
            keys: [.commandLine: [.backTab]]),
        Command(
            id: .historyPrevious, title: "Earlier", group: "Typed commands",
            description: "Recall the command typed before.",
            keys: [.commandLine: [.up, .ctrl("p")]]),
        Command(
            id: .historyNext, title: "Later", group: "Typed commands",
            description: "Recall the command typed after.",
            keys: [.commandLine: [.down, .ctrl("n")]]),
        Command(
            id: .cursorLeft, title: "Cursor left", group: "Editing a line",
            description: "Move the cursor one character left.",
            keys: [.line: [.left, .ctrl("b")]]),
        Command(
            id: .cursorRight, title: "Cursor right", group: "Editing a line",
            description: "Move the cursor one character right.",
            keys: [.line: [.right, .ctrl("f")]]),
        Command(
            id: .lineStart, title: "Line start", group: "Editing a line",
            description: "Move the cursor to the start of the line.",
            keys: [.line: [.home, .ctrl("a")]]),
        Command(
            id: .lineEnd, title: "Line end", group: "Editing a line",
            description: "Move the cursor to the end of the line.",
            keys: [.line: [.end, .ctrl("e")]]),
        Command(
            id: .deleteBackward, title: "Erase back", group: "Editing a line",
            description: "Delete the character before the cursor.",
            keys: [.line: [.backspace, .ctrl("h")]]),
        Command(
            id: .deleteForward, title: "Erase under", group: "Editing a line",
            description: "Delete the character under the cursor.",
            keys: [.line: [.delete, .ctrl("d")]]),
        Command(
            id: .deleteWord, title: "Erase word", group: "Editing a line",
            description: "Delete the word before the cursor.",
            keys: [.line: [.ctrl("w")]]),
        Command(
            id: .killToStart, title: "Cut to start", group: "Editing a line",
            description: "Delete from the start of the line to the cursor.",
            keys: [.line: [.ctrl("u")]]),
        Command(
            id: .killToEnd, title: "Cut to end", group: "Editing a line",
            description: "Delete from the cursor to the end of the line.",
            keys: [.line: [.ctrl("k")]]),
        Command(
            id: .click, title: "Click", group: "Mouse",
            description:
                "Act on what is under the pointer: select a row (click the selected row to open its detail), jump along the scroll bar, focus the detail or show a tab, close the help, select a dialog's item (click it again to take it) or a completion, focus a form's field or choose an option, open the help from `? help` on the status line. A click outside a dialog or the command line closes it; outside a form it does nothing, so what was typed stays.",
            keys: [:],
            mouse: [
                .global: [.click], .help: [.click], .dialog: [.click], .commandLine: [.click],
                .form: [.click],
            ]),
        Command(
            id: .scrollDown, title: "Wheel down", group: "Mouse",
            description:
                "Under the pointer: move the list's selection three rows, scroll the detail or the help three lines, move a dialog's selection, the next completion or a form's next field (over the CV beside a docked form, scroll the CV).",
            keys: [:],
            mouse: [
                .global: [.wheelDown], .help: [.wheelDown], .dialog: [.wheelDown],
                .commandLine: [.wheelDown], .form: [.wheelDown],
            ]),
        Command(
            id: .scrollUp, title: "Wheel up", group: "Mouse",
            description: "The same as the wheel down, the other way.",
            keys: [:],
            mouse: [
                .global: [.wheelUp], .help: [.wheelUp], .dialog: [.wheelUp],
                .commandLine: [.wheelUp], .form: [.wheelUp],
            ]),
        Command(
            id: .help, title: "Help", group: "Application",
            description: "Show every command and its keys.",
            keys: [
                .global: [.character("?"), .function(1)],
                .scorecard: [.character("?"), .function(1)],
                .ranking: [.character("?"), .function(1)],
                .profile: [.character("?"), .function(1)],
                .audit: [.character("?"), .function(1)],
                .roster: [.character("?"), .function(1)],
                .notes: [.character("?"), .function(1)],
            ]),
        Command(
            id: .redraw, title: "Redraw", group: "Application",
            description: "Redraw the whole screen.",
            keys: [
                .global: [.ctrl("l")], .scorecard: [.ctrl("l")], .ranking: [.ctrl("l")],
                .profile: [.ctrl("l")], .audit: [.ctrl("l")],
                .roster: [.ctrl("l")], .notes: [.ctrl("l")],
            ]),
        Command(
            id: .messages, title: "Messages", group: "Application",
            description:
                "List the errors said on the status line in this session, oldest first: a refused change, a failed read of the database.",
            keys: [.global: [.character("L")]]),
        Command(
            id: .auditTrail, title: "Trail", group: "Panel",
            description:
                "Show the audit trail across candidates, newest first, older entries read as you scroll down: who did what, when, with the values before and after; f filters it by who, what (an action or its family: score), candidate and time (since, until: ISO 8601 or a prefix such as 2026-01), F shows every entry again, v verifies the chain.",
            keys: [
                .global: [.character("A")], .ranking: [.character("A")],
                .profile: [.character("A")], .audit: [.character("A")],
            ], requires: [.readAuditTrail]),
        Command(
            id: .verifyAudit, title: "Verify trail", group: "Panel",
            description:
                "Recompute the audit trail's hash chain and check a final ranking against what was finalised, as `shortlist audit verify` (the same check): off the screen's path, the status line says verifying… and then whether both hold, the trail's length and head hash (or the first entry that does not hold, or how the final ranking moved).",
            keys: [.audit: [.character("v")]], runsAnywhereByName: true),
        Command(
            id: .blind, title: "Blind mode", group: "Panel",
            description:
                "Switch blind mode on or off for the whole database: application ids instead of names, no e-mail, birth date or nationality, for everyone. Audited, as `shortlist blind on|off`; a user's own blind mode stays on.",
            keys: [.global: [.character("B")]], requires: [.setBlindMode]),
        Command(
            id: .quit, title: "Quit", group: "Application",
            description: "Leave Shortlist.",
            keys: [.global: [.character("q")], .help: []], aliases: ["q", "exit"]),
    ]

    public static func named(_ id: CommandID) -> Command {
        all.first { $0.id == id }!
    }

    /// The command a name typed on the command line means: its name or an alias.
    public static func lookup(_ name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// What running the command outside its contexts says ("submit works in a scorecard
    /// (open one with c)"); nil for a command that works anywhere. `openKeys` names the keys
    /// that open the scorecard, the ranking and the call profile, for the hint.
    public func worksOnlyMessage(openKeys: [KeyContext: String] = [:]) -> String? {
        guard let contexts else { return nil }
        func opened(_ context: KeyContext, _ command: CommandID) -> String {
            openKeys[context] ?? ":\(command.rawValue)"
        }
        let phrases: [(KeyContext, String)] = [
            (.commandLine, "on the command line"), (.dialog, "in dialogs"), (.form, "in forms"),
            (.scorecard, "in a scorecard (open one with \(opened(.scorecard, .scorecard)))"),
            (.ranking, "in the ranking (open it with \(opened(.ranking, .ranking)))"),
            (.profile, "in the call profile (open it with \(opened(.profile, .profile)))"),
            (.help, "in the help"),
            (.roster, "in the roster (open it with \(opened(.roster, .roster)))"),
            (.notes, "in the notes screen (open it with \(opened(.notes, .notesScreen)))"),
            (.audit, "in the audit trail (open it with \(opened(.audit, .auditTrail)))"),
            (.line, "while typing a line (the command line, a search, a filter, a form's text)"),
        ]
        let places = phrases.filter { contexts.contains($0.0) }.map(\.1)
        guard let last = places.last else { return nil }
        let list =
            places.count == 1 ? last : places.dropLast().joined(separator: ", ") + " and " + last
        return "\(name) works \(list)"
    }

    /// The contexts where a command does something, read off its keys and mouse gestures in
    /// the table; nil when it works from the list or the detail (or has no binding at all),
    /// where a command typed by name runs. Run by name elsewhere it says where it works.
    public var contexts: Set<KeyContext>? {
        var bound = Set(keys.keys).union(mouse.keys)
        // A context the table lists with no key (quit in the help) binds nothing there.
        bound = bound.filter { !(keys[$0] ?? []).isEmpty || !(mouse[$0] ?? []).isEmpty }
        if runsAnywhereByName || bound.isEmpty
            || bound.contains(where: { $0 == .global || $0.fallsBackToGlobal })
        {
            return nil
        }
        return bound
    }
}
