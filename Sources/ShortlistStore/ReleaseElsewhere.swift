import Dispatch
import Synchronization

/// Records a bulk load is done with, released on another thread rather than on the one
/// writing: freeing a prepared record (two dozen strings and arrays) cost the serial writer
/// about an eighth of its per-record work (imp17c's profile, docs/performance.md).
public struct ReleaseElsewhere<Element: Sendable> {
    private var done: [Element] = []
    private let batch: Int

    public init(batch: Int = 256) {
        self.batch = batch
        done.reserveCapacity(batch)
    }

    /// Keeps `element` until `batch` of them are held, then hands them all to a background
    /// queue, whose closure holds their last reference.
    public mutating func add(_ element: consuming Element) {
        done.append(element)
        if done.count >= batch {
            let held = Held(done)
            done = []
            done.reserveCapacity(batch)
            // Emptied inside the closure: had the closure only kept them, the last reference
            // could be the caller's copy of the block, dropped on this thread after the queue
            // had already run it.
            DispatchQueue.global(qos: .utility).async { held.elements.withLock { $0.removeAll() } }
        }
    }

    private final class Held: Sendable {
        let elements: Mutex<[Element]>
        init(_ elements: consuming [Element]) { self.elements = Mutex(elements) }
    }
}
