import Dispatch
import Synchronization

/// Elements produced in batches on another thread while the consumer works through the
/// previous batch: reading and checking a file overlaps with writing it to the database.
/// At most two batches exist at a time; `produce` is called for one batch after another,
/// never concurrently, and returns nil when there is nothing more.
public struct BackgroundBatches<Element: Sendable>: Sequence {
    private let produce: @Sendable () -> [Element]?

    public init(_ produce: @escaping @Sendable () -> [Element]?) {
        self.produce = produce
    }

    /// Elements `make(0)…make(count - 1)`, `batchSize` at a time.
    public init(count: Int, batchSize: Int, _ make: @escaping @Sendable (Int) -> Element) {
        let next = Atomic<Int>(0)
        self.init { [next] in
            let start = next.load(ordering: .relaxed)
            guard start < count else { return nil }
            let end = Swift.min(count, start + batchSize)
            next.store(end, ordering: .relaxed)
            return (start..<end).map(make)
        }
    }

    public func makeIterator() -> Iterator { Iterator(produce) }

    public final class Iterator: IteratorProtocol {
        private let produce: @Sendable () -> [Element]?
        private var current: [Element] = []
        private var position = 0
        private var pending: Batch?

        /// A batch being produced on a worker thread.
        private final class Batch: Sendable {
            private let done = DispatchSemaphore(value: 0)
            private let result = Mutex<[Element]?>(nil)

            init(_ produce: @escaping @Sendable () -> [Element]?) {
                DispatchQueue.global(qos: .userInitiated).async { [self] in
                    let elements = produce()
                    result.withLock { $0 = elements }
                    done.signal()
                }
            }

            func wait() -> [Element]? {
                done.wait()
                return result.withLock { $0 }
            }
        }

        init(_ produce: @escaping @Sendable () -> [Element]?) {
            self.produce = produce
            pending = Batch(produce)
        }

        public func next() -> Element? {
            while position == current.count {
                guard let batch = pending, let elements = batch.wait() else {
                    pending = nil
                    return nil
                }
                current = elements
                position = 0
                pending = Batch(produce)
            }
            defer { position += 1 }
            return current[position]
        }
    }
}

/// Lets a producer's non-Sendable state (a file reader) travel to the worker thread. Safe
/// because `BackgroundBatches` never runs two productions at once.
final class ProducerState<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
