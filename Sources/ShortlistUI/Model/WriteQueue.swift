import Foundation
import ShortlistStore

/// The interface's writes, done one at a time in the order they were asked for, on a thread
/// of their own.
///
/// Another process may hold the database's write lock for seconds (an import, a notes
/// merge). A write that finds it busy past SQLite's busy timeout is tried again until it goes
/// through, so that nothing typed is lost and the screen never freezes meanwhile; the
/// interface tells the user it is waiting. Any other failure ends the write and is reported.
final class WriteQueue: @unchecked Sendable {
    struct Finished {
        var ticket: Int
        var result: Result<any Sendable, any Error>
    }

    private let queue = DispatchQueue(label: "shortlist.writes", qos: .userInitiated)
    private let condition = NSCondition()
    private var lastTicket = 0
    private var unfinished = 0
    private var finished: [Finished] = []
    private var retries = 0
    /// How long to pause before trying a busy write again; SQLite has already waited its
    /// busy timeout by then.
    let retryPause: TimeInterval

    init(retryPause: TimeInterval = 0.05) {
        self.retryPause = retryPause
    }

    /// Queues `work`; returns its ticket, which its `Finished` carries.
    func enqueue(_ work: @escaping @Sendable () throws -> any Sendable) -> Int {
        let ticket = withLock {
            lastTicket += 1
            unfinished += 1
            return lastTicket
        }
        queue.async { [self] in
            let result = Result { try retryingWhileBusy(work) }
            withLock {
                finished.append(Finished(ticket: ticket, result: result))
                unfinished -= 1
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
                withLock { retries += 1 }
                Thread.sleep(forTimeInterval: retryPause)
            }
        }
    }

    /// Writes finished since the last call, in the order they were asked for.
    func takeFinished() -> [Finished] {
        withLock {
            defer { finished = [] }
            return finished
        }
    }

    /// Writes asked for and not finished yet.
    var pending: Int { withLock { unfinished } }

    /// Times a write found the database busy and was tried again: tests read it.
    var busyRetries: Int { withLock { retries } }

    /// Waits until every write asked for has finished, at most `timeout` seconds; false when
    /// some are still waiting.
    @discardableResult
    func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while unfinished > 0 {
            if !condition.wait(until: deadline) { return unfinished == 0 }
        }
        return true
    }

    private func withLock<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
