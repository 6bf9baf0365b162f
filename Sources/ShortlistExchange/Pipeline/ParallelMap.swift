import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores, in order. For batches of independent, costly elements (preparing
    /// and assessing records) while another thread writes the previous batch.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let chunks = Swift.min(count, 16)
        let chunkSize = (count + chunks - 1) / chunks
        return [T](unsafeUninitializedCapacity: count) { output, initialized in
            let slots = SharedBuffer(output)
            withUnsafeBufferPointer { input in
                let source = SharedInput(input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    let end = Swift.min(source.buffer.count, start + chunkSize)
                    guard start < end else { return }
                    for i in start..<end {
                        (slots.buffer.baseAddress! + i).initialize(to: transform(source.buffer[i]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Each chunk initialises its own slots only, so the buffer is shared without a race.
private struct SharedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

private struct SharedInput<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
    init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}
