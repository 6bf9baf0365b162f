import Dispatch
import Synchronization

/// The elements `make(0..<count)`, produced in batches on another thread while the consumer
/// works through the previous batch: on two cores, generating the demo overlaps with
/// storing it. At most two batches exist at a time.
struct PrefetchedSequence<Element: Sendable>: Sequence {
    let count: Int
    let batchSize: Int
    let make: @Sendable (Int) -> Element

    func makeIterator() -> Iterator { Iterator(self) }

    final class Iterator: IteratorProtocol {
        private let source: PrefetchedSequence
        private var current: [Element] = []
        private var position = 0
        private var nextStart = 0
        private var pending: Batch?

        /// A batch being produced on a worker; `wait()` hands it over when ready.
        private final class Batch: Sendable {
            private let done = DispatchSemaphore(value: 0)
            private let result = Mutex<[Element]>([])

            init(_ range: Range<Int>, _ make: @escaping @Sendable (Int) -> Element) {
                DispatchQueue.global(qos: .userInitiated).async { [self] in
                    let elements = range.map(make)
                    result.withLock { $0 = elements }
                    done.signal()
                }
            }

            func wait() -> [Element] {
                done.wait()
                return result.withLock { $0 }
            }
        }

        init(_ source: PrefetchedSequence) {
            self.source = source
            pending = startBatch()
        }

        private func startBatch() -> Batch? {
            guard nextStart < source.count else { return nil }
            let range = nextStart..<Swift.min(source.count, nextStart + source.batchSize)
            nextStart = range.upperBound
            return Batch(range, source.make)
        }

        func next() -> Element? {
            if position == current.count {
                guard let batch = pending else { return nil }
                current = batch.wait()
                position = 0
                pending = startBatch()
                if current.isEmpty { return nil }
            }
            defer { position += 1 }
            return current[position]
        }
    }
}
