import Foundation
import ShortlistStore

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
final class LatestRunner<Value>: @unchecked Sendable {
    struct Outcome {
        var generation: Int
        var result: Result<Value, any Error>
    }

    private let queue: DispatchQueue

    init(label: String = "shortlist.search") {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }
    private let lock = NSLock()
    private let idle = NSCondition()
    private var newest = 0
    private var running = 0
    private var outcome: Outcome?
    /// Searches that reached the database, and those skipped or dropped as stale: tests and
    /// the benchmark read them.
    private(set) var executed = 0
    private(set) var discarded = 0

    /// Asks for a search; returns its generation. Any earlier search is now stale.
    @discardableResult
    func submit(_ work: @escaping @Sendable () throws -> Value) -> Int {
        let generation = locked {
            newest += 1
            outcome = nil
            running += 1
            return newest
        }
        queue.async { [self] in
            defer { finishOne() }
            guard locked({ generation == newest }) else {
                locked { discarded += 1 }
                return
            }
            let result = Result { try work() }
            locked {
                executed += 1
                if generation == newest {
                    outcome = Outcome(generation: generation, result: result)
                } else {
                    discarded += 1
                }
            }
        }
        return generation
    }

    /// Makes every search asked for so far stale: nothing of theirs will be shown.
    func cancelAll() {
        locked {
            newest += 1
            outcome = nil
        }
    }

    /// The newest search's result once it is in (only once).
    func take() -> Outcome? {
        locked {
            defer { outcome = nil }
            return outcome
        }
    }

    /// Whether a search is queued or running.
    var isBusy: Bool { locked { running > 0 } }

    /// Waits until no search is queued or running, at most `timeout` seconds; for tests and
    /// for the end of a scripted session.
    @discardableResult
    func waitUntilIdle(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        idle.lock()
        defer { idle.unlock() }
        while locked({ running > 0 }) {
            if !idle.wait(until: deadline) { return false }
        }
        return true
    }

    private func finishOne() {
        idle.lock()
        locked { running -= 1 }
        idle.broadcast()
        idle.unlock()
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
