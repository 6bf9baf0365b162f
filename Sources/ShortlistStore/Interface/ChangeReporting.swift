import ShortlistCore

/// Watches for commits made by other processes or connections. Polled by one thread at a time.
public protocol ChangeWatching: AnyObject {
    /// Nil when nobody else committed since the last call; otherwise what the audit trail
    /// gained since then, by person and action (empty when the change left no entry).
    func poll() throws -> [ChangeCount]?
}

/// Change news: what others did since the last look, as the interface's news line says it.
public protocol ChangeReporting: Sendable {
    /// A watch on which what is there now counts as seen.
    func watchChanges() throws -> any ChangeWatching
}
