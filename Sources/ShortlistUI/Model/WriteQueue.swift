import Foundation
import ShortlistStore
import Synchronization

/// The interface's writes, done one at a time in the order they were asked for, on a thread
/// of their own.
///
/// Another process may hold the database's write lock for seconds (an import, a notes
/// merge). A write that finds it busy past SQLite's busy timeout is tried again until it goes
/// through, so that nothing typed is lost and the screen never freezes meanwhile; the
/// interface tells the user it is waiting. Any other failure ends the write and is reported.
///
/// Sendable without a promise to the compiler: its counters and finished writes sit in one
/// `Mutex`; `idle` only wakes a waiter, and `unfinished` changes only while holding it.
final class WriteQueue: Sendable {
    struct Finished: Sendable {
        var ticket: Int
        var result: Result<any Sendable, any Error>
    }

    private struct State {
        var lastTicket = 0
        var unfinished = 0
        var finished: [Finished] = []
        var retries = 0
    }

    private let queue = DispatchQueue(label: "shortlist.writes", qos: .userInitiated)
    private let state = Mutex(State())
    private let idle = NSCondition()
    /// How long to pause before trying a busy write again; SQLite has already waited its
    /// busy timeout by then.
    let retryPause: TimeInterval

    init(retryPause: TimeInterval = 0.05) {
        self.retryPause = retryPause
    }

    /// Queues `work`; returns its ticket, which its `Finished` carries.
    func enqueue(_ work: @escaping @Sendable () throws -> any Sendable) -> Int {
        let ticket = changingUnfinished {
            $0.lastTicket += 1
            $0.unfinished += 1
            return $0.lastTicket
        }
        queue.async { [self] in
            let result = Result { try retryingWhileBusy(work) }
            changingUnfinished {
                $0.finished.append(Finished(ticket: ticket, result: result))
                $0.unfinished -= 1
            }
        }
        return ticket
    }

    private func retryingWhileBusy(_ work: @Sendable () throws -> any Sendable) throws
        -> any Sendable
    {
        while true {
            do {
                return try work()
            } catch StoreError.busy {
                state.withLock { $0.retries += 1 }
                Thread.sleep(forTimeInterval: retryPause)
            }
        }
    }

    /// Writes finished since the last call, in the order they were asked for.
    func takeFinished() -> [Finished] {
        state.withLock { state in
            defer { state.finished = [] }
            return state.finished
        }
    }

    /// Writes asked for and not finished yet.
    var pending: Int { state.withLock { $0.unfinished } }

    /// Times a write found the database busy and was tried again: tests read it.
    var busyRetries: Int { state.withLock { $0.retries } }

    /// Waits until every write asked for has finished, at most `timeout` seconds; false when
    /// some are still waiting.
    @discardableResult
    func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        idle.lock()
        defer { idle.unlock() }
        while pending > 0 {
            if !idle.wait(until: deadline) { return pending == 0 }
        }
        return true
    }

    /// Changes the state where `unfinished` may change, under `idle`, and wakes the waiters.
    private func changingUnfinished<T>(_ body: (inout State) -> T) -> T {
        idle.lock()
        defer {
            idle.broadcast()
            idle.unlock()
        }
        return state.withLock { body(&$0) }
    }
}
