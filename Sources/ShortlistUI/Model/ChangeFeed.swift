import ShortlistStore
import Synchronization

/// Tells the interface when another process changed the database, and
/// what the audit trail says they did. `WatchedChanges` (a store's `ChangeWatching`) is the
/// real one. Sendable so that a poll may run off the interface's thread.
public protocol ChangeFeed: Sendable {
    /// Nil when nothing was committed since the last call.
    func poll() throws -> [ChangeCount]?
}

/// A store's change watch as a `ChangeFeed`: the watch remembers what it has seen, so it
/// is kept behind a lock and polled by one thread at a time.
public final class WatchedChanges: ChangeFeed {
    private let watch: Mutex<any ChangeWatching>

    /// Watches `store`; what is there now counts as seen.
    public init(store: any ChangeReporting) throws {
        watch = Mutex(try store.watchChanges())
    }

    public func poll() throws -> [ChangeCount]? {
        try watch.withLock { try $0.poll() }
    }
}
