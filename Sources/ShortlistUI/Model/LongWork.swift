import Foundation
import Synchronization

/// What long work (an import, a reassessment, a merge, an export) reports while it runs on
/// its own thread, and where it learns that the person asked to stop. The work checks
/// `isCancelled` between steps and, when it is, gives up inside its transaction, so that
/// nothing is left half-done.
public final class WorkControl: Sendable {
    public struct Progress: Sendable, Equatable {
        /// How much is done, 0…1; nil while unknown (the bar then only says it is busy).
        public var fraction: Double?
        /// What is done so far, in words: "12,000 records".
        public var detail: String
    }

    private let state = Mutex((progress: Progress(fraction: nil, detail: ""), cancelled: false))

    public init() {}

    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    public func report(fraction: Double?, detail: String) {
        state.withLock {
            $0.progress = Progress(fraction: fraction.map { min(max(0, $0), 1) }, detail: detail)
        }
    }

    public var progress: Progress { state.withLock { $0.progress } }

    func cancel() { state.withLock { $0.cancelled = true } }
}

/// Work asked for and not finished: what the status line names, its control, and its
/// outcome once the thread ends.
final class RunningWork: Sendable {
    /// "importing applications.csv".
    let title: String
    /// Whether asking it to stop stops it (an import, a reassessment, a merge, an export);
    /// a checkout copies the file whole and finishes whole.
    let cancellable: Bool
    /// The form that asked for the work, opened again with the problem when the work fails:
    /// the export dialog keeps what was typed.
    let form: FormState?
    let control = WorkControl()
    private let outcome = Mutex<Result<String, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(title: String, cancellable: Bool, form: FormState? = nil) {
        self.title = title
        self.cancellable = cancellable
        self.form = form
    }

    /// Starts `work` on a thread of its own.
    func start(_ work: @escaping @Sendable (WorkControl) throws -> String) {
        let control = self.control
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = Result { try work(control) }
            outcome.withLock { $0 = result }
            finished.signal()
        }
    }

    /// The outcome, once the work ended; nil while it runs.
    var result: Result<String, any Error>? { outcome.withLock { $0 } }

    /// Waits for the work to end, at most `timeout` seconds; false when it still runs.
    @discardableResult
    func wait(timeout: TimeInterval) -> Bool {
        if result != nil { return true }
        guard finished.wait(timeout: .now() + timeout) == .success else { return false }
        finished.signal()  // later waiters pass too
        return true
    }
}

/// Work that stopped because the person asked it to: nothing of it was kept.
public struct WorkCancelled: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "cancelled: nothing was changed" }
}
