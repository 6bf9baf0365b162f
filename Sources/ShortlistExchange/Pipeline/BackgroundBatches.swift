import Dispatch
import Synchronization

/// Elements produced in batches ahead of the consumer, in three overlapping stages: a serial
/// `produce` (reading a file, in order), a `transform` run on all cores (preparing records),
/// and the consumer (writing them). While the consumer works through one batch, the next is
/// transformed and the one after is read. `produce` returns nil when there is nothing more.
public struct BackgroundBatches<Element: Sendable>: Sequence {
    private let produce: @Sendable () -> [Element]?
    private let transform: (@Sendable ([Element]) -> [Element])?
    private let depth: Int

    public init(
        depth: Int = 3, _ produce: @escaping @Sendable () -> [Element]?,
        transform: (@Sendable ([Element]) -> [Element])? = nil
    ) {
        self.produce = produce
        self.transform = transform
        self.depth = depth
    }

    /// Elements `make(0)…make(count - 1)`, `batchSize` at a time, made on all cores.
    public init(count: Int, batchSize: Int, _ make: @escaping @Sendable (Int) -> Element) {
        let next = Atomic<Int>(0)
        self.init(depth: 2) { [next] in
            let start = next.load(ordering: .relaxed)
            guard start < count else { return nil }
            let end = Swift.min(count, start + batchSize)
            next.store(end, ordering: .relaxed)
            return Array(start..<end).parallelMap(make)
        }
    }

    public func makeIterator() -> Iterator { Iterator(produce, transform, depth) }

    public final class Iterator: IteratorProtocol {
        private let produce: @Sendable () -> [Element]?
        private let transform: (@Sendable ([Element]) -> [Element])?
        /// Reading happens here, one batch after another, in the order batches were asked for.
        private let reader = DispatchQueue(label: "shortlist.batches.reader")
        /// The batch being handed over, last element first: each is moved out by `popLast()`,
        /// not copied (a copy of a prepared record retains every string in it, and releases
        /// them again, on the writing thread). The batch is reversed where it was made.
        private var current: [Element] = []
        private var pending: [Batch] = []
        private var exhausted = false

        /// One batch on its way: read on the reader queue, then transformed on any thread.
        private final class Batch: Sendable {
            private let done = DispatchSemaphore(value: 0)
            private let result = Mutex<[Element]?>(nil)

            init(
                reader: DispatchQueue, _ produce: @escaping @Sendable () -> [Element]?,
                _ transform: (@Sendable ([Element]) -> [Element])?
            ) {
                reader.async { [self] in
                    guard let raw = produce() else {
                        done.signal()
                        return
                    }
                    guard let transform else {
                        finish(raw)
                        return
                    }
                    DispatchQueue.global(qos: .userInitiated).async { [self] in
                        finish(transform(raw))
                    }
                }
            }

            /// Reversed in place, so that the consumer can `popLast()` it in order.
            private func finish(_ elements: consuming [Element]) {
                elements.reverse()
                result.withLock { [elements] in $0 = elements }
                done.signal()
            }

            /// Takes the batch out, so that the consumer holds its only reference.
            func wait() -> [Element]? {
                done.wait()
                return result.withLock { $0.take() }
            }
        }

        init(
            _ produce: @escaping @Sendable () -> [Element]?,
            _ transform: (@Sendable ([Element]) -> [Element])?, _ depth: Int
        ) {
            self.produce = produce
            self.transform = transform
            for _ in 0..<Swift.max(1, depth) {
                pending.append(Batch(reader: reader, produce, transform))
            }
        }

        public func next() -> Element? {
            while current.isEmpty {
                guard !pending.isEmpty else { return nil }
                let batch = pending.removeFirst()
                guard let elements = batch.wait() else {
                    // The end: batches asked for after it find nothing either.
                    exhausted = true
                    for later in pending { _ = later.wait() }
                    pending.removeAll()
                    return nil
                }
                current = elements
                if !exhausted { pending.append(Batch(reader: reader, produce, transform)) }
            }
            return current.popLast()
        }
    }
}

/// Lets a producer's non-Sendable state (a file reader) travel to the reader queue. Safe
/// because `BackgroundBatches` never runs two productions at once.
final class ProducerState<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
