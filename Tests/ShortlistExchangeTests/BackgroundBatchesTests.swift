import Testing

@testable import ShortlistExchange

/// Batches are handed over last element first (`popLast()` on a batch reversed where it was
/// made): the consumer must still see every element once, in the order produced.
@Suite struct BackgroundBatchesTests {
    @Test(arguments: [0, 1, 6, 7, 8, 1000])
    func everyElementOnceInOrder(count: Int) {
        // Productions never overlap (the reader queue runs them one at a time).
        let next = ProducerState(0)
        let batches = BackgroundBatches<String>(
            {
                let start = next.value
                guard start < count else { return nil }
                next.value = min(count, start + 7)
                return (start..<next.value).map { "Ζ\($0)" }
            },
            transform: { batch in batch.map { $0 + "·王" } })
        #expect(Array(batches) == (0..<count).map { "Ζ\($0)·王" })
    }

    @Test(arguments: [0, 1, 255, 256, 257, 1000])
    func madeOnAllCoresInOrder(count: Int) {
        let batches = BackgroundBatches(count: count, batchSize: 256) { "Łódź \($0)" }
        #expect(Array(batches) == (0..<count).map { "Łódź \($0)" })
    }

    @Test func withoutATransformInOrder() {
        let next = ProducerState(0)
        let batches = BackgroundBatches<Int> {
            let start = next.value
            guard start < 20 else { return nil }
            next.value = min(20, start + 3)
            return Array(start..<next.value)
        }
        #expect(Array(batches) == Array(0..<20))
    }
}
