import Foundation
import ShortlistStore
import Synchronization

/// Runs searches off the interface's thread, one at a time, the newest winning: a search
/// that a newer one replaced before it started is skipped, and a result that arrives after a
/// newer search was asked for is dropped, so that typing fast never waits for the database
/// and a stale result is never shown.
typealias SearchRunner = LatestRunner<SearchHit?>

/// Counts the rows of a filtered list off the interface's thread, after its first page is
/// drawn, with the same rule: only the newest count asked for is ever shown.
typealias CountRunner = LatestRunner<Int>

/// Runs work off the interface's thread, one at a time, the newest winning (see
/// `SearchRunner`).
///
/// Sendable without a promise to the compiler: everything it changes sits in one `Mutex`,
/// and `idle` only wakes a waiter (a waiter checks the state while holding it, and every
/// change of `running` is made while holding it, so no wake-up is lost).
final class LatestRunner<Value: Sendable>: Sendable {
    struct Outcome: Sendable {
        var generation: Int
        var result: Result<Value, any Error>
    }

    private struct State {
        var newest = 0
        var running = 0
        var outcome: Outcome?
        var executed = 0
        var discarded = 0
    }

    private let queue: DispatchQueue
    private let state = Mutex(State())
    private let idle = NSCondition()

    init(label: String = "shortlist.search") {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Searches that reached the database, and those skipped or dropped as stale: tests and
    /// the benchmark read them.
    var executed: Int { state.withLock { $0.executed } }
    var discarded: Int { state.withLock { $0.discarded } }

    /// Asks for a search; returns its generation. Any earlier search is now stale.
    @discardableResult
    func submit(_ work: @escaping @Sendable () throws -> Value) -> Int {
        let generation = changingRunning {
            $0.newest += 1
            $0.outcome = nil
            $0.running += 1
            return $0.newest
        }
        queue.async { [self] in
            defer { changingRunning { $0.running -= 1 } }
            let current = state.withLock { state in
                if generation != state.newest { state.discarded += 1 }
                return generation == state.newest
            }
            guard current else { return }
            let result = Result { try work() }
            state.withLock { state in
                state.executed += 1
                if generation == state.newest {
                    state.outcome = Outcome(generation: generation, result: result)
                } else {
                    state.discarded += 1
                }
            }
        }
        return generation
    }

    /// Makes every search asked for so far stale: nothing of theirs will be shown.
    func cancelAll() {
        state.withLock {
            $0.newest += 1
            $0.outcome = nil
        }
    }

    /// The newest search's result once it is in (only once).
    func take() -> Outcome? {
        state.withLock { state in
            defer { state.outcome = nil }
            return state.outcome
        }
    }

    /// Whether a search is queued or running.
    var isBusy: Bool { state.withLock { $0.running > 0 } }

    /// Waits until no search is queued or running, at most `timeout` seconds; for tests and
    /// for the end of a scripted session.
    @discardableResult
    func waitUntilIdle(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        idle.lock()
        defer { idle.unlock() }
        while isBusy {
            if !idle.wait(until: deadline) { return !isBusy }
        }
        return true
    }

    /// Changes the state where `running` may change, under `idle`, and wakes the waiters.
    private func changingRunning<T>(_ body: (inout State) -> T) -> T {
        idle.lock()
        defer {
            idle.broadcast()
            idle.unlock()
        }
        return state.withLock { body(&$0) }
    }
}
