import Foundation
import Synchronization
import Testing

@testable import ShortlistStore

/// A bulk load hands the records it is done with to `ReleaseElsewhere`: every one of them must
/// be released (none kept for the length of the load), whole batches on another thread than
/// the one holding them, and the rest when the holder is done.
@Suite struct ReleaseElsewhereTests {
    /// Which names were released, and whether on the holding thread.
    final class ReleaseLog: Sendable {
        let names = Mutex<[String: Bool]>([:])
        let holder = Mutex<pthread_t?>(nil)
        /// Whether the last two were still alive once all ten had been handed over.
        let lastTwoHeld = Mutex<Bool?>(nil)

        func released(_ name: String) {
            let onHolder = holder.withLock { $0 == pthread_self() }
            names.withLock { $0[name] = onHolder }
        }
    }

    final class Tracked: Sendable {
        let name: String
        let log: ReleaseLog
        init(_ name: String, _ log: ReleaseLog) {
            self.name = name
            self.log = log
        }
        deinit { log.released(name) }
    }

    static let names = [
        "Ζωή", "Пётр", "Łucja", "王芳", "Ελένη", "Иван", "Żaneta", "李娜", "Άννα", "Олег",
    ]

    @Test func wholeBatchesGoElsewhereAndTheRestWithTheHolder() async throws {
        let log = ReleaseLog()
        // The holder stays alive until the test has looked: a thread that has exited may see
        // its pthread_t handed to a new queue thread, which would then pass for the holder.
        let looked = DispatchSemaphore(value: 0)
        // A thread of its own, as the writer is: never one that a queue could run a batch on.
        let thread = Thread {
            log.holder.withLock { $0 = pthread_self() }
            do {
                var spent = ReleaseElsewhere<Tracked>(batch: 4)
                for name in Self.names { spent.add(Tracked(name, log)) }
                // Eight went in two batches; the last two are still held.
                let held = log.names.withLock { $0["Άννα"] == nil && $0["Олег"] == nil }
                log.lastTwoHeld.withLock { $0 = held }
                _ = spent
            }
            looked.wait()
        }
        thread.start()
        defer { looked.signal() }
        // Batches are released on a background queue, which a parallel test run can keep
        // busy for a while: wait for them, half a minute at most.
        for _ in 0..<3000 where log.names.withLock({ $0.count }) < Self.names.count {
            try await Task.sleep(for: .milliseconds(10))
        }
        let released = log.names.withLock { $0 }
        #expect(log.lastTwoHeld.withLock { $0 } == true)
        #expect(released.count == Self.names.count)
        for name in Self.names.prefix(8) {
            #expect(released[name] == false, "\(name) was released by the thread holding it")
        }
        #expect(released["Άννα"] == true)
        #expect(released["Олег"] == true)
    }
}
