import Foundation
import ShortlistCore
import ShortlistStore

/// A write the session asked for and has not seen finish, with what to do when it does.
struct PendingWrite {
    var ticket: Int
    var done: (any Sendable) -> Void
    var failed: (any Error) -> Void
}

extension App {
    /// How long a key waits for its write before the interface stops waiting and says so:
    /// long enough for any ordinary write, short enough to feel immediate.
    static let writeWait: TimeInterval = 0.25

    /// Writes through the queue: usually finished before this returns (then `done` or
    /// `failed` has run); when another process holds the database, queued behind the
    /// writes before it, with the status line saying so until it goes through. Returns
    /// whether it finished at once.
    @discardableResult
    func write<T: Sendable>(
        _ work: @escaping @Sendable (any PanelSource) throws -> T,
        done: @escaping (T) -> Void, failed: @escaping (any Error) -> Void
    ) -> Bool {
        guard let panel else {
            failed(StoreError.invalid("this list keeps no panel work: nothing can be saved here"))
            return true
        }
        let ticket = writeQueue.enqueue { try work(panel) }
        loading.pendingWrites.append(
            PendingWrite(
                ticket: ticket,
                done: { value in
                    if let value = value as? T { done(value) }
                }, failed: failed))
        // With writes already waiting the database is busy: do not wait again.
        if loading.pendingWrites.count == 1 { writeQueue.waitUntilIdle(timeout: Self.writeWait) }
        collectWrites()
        return !loading.pendingWrites.contains { $0.ticket == ticket }
    }

    /// A write from a form: when it goes through, the form closes and `done` runs; when it
    /// is refused, the form stays open (or opens again, with what was typed) and says why.
    /// While it waits for the database the form closes and the status line says so.
    func writeFromForm<T: Sendable>(
        _ form: FormState, _ work: @escaping @Sendable (any PanelSource) throws -> T,
        done: @escaping (T) -> Void
    ) {
        let atOnce = write(work) { [self] value in
            if state.form?.purpose == form.purpose { state.form = nil }
            done(value)
        } failed: { [self] error in
            if state.form?.purpose == form.purpose {
                state.form?.problem = "\(error)"
            } else if state.form == nil {
                var again = form
                again.problem = "\(error)"
                state.form = again
            } else {
                show(Self.oneLine(error), isError: true)
            }
        }
        if !atOnce, state.form?.purpose == form.purpose { state.form = nil }
    }

    /// Runs what follows the writes that finished, in the order they were asked for; true
    /// when any did.
    @discardableResult
    func collectWrites() -> Bool {
        let finished = writeQueue.takeFinished()
        guard !finished.isEmpty else { return false }
        for item in finished {
            guard let index = loading.pendingWrites.firstIndex(where: { $0.ticket == item.ticket })
            else { continue }
            let pending = loading.pendingWrites.remove(at: index)
            switch item.result {
            case .success(let value): pending.done(value)
            case .failure(let error): pending.failed(error)
            }
        }
        if loading.pendingWrites.isEmpty, state.quitWhenSaved { state.exitCode = 0 }
        return true
    }

    /// What the status line says while writes wait for another process.
    var waitingForWrites: StatusMessage? {
        let count = loading.pendingWrites.count
        guard count > 0 else { return nil }
        let changes = count == 1 ? "1 change" : "\(count) changes"
        if state.quitWhenSaved {
            return StatusMessage(
                "saving \(changes) before quitting: waiting for the import to finish")
        }
        return StatusMessage("waiting for the import to finish: \(changes) queued, none lost")
    }

    /// Quitting with writes still queued waits for them, saying so.
    func quitWhenSaved() {
        // Quitting during an import cancels it and waits for the rollback; other long work is
        // one short transaction, waited for.
        if let work = loading.work {
            if work.cancellable { work.control.cancel() }
            work.wait(timeout: 120)
            collectWork()
        }
        guard !loading.pendingWrites.isEmpty else {
            state.exitCode = 0
            return
        }
        state.quitWhenSaved = true
    }

    /// After the session ended (a signal, say), waits up to `timeout` seconds for the writes
    /// still queued; returns how many never went through.
    public func finishWrites(timeout: TimeInterval) -> Int {
        writeQueue.waitUntilIdle(timeout: timeout)
        collectWrites()
        return loading.pendingWrites.count
    }

    /// Writes queued and not yet through: tests and the session's end read it.
    public var queuedWrites: Int { loading.pendingWrites.count }
}
