import Foundation
import ShortlistCore
import ShortlistStore

/// Long work started from the interface (an import, a profile replaced and every application
/// reassessed, a bundle of notes merged, an export written) runs off the drawing path: the
/// status line shows its progress bar, the key that goes back (Esc) cancels it, its one
/// transaction rolled back, and when it ends the list is read again.
extension App {
    /// The loader the executable wires in; nil where files cannot be read (tests of other
    /// things, a read-only session).
    public var loader: (any DataLoader)? {
        get { services.loader }
        set { services.loader = newValue }
    }

    /// Whether long work runs now: tests and scripts wait for it.
    public var isWorking: Bool { loading.work != nil }

    /// `:import FILE`: the secretary imports a CAST export.
    func importFile(_ argument: String?) {
        guard let path = fileArgument(argument, for: .importFile) else { return }
        startWork(title: "importing \(Self.fileName(path))", cancellable: true) {
            loader, actor, control in
            try loader.importApplications(from: path, by: actor, control: control)
        }
    }

    /// `:replace-profile FILE`: the call profile replaced, every application reassessed.
    func replaceProfileFile(_ argument: String?) {
        guard let path = fileArgument(argument, for: .replaceProfile) else { return }
        startWork(
            title: "reassessing under \(Self.fileName(path))", cancellable: true
        ) {
            loader, actor, control in
            try loader.replaceProfile(from: path, by: actor, control: control)
        }
    }

    /// The file's own name: the status line has no room for a folder.
    static func fileName(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    private func fileArgument(_ argument: String?, for command: CommandID) -> String? {
        guard let argument else {
            // The key: the command line, started, for the file.
            state.commandLine = CommandLineState(text: "\(command.rawValue) ")
            return nil
        }
        let path = argument.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            show("\(command.rawValue) needs a file: :\(command.rawValue) FILE", isError: true)
            return nil
        }
        return path
    }

    func startWork(
        title: String, cancellable: Bool = false,
        _ work: @escaping @Sendable (any DataLoader, Actor, WorkControl) throws -> String
    ) {
        guard loading.work == nil else {
            show("\(loading.work?.title ?? "other work") is still running", isError: true)
            return
        }
        guard let loader else {
            show("files cannot be read into this session's database", isError: true)
            return
        }
        startWork(title: title, cancellable: cancellable) { actor, control in
            try work(loader, actor, control)
        }
    }

    /// Starts work that needs no loader (an export through the exporter); refused while other
    /// work runs, since two long transactions would only wait for each other.
    func startWork(
        title: String, cancellable: Bool, form: FormState? = nil,
        _ work: @escaping @Sendable (Actor, WorkControl) throws -> String
    ) {
        guard loading.work == nil else {
            show("\(loading.work?.title ?? "other work") is still running", isError: true)
            return
        }
        guard let actor = context.actor else {
            show("files cannot be read into this session's database", isError: true)
            return
        }
        let running = RunningWork(title: title, cancellable: cancellable, form: form)
        loading.work = running
        running.start { control in try work(actor, control) }
    }

    /// Asks the running work to stop; it rolls back and ends soon after.
    func cancelWork() {
        guard let work = loading.work else { return }
        guard work.cancellable else {
            show("\(work.title) is short and cannot stop half-way: it finishes whole")
            return
        }
        work.control.cancel()
        show("\(work.title): cancelling…")
    }

    /// Takes the work's outcome once it ended; true when it did (the frame changes).
    @discardableResult
    func collectWork() -> Bool {
        guard let work = loading.work else { return false }
        guard let result = work.result else { return true }  // the bar moves
        loading.work = nil
        let said: StatusMessage
        switch result {
        case .success(let line):
            said = StatusMessage("\(work.title): \(line)")
        case .failure(let error as WorkCancelled):
            said = StatusMessage("\(work.title): \(error)")
        case .failure(let error):
            said = StatusMessage("\(work.title): \(Self.oneLine(error))", isError: true)
        }
        show(said.text, isError: said.isError)
        if case .failure(let error) = result, !(error is WorkCancelled), let form = work.form {
            // The dialog that asked comes back with what was typed and why it failed.
            state.form = form
            formFailed(error)
        }
        // The notes screen keeps the whole outcome: a refused bundle names every reason.
        if case .failure(let error) = result, !(error is WorkCancelled) {
            reloadNotesScreen(outcome: StatusMessage("\(work.title): \(error)", isError: true))
        } else {
            reloadNotesScreen(outcome: said)
        }
        // What the work changed: every cache, the list and its count, an open screen.
        panelChanged()
        loading.panelCache.screeners = nil
        loading.panelCache.criteria = nil
        loading.panelCache.scheme = nil
        if state.roster != nil { reloadRoster() }
        if state.profile != nil, let view = profileView() { state.profile?.view = view }
        return true
    }

    /// Waits for the running work to end and takes its outcome: tests and scripts.
    public func finishWork(timeout: TimeInterval = 60) {
        guard let work = loading.work else { return }
        work.wait(timeout: timeout)
        collectWork()
        render()
    }

    /// The status line while work runs: its title, a bar, how far, and how to cancel.
    var workStatus: StatusMessage? {
        guard let work = loading.work else { return nil }
        let progress = work.control.progress
        let glyphs = theme.glyphs
        let width = 20
        var bar: String
        if let fraction = progress.fraction {
            let eighths = Int((fraction * Double(width * 8)).rounded(.down))
            bar = String(repeating: glyphs.blocks.last ?? "#", count: eighths / 8)
            if eighths % 8 > 0, eighths / 8 < width { bar += glyphs.blocks[eighths % 8] }
            bar += String(
                repeating: " ", count: max(0, width - eighths / 8 - (eighths % 8 > 0 ? 1 : 0)))
            bar = "[\(bar)] \(Int((fraction * 100).rounded(.down)))%"
        } else {
            bar = "[working…]"
        }
        let cancel =
            work.cancellable
            ? keymap.ownKeys(for: .back, in: .list).first.map { "  \($0) cancels" } ?? "" : ""
        let detail = progress.detail.isEmpty ? "" : "  \(progress.detail)"
        let stopping = work.control.isCancelled ? "  cancelling…" : cancel
        return StatusMessage("\(work.title) \(bar)\(detail)\(stopping)")
    }
}
