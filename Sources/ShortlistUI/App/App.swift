import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit

/// What the title and status lines say about where the user is.
public struct AppContext: Sendable {
    public var databaseName: String
    public var callReference: String

    public init(databaseName: String, callReference: String) {
        self.databaseName = databaseName
        self.callReference = callReference
    }
}

/// The interactive application: turns events into commands, commands into state changes, and
/// state into frames. It never talks to the terminal except through `Terminal`.
public final class App {
    public let terminal: Terminal
    public let window: CandidateWindow
    public let keymap: Keymap
    public var theme: Theme
    public let context: AppContext
    public private(set) var state = AppState()
    private var detail: DetailDocument?

    public init(
        source: any CandidateSource, terminal: Terminal, context: AppContext,
        theme: Theme = .default, keymap: Keymap = Keymap()
    ) throws {
        self.terminal = terminal
        self.window = try CandidateWindow(source: source)
        self.context = context
        self.theme = theme
        self.keymap = keymap
    }

    var layout: Layout { Layout(size: terminal.size, state: state) }

    // MARK: Running

    /// Draws, then handles events until a command or a signal ends the session; returns the
    /// exit status. Events that arrive together are handled before the next frame is drawn.
    public func run() -> Int32 {
        render()
        while state.exitCode == nil {
            guard let event = terminal.backend.readEvent(timeoutMilliseconds: nil) else { continue }
            handle(event)
            while state.exitCode == nil,
                let more = terminal.backend.readEvent(timeoutMilliseconds: 0)
            {
                handle(more)
            }
            if state.exitCode == nil { render() }
        }
        return state.exitCode ?? 0
    }

