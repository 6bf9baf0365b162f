import ShortlistStore

/// Tells the interface when another process changed the database, and
/// what the audit trail says they did. `ChangeWatch` is the real one.
public protocol ChangeFeed: AnyObject {
    /// Nil when nothing was committed since the last call.
    func poll() throws -> [ChangeCount]?
}

extension ChangeWatch: ChangeFeed {}
