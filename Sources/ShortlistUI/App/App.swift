import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit

/// The interactive application: turns events into commands, commands into state changes, and
/// state into frames. It never talks to the terminal except through `Terminal`.
public final class App {
    public let terminal: Terminal
    /// Everything the screens show: the mode, selection, overlays, histories, and what the
    /// update step read for the next frame.
    public internal(set) var state = AppState()
    /// How the session looks and whom it serves: theme, keymap, themes, context.
    var settings: Settings
    /// What the session reads and writes through, and the queues that run that work.
    var services: Services
    /// Work in flight (searches, counts, writes, the next look for changes) and the update
    /// step's caches.
    var loading = Loading()

    /// `panel` defaults to the source itself when it is one (every store is both).
    public init(
        source: any CandidateSource, panel: (any PanelSource)? = nil, terminal: Terminal,
        context: AppContext, theme: Theme = .default, keymap: Keymap = Keymap(),
        catalog: ThemeCatalog = .builtIn, exporter: (any ResultExporter)? = nil
    ) throws {
        self.terminal = terminal
        settings = Settings(theme: theme, keymap: keymap, catalog: catalog, context: context)
        services = Services(
            window: try CandidateWindow(source: source),
            panel: panel ?? (source as? any PanelSource), exporter: exporter)
        if let reason = context.readOnlyReason { state.message = StatusMessage(reason) }
    }

    var layout: Layout { Layout(size: terminal.size, state: state) }

    // MARK: Running

    /// Draws, then handles events until a command or a signal ends the session; returns the
    /// exit status. Events that arrive together are handled before the next frame is drawn.
    public func run() -> Int32 {
        render()
        while state.exitCode == nil {
            var changed = false
            if let event = terminal.backend.readEvent(timeoutMilliseconds: waitMilliseconds()) {
                handle(event)
                while state.exitCode == nil,
                    let more = terminal.backend.readEvent(timeoutMilliseconds: 0)
                {
                    handle(more)
                }
                changed = true
            }
            changed = collectSearchResult() || changed
            changed = collectWrites() || changed
            changed = pollExternalChanges() || changed
            changed = collectCount() || changed
            changed = collectDetail() || changed
            changed = collectRanking() || changed
            changed = collectVerification() || changed
            changed = collectScores() || changed
            changed = collectMarks() || changed
            changed = collectWork() || changed
            if changed {
                scheduleCount()
                collectCount()
            }
            if state.exitCode == nil, changed { render() }
        }
        return state.exitCode ?? 0
    }

    /// How long a key waits for a read the update step moved off this thread (the detail,
    /// the ranking) before the frame is drawn without it: long enough for an ordinary read,
    /// so that the common case looks as if it were read here; short enough to stay responsive
    /// when the database is slow.
    static let readWait: TimeInterval = 0.1

    /// How long to wait for a key: briefly while a search or a count runs or writes wait (to
    /// show what they bring as soon as it comes), until the next look for other processes'
    /// changes, or for ever.
    private func waitMilliseconds() -> Int? {
        if searchRunner.isBusy || loading.pendingSearch != nil || loading.pendingCount != nil
            || loading.pendingDetail != nil || loading.pendingRanking != nil
            || loading.pendingScores != nil || loading.pendingMarks != nil
            || loading.pendingVerify != nil
        {
            return 10
        }
        // The progress bar moves while long work runs.
        if loading.work != nil { return 100 }
        if !loading.pendingWrites.isEmpty { return 50 }
        return millisecondsToNextPoll()
    }

    /// Handles every queued event, then draws once: what tests call after queueing keys. A
    /// filtered list being counted is drawn with its count (scripts read what they see).
    public func processPendingEvents() {
        while state.exitCode == nil, let event = terminal.backend.readEvent(timeoutMilliseconds: 0)
        {
            handle(event)
        }
        collectSearchResult()
        collectWrites()
        collectWork()
        scheduleCount()
        countRunner.waitUntilIdle()
        collectCount()
        finishSlowReads()
        render()
        // A detail read that outlasted `readWait` (a loaded machine): scripts and tests read
        // what they see, so draw again with it.
        if loading.pendingDetail != nil || loading.pendingScores != nil
            || loading.pendingMarks != nil
        {
            finishSlowReads()
            render()
        }
    }