    /// Handles every queued event, then draws once: what tests call after queueing keys.
    public func processPendingEvents() {
        while state.exitCode == nil, let event = terminal.backend.readEvent(timeoutMilliseconds: 0)
        {
            handle(event)
        }
        render()
    }

    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            state.message = nil
            if let command = keymap.command(for: key, in: keyContext) { perform(command) }
        case .mouse(let mouse):
            handleMouse(mouse)
        case .resize:
            terminal.invalidate()
            clampSelection()
        case .interrupt(let signal):
            state.exitCode = 128 + signal
        }
    }

    var keyContext: KeyContext {
        if state.helpOpen { return .help }
        return state.focus == .detail && state.detailOpen ? .detail : .list
    }

    // MARK: Commands

    public func perform(_ command: CommandID) {
        if state.helpOpen {
            performInHelp(command)
            return
        }
        switch command {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(byPages: 1)
        case .pageUp: move(byPages: -1)
        case .first: moveToEnd(last: false)
        case .last: moveToEnd(last: true)
        case .open:
            guard window.total > 0 else { return }
            state.detailOpen = true
            state.focus = .detail
        case .back:
            if state.detailOpen {
                state.detailOpen = false
                state.focus = .list
            }
        case .switchPane:
            guard window.total > 0 else { return }
            if !state.detailOpen {
                state.detailOpen = true
                state.focus = .detail
            } else {
                state.focus = state.focus == .list ? .detail : .list
            }
        case .toggleOrder:
            changeOrder(window.order == .applicationID ? .name : .applicationID)
        case .help:
            state.helpOpen = true
            state.helpScroll = 0
        case .redraw:
            terminal.invalidate()
        case .quit:
            state.exitCode = 0
        }
    }

    private func performInHelp(_ command: CommandID) {
        switch command {
        case .moveDown: state.helpScroll += 1
        case .moveUp: state.helpScroll = max(0, state.helpScroll - 1)
        case .back, .help: state.helpOpen = false
        case .quit: state.exitCode = 0
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
            select(last ? window.total - 1 : 0)
        }
    }

    private func select(_ index: Int) {
        let previous = state.selected
        state.selected = index
        clampSelection()
        if state.selected != previous { state.detailScroll = 0 }
    }

    private func clampSelection() {
        let total = window.total
        let rows = layout.listRows
        state.selected = min(max(0, state.selected), max(0, total - 1))
        if state.selected < state.top { state.top = state.selected }
        if state.selected >= state.top + rows { state.top = state.selected - rows + 1 }
        state.top = min(max(0, state.top), max(0, total - rows))
    }

    private func scrollDetail(to line: Int) {
        let count = detail?.lines.count ?? 0
        state.detailScroll = min(max(0, line), max(0, count - layout.detailRows))
    }

    private func changeOrder(_ order: CandidateOrder) {
        do {
            let current = try window.row(at: state.selected)?.applicationID
            try window.reset(order: order)
            if let current, let position = try window.source.position(of: current, order: order) {
                state.selected = position
                state.top = position - layout.listRows / 2
            }
            clampSelection()
        } catch {
            report(error)
        }
    }

    var orderName: String { window.order == .name ? "name" : "application id" }

    // MARK: Mouse

    private func handleMouse(_ mouse: MouseEvent) {
        state.message = nil
        if state.helpOpen {
            switch mouse.action {
            case .wheelDown: state.helpScroll += 3
            case .wheelUp: state.helpScroll = max(0, state.helpScroll - 3)
            case .press: state.helpOpen = false
            case .release: break
            }
            return
        }
        let layout = self.layout
        if let list = layout.list, list.contains(mouse.position) {
            switch mouse.action {
            case .wheelDown, .wheelUp:
                let delta = mouse.action == .wheelDown ? 3 : -3
                state.top += delta
                select(state.selected + delta)
            case .press:
                state.focus = .list
                if mouse.position.x == list.maxX - 1, window.total > layout.listRows {
                    select(
                        ListScreen.position(
                            forScrollBarRow: mouse.position.y - list.y - 1, height: layout.listRows,
                            total: window.total))
                    return
                }
                let row = mouse.position.y - list.y - 1
                guard row >= 0 else { return }
                let index = state.top + row
                guard index < window.total else { return }
                if index == state.selected {
                    perform(.open)
                } else {
                    select(index)
                }
            case .release: break
            }
        } else if let detailArea = layout.detail,
            Rect(
                x: detailArea.x - 1, y: detailArea.y, width: detailArea.width + 1,
                height: detailArea.height
            )
            .contains(mouse.position)
        {
            switch mouse.action {
            case .wheelDown: scrollDetail(to: state.detailScroll + 3)
            case .wheelUp: scrollDetail(to: state.detailScroll - 3)
            case .press: state.focus = .detail
            case .release: break
            }
        }
    }

    // MARK: Drawing

    public func render() {
        let layout = self.layout
        if state.detailOpen, let area = layout.detail { loadDetail(width: area.width) }
        terminal.draw { buffer in
            if layout.tooSmall {
                TooSmallScreen(size: layout.size, minimum: Layout.minimum, theme: theme).draw(
                    into: &buffer)
                return nil
            }
            return drawFrame(into: &buffer, layout: layout)
        }
    }

    private func drawFrame(into buffer: inout Buffer, layout: Layout) -> Position? {
        var cursor: Position?
        buffer.fill(layout.titleBar, style: theme.titleBar)
        let title = " Shortlist · \(context.callReference) · Candidates"
        buffer.put(title, x: 0, y: layout.titleBar.y, style: theme.titleBar)

        if let area = layout.list {
            if window.total == 0 {
                drawEmpty(into: &buffer, area: area)
            } else {
                let rows = fetchRows(count: layout.listRows)
                let screen = ListScreen(
                    rows: rows, top: state.top, selected: state.selected, total: window.total,
                    focused: state.focus == .list || !state.detailOpen, theme: theme)
                let at = screen.draw(into: &buffer, area: area)
                if state.focus == .list || !state.detailOpen { cursor = at }
            }
        }
        if let area = layout.detail {
            let summary = try? window.row(at: state.selected)
            let screen = DetailScreen(
                title: summary.map { "\($0.displayName) · \($0.applicationID)" } ?? "",
                document: detail, scroll: state.detailScroll, focused: state.focus == .detail,
                theme: theme)
            let at = screen.draw(into: &buffer, area: area)
            if state.focus == .detail { cursor = at }
        }
        StatusLine(
            position: state.selected, total: window.total, databaseName: context.databaseName,
            order: orderName, message: state.message, theme: theme
        ).draw(into: &buffer, area: layout.status)
        if state.helpOpen {
            let area = Rect(x: 0, y: 1, width: layout.size.width, height: layout.size.height - 2)
            let lineCount = HelpScreen.lines(
                keymap: keymap, theme: theme, width: min(area.width, 96) - 4
            ).count
            state.helpScroll = min(state.helpScroll, max(0, lineCount - (area.height - 2)))
            HelpScreen(keymap: keymap, scroll: state.helpScroll, theme: theme).draw(
                into: &buffer, area: area)
            cursor = nil
        }
        return cursor
    }

    private func drawEmpty(into buffer: inout Buffer, area: Rect) {
        let lines = [
            "No applications in this database yet.",
            "",
            "Import the CAST export with:",
            "    shortlist import FILE.csv",
            "",
            "or explore a demo database with:",
            "    shortlist demo",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            buffer.put(
                line, x: area.x + max(0, (area.width - 40) / 2), y: top + i,
                style: i == 0 ? theme.sectionTitle : .plain)
        }
    }

    private func fetchRows(count: Int) -> [CandidateSummary] {
        do {
            return try window.rows(state.top..<(state.top + count))
        } catch {
            report(error)
            return []
        }
    }

    private func loadDetail(width: Int) {
        guard let summary = try? window.row(at: state.selected) else {
            detail = nil
            return
        }
        if let detail, detail.applicationID == summary.applicationID, detail.width == width {
            return
        }
        do {
            if let candidate = try window.source.candidate(summary.applicationID) {
                detail = DetailDocument(candidate: candidate, width: width, theme: theme)
            } else {
                detail = nil
            }
        } catch {
            report(error)
        }
        scrollDetail(to: state.detailScroll)
    }

    private func report(_ error: any Error) {
        state.message = "\(error)"
    }
}
