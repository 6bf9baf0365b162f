import ShortlistCore

/// One import in progress: records go in one at a time, and the engine commits them all with
/// the import's log entry, or none.
public protocol ImportBatch: AnyObject {
    /// Imports one record that starts at `line` of the file.
    func apply(_ prepared: PreparedCandidate, line: Int) throws -> ImportOutcome
}

/// Import: bulk loads of new candidates and imports that update a panel's applications.
public protocol BulkLoading: Sendable {
    /// Adds candidates all at once, or none of them; `progress` is called after every 1,000
    /// and stops the load (`LoadCancelled`) when it returns false.
    @discardableResult
    func insertCandidates(
        _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)?
    ) throws -> Int
    /// The same, recording how long the rows and the index took (for the benchmark).
    @discardableResult
    func insertCandidates(
        _ candidates: some Sequence<PreparedCandidate>, by actor: Actor,
        progress: ((Int) -> Bool)?, timing: BulkLoadTiming?
    ) throws -> Int
    /// Runs an import as one transaction: `body` feeds records to the batch and returns the
    /// log entry to commit with, or nil to roll everything back. Returns whether it committed.
    @discardableResult
    func importApplications(
        by actor: Actor, timing: BulkLoadTiming?,
        _ body: (any ImportBatch) throws -> ImportLogEntry?
    ) throws -> Bool
    /// The imports recorded so far, oldest first.
    func importLog() throws -> [ImportLogEntry]
}

extension BulkLoading {
    @discardableResult
    public func insertCandidates(
        _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)? = nil
    ) throws -> Int {
        try insertCandidates(candidates, by: actor, progress: progress)
    }

    @discardableResult
    public func importApplications(
        by actor: Actor, timing: BulkLoadTiming? = nil,
        _ body: (any ImportBatch) throws -> ImportLogEntry?
    ) throws -> Bool {
        try importApplications(by: actor, timing: timing, body)
    }
}