    /// Waits for the detail, ranking, marks and Score column reads asked for, and takes
    /// them.
    private func finishSlowReads(timeout: Double = 10) {
        marksRunner.waitUntilIdle(timeout: timeout)
        collectMarks()
        rankingRunner.waitUntilIdle(timeout: timeout)
        collectRanking()
        verifyRunner.waitUntilIdle(timeout: timeout)
        collectVerification()
        detailRunner.waitUntilIdle(timeout: timeout)
        collectDetail()
        scoreRunner.waitUntilIdle(timeout: timeout)
        collectScores()
    }

    /// Waits for the searches and counts asked for to finish, then shows the newest one's
    /// result: what tests and the benchmark call after typing a search.
    public func settle(timeout: Double = 10) {
        searchRunner.waitUntilIdle(timeout: timeout)
        collectSearchResult()
        scheduleCount()
        countRunner.waitUntilIdle(timeout: timeout)
        collectCount()
        finishSlowReads(timeout: timeout)
        render()
        if loading.pendingDetail != nil || loading.pendingScores != nil
            || loading.pendingMarks != nil
        {
            finishSlowReads(timeout: timeout)
            render()
        }
    }

    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            state.message = nil
            // A read that failed is asked for again after a key, not on every frame.
            loading.marksFailed = false
            if loading.work != nil, state.overlays.isEmpty,
                keymap.command(for: key, in: keyContext) == .back
            {
                // While long work runs, the key that goes back stops it instead.
                cancelWork()
                return
            }
            if layout.tooSmall {
                // Nothing can be seen: only quitting works, so that no key acts unseen.
                if keymap.command(for: key, in: .list) == .quit { perform(.quit) }
                return
            }
            switch state.overlays.last {
            case .commandLine: handleCommandLineKey(key)
            case .form: handleFormKey(key)
            case .dialog, nil:
                guard let command = keymap.command(for: key, in: keyContext) else { return }
                // A digit typed in the scorecard is the mark it sets.
                if command == .setMark, case .character(let digit) = key {
                    perform(command, argument: String(digit))
                } else {
                    perform(command)
                }
            }
        case .mouse(let mouse):
            loading.marksFailed = false
            handleMouse(mouse)
        case .resize:
            terminal.invalidate()
            clampSelection()
            // The panes are re-laid for the new size: the CV beside a form finds its phrase.
            state.followEvidence = true
        case .interrupt(let signal):
            state.exitCode = 128 + signal
        }
    }

    var keyContext: KeyContext { state.keyContext }

    /// Shows a result or an error on the message line until the next key.
    public func show(_ text: String, isError: Bool = false) {
        let message = StatusMessage(text, isError: isError)
        state.message = message
        if isError { state.keep(message) }
    }

    // MARK: Commands

    /// Runs a command as its key would, in the current context; `argument` is what followed
    /// its name on the command line.
    public func perform(_ command: CommandID, argument: String? = nil) {
        // Who may act is checked here, once, before any handler: the table says what each
        // command requires.
        let entry = Command.named(command)
        if !context.allows(anyOf: entry.requires) {
            show(context.refusal(ofAnyOf: entry.requires), isError: true)
            return
        }
        switch state.overlays.last {
        case .commandLine: return performInCommandLine(command)
        case .dialog: return performInDialog(command)
        case .form: return performInForm(command)
        case nil: break
        }
        switch state.mode {
        case .help(let scroll, let over): return performInHelp(command, scroll: scroll, over: over)
        case .scorecard: if performInScorecard(command, argument: argument) { return }
        case .ranking: if performInRanking(command) { return }
        case .profile: if performInProfile(command) { return }
        case .audit: if performInAudit(command) { return }
        case .roster: if performInRoster(command) { return }
        case .notesScreen: if performInNotesScreen(command, argument: argument) { return }
        case .list, .detail: break
        }
        // The handlers above took every command in the contexts where it works: here it is
        // elsewhere, and the table says where it works.
        if let elsewhere = entry.worksOnlyMessage(openKeys: openKeys) {
            show(elsewhere, isError: true)
            return
        }
        if asksToDeclareFirst(command) { return }
        switch command {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(byPages: 1)
        case .pageUp: move(byPages: -1)
        case .first: moveToEnd(last: false)
        case .last: moveToEnd(last: true)
        case .open:
            guard window.total > 0 else { return }
            state.openDetail(focus: .detail)
        case .back:
            let detailWasOpen = state.detailOpen
            state.closeDetail()
            if detailWasOpen, let ranking = state.rankingBehindDetail {
                state.ranking = ranking
                // Read again in the background: the cursor stays on its candidate.
                if let panel, let actor = context.actor {
                    requestRanking(from: panel, for: actor, refresh: true)
                }
            }
            state.rankingBehindDetail = nil
        case .switchPane:
            guard window.total > 0 else { return }
            if !state.detailOpen {
                state.openDetail(focus: .detail)
            } else {
                state.openDetail(focus: state.focus == .list ? .detail : .list)
            }
        case .sort:
            sort(argument)
        case .search:
            openSearchBar()
        case .nextMatch:
            searchAgain(forward: true)
        case .previousMatch:
            searchAgain(forward: false)
        case .filter:
            filterCommand(argument)
        case .clearFilter:
            clearFilter()
        case .theme:
            if let argument {
                switchTheme(to: argument)
            } else {
                openThemeDialog()
            }
        case .commandLine:
            state.commandLine = CommandLineState()
        case .tabDetails: showTab(.details)
        case .tabEligibility: showTab(.eligibility)
        case .tabScreening: showTab(.screening)
        case .tabAudit: showTab(.audit)
        case .tabNotes: showTab(.notes)
        case .addNote: openNoteForm(tagsOnly: false)
        case .tag: openNoteForm(tagsOnly: true)
        case .resolveNote: openResolveForm()
        case .nextEvidence: jumpToEvidence(forward: true)
        case .previousEvidence: jumpToEvidence(forward: false)
        case .screen: openScreeningForm()
        case .declare: askToDeclare(then: nil)
        case .override: openOverrideForm()
        case .withdrawOverride: openWithdrawForm()
        case .invite: inviteSelected()
        case .toggleMark: toggleMark()
        case .clearMarks: clearMarks()
        case .withdrawInvitation: withdrawSelectedInvitation()
        case .invitedOnly: toggleInvitedOnly()
        case .scheduleSlot: scheduleSlot(argument)
        case .scorecard:
            if context.allows(.score) {
                openScorecard()
            } else if let id = selectedID {
                let row = read { try window.row(at: state.selected) } ?? nil
                openCombinedCard(
                    id,
                    name: row.map { context.isBlind || $0.isBlinded ? id.rawValue : $0.displayName }
                )
            }
        case .ranking: openRanking()
        case .profile: openProfile()
        case .roster: openRoster()
        case .notesScreen: openNotesScreen()
        case .exportNotes, .mergeNotes, .checkoutCopy: notesFileCommand(command, argument)
        case .importFile: importFile(argument)
        case .replaceProfile: replaceProfileFile(argument)
        case .rosterAdd: openRosterAddForm()
        case .rosterRemove, .rosterBind, .recordConflict:
            break  // said above: they work only on the roster screen
        case .blind: toggleBlindMode()
        case .auditTrail: openAuditScreen()
        case .editNote: openNoteEditForm()
        case .deleteNote: confirmNoteDeletion()
        case .untag: confirmUntag()
        case .declareConflict: openConflictForm()
        case .finalise: confirmFinalise()
        case .reopenRanking: openReopenRankingForm()
        case .excuse: openExcuseForm()
        case .withdrawExcuse: openWithdrawExcuseForm()
        case .verifyAudit: verifyAuditTrail()
        case .adopt, .export, .setMark, .markHigher, .markLower, .comment, .note, .submit,
            .reopenCard, .accept,
            .complete, .completePrevious, .historyPrevious, .historyNext, .nextOption,
            .previousOption, .markMet, .markPartly, .markNotMet, .markUnknown, .cursorLeft,
            .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward, .deleteWord,
            .killToStart, .killToEnd:
            break  // said above: they work only in the contexts the table gives
        case .click, .scrollDown, .scrollUp:
            // They act on what is under the pointer, which a typed command has not.
            show("\(command.rawValue) works with the mouse", isError: true)
        case .help:
            state.mode = .help(scroll: 0, over: state.mode)
        case .messages:
            showMessages()
        case .redraw:
            terminal.invalidate()
        case .quit:
            quitWhenSaved()
        }
    }

    /// The keys that open the screens a command may work only in, for "works only in …".
    var openKeys: [KeyContext: String] {
        var keys: [KeyContext: String] = [:]
        let screens: [(KeyContext, CommandID)] = [
            (.scorecard, .scorecard), (.ranking, .ranking), (.profile, .profile),
            (.roster, .roster), (.notes, .notesScreen), (.audit, .auditTrail),
        ]
        for (context, command) in screens { keys[context] = keyName(command) }
        return keys
    }

    private func performInHelp(_ command: CommandID, scroll: Int, over: Mode) {
        switch command {
        case .moveDown: state.mode = .help(scroll: scroll + 1, over: over)
        case .moveUp: state.mode = .help(scroll: max(0, scroll - 1), over: over)
        case .back, .help: state.mode = over
        case .quit: quitWhenSaved()
        default: break
        }
    }

    private var detailHasFocus: Bool { state.detailOpen && state.focus == .detail }

    private func move(by delta: Int) {
        if detailHasFocus {
            scrollDetail(to: state.detailScroll + delta)
        } else {
            select(state.selected + delta)
        }
    }

    private func move(byPages pages: Int) {
        if detailHasFocus {
            scrollDetail(to: state.detailScroll + pages * max(1, layout.detailRows - 1))
        } else {
            let page = layout.listRows
            state.top += pages * page
            select(state.selected + pages * page)
        }
    }

    private func moveToEnd(last: Bool) {
        if detailHasFocus {
            scrollDetail(to: last ? Int.max : 0)
        } else {
            if last { countNow() }
            select(last ? window.total - 1 : 0)
        }
    }

    func select(_ index: Int) {
        let previous = state.selected
        state.selected = index
        clampSelection()
        if state.selected != previous {
            state.detailScroll = 0
            state.evidenceHit = nil
        }
    }

    /// Selects a candidate by application id (a benchmark, a script); false when the list
    /// does not hold it.
    @discardableResult
    public func select(_ id: ApplicationID) -> Bool {
        guard let position = read({ try window.position(of: id) }) ?? nil else { return false }
        select(position)
        return true
    }

    func clampSelection() {
        let total = window.total
        let rows = layout.listRows
        state.selected = min(max(0, state.selected), max(0, total - 1))
        // Behind a docked pane the list keeps its place for when it comes back.
        guard layout.list != nil || state.dockedPane == nil else { return }
        if state.selected < state.top { state.top = state.selected }
        if state.selected >= state.top + rows { state.top = state.selected - rows + 1 }
        state.top = min(max(0, state.top), max(0, total - rows))
    }

    func scrollDetail(to line: Int) {
        let count = state.shown.detail?.lines.count ?? 0
        state.detailScroll = min(max(0, line), max(0, count - layout.detailRows))
    }

    private func sort(_ argument: String?) {
        let order: CandidateOrder
        switch argument {
        case nil:
            order =
                window.order == .applicationID && window.sortKeys == nil ? .name : .applicationID
        case "name": order = .name
        case "id": order = .applicationID
        case let text?:
            sort(byKeys: text)
            return
        }
        if order == .name, context.isBlind {
            // The order of the rows would tell the names' alphabetical order.
            show(
                "sorting by name is off in blind mode: the order would reveal the names",
                isError: true)
            return
        }
        changeOrder(order)
        if argument != nil { show("sorted by \(orderName)") }
    }

    /// `:sort -exp,name`: any columns, either way, several keys; ties in application-id order.
    private func sort(byKeys text: String) {
        let keys: [SortKey]
        do {
            keys = try SortKey.parseList(text)
        } catch {
            show("sort: \(error.message) (\(error.hint))", isError: true)
            return
        }
        if context.isBlind, keys.contains(where: { $0.field == .name || $0.field == .nationality })
        {
            show(
                "sorting by name or nationality is off in blind mode: the order would reveal them",
                isError: true)
            return
        }
        do {
            let current = try window.row(at: state.selected)?.applicationID
            try window.sort(by: keys)
            if let current, let position = try window.position(of: current) {
                state.selected = position
                state.top = position - layout.listRows / 2
            }
            clampSelection()
        } catch {
            report(error)
            return
        }
        show("sorted by \(orderName)")
    }

    private func changeOrder(_ order: CandidateOrder) {
        do {
            let current = try window.row(at: state.selected)?.applicationID
            try window.reset(order: order)
            if let current, let position = try window.position(of: current) {
                state.selected = position
                state.top = position - layout.listRows / 2
            }
            clampSelection()
        } catch {
            report(error)
        }
    }

    var orderName: String {
        if let keys = window.sortKeys { return keys.map(\.description).joined(separator: ",") }
        return window.order == .name ? "name" : "application id"
    }

    /// Says an error on the status line (and so in `:messages`).
    func report(_ error: any Error) {
        show("\(error)", isError: true)
    }

    /// A read of the store whose failure the user must hear of: the error is said on the
    /// status line and kept in `:messages`, and the read gives nil.
    func read<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            report(error)
            return nil
        }
    }
}
