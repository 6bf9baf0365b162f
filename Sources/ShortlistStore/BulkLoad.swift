import Foundation
import GRDB
import ShortlistCore
import Synchronization

extension SQLiteStore {
    /// Adds candidates in one transaction, then rebuilds the full-text indexes once: per-row
    /// index maintenance would dominate the time of a large load. Either every candidate is
    /// stored or, on any error, none. `progress` is called after every 1,000 records; when it
    /// returns false the load stops, nothing is stored, and `LoadCancelled` is thrown.
    @discardableResult
    public func insertCandidates(
        _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)? = nil
    ) throws -> Int {
        try insertCandidates(
            candidates.lazy.map { PreparedCandidate($0) }, by: actor, progress: progress,
            timing: nil)
    }

    /// The same, recording how long the rows and the index took (for the benchmark).
    @discardableResult
    public func insertCandidates(
        _ candidates: some Sequence<PreparedCandidate>, by actor: Actor, progress: ((Int) -> Bool)?,
        timing: BulkLoadTiming?
    ) throws -> Int {
        try write { db in
            try Authorisation.require(.importApplications, actor, db)
            var deferredIndexes = try DeferredIndexes.setAside(db)
            let insertCandidate = try BulkRowInserter(db, sql: CandidateColumns.insertSQL)
            let insertText = try BulkRowInserter(db, sql: CandidateColumns.insertTextSQL)
            let insertAssessment = try AssessmentRows.BulkWriter(db)
            var count = 0
            var spent = ReleaseElsewhere<PreparedCandidate>()
            for prepared in candidates {
                try insertCandidate.insert(prepared.values)
                let rowID = db.lastInsertedRowID
                try insertText.insert(leading: rowID, prepared.texts)
                if let rows = prepared.assessmentRows {
                    try insertAssessment.insert(rows, for: rowID)
                }
                spent.add(prepared)
                count += 1
                if count % 1000 == 0, progress?(count) == false { throw LoadCancelled() }
            }
            try deferredIndexes.restore(db)
            let rowsDone = DispatchTime.now().uptimeNanoseconds
            try SearchIndexes.rebuild(db)
            timing?.record(rowsDone: rowsDone, indexDone: DispatchTime.now().uptimeNanoseconds)
            // One entry for the whole load: a generated population has no source file whose
            // records a panel would need to trace one by one.
            try AuditWriter(db).append(
                at: now(), actor: actor.name, action: "candidates.load",
                after: ["count": String(count)])
            return count
        }
    }
}

/// Where the time of a bulk load went: producing and storing rows, then indexing them. The
/// benchmark hands one to an import; the import records into it from its writing thread.
public final class BulkLoadTiming: Sendable {
    private struct Marks {
        var rowsSeconds = 0.0
        var indexSeconds = 0.0
        var commitSeconds = 0.0
        var indexDone: UInt64 = 0
    }
    private let start = DispatchTime.now().uptimeNanoseconds
    private let marks = Mutex(Marks())
    /// Only for the benchmark's baseline: the load without its per-record audit entries, to
    /// measure what auditing costs. The product never makes a timing that asks for it.
    @_spi(Benchmark) public let skipsRecordAudit: Bool

    public convenience init() { self.init(skippingRecordAudit: false) }

    @_spi(Benchmark) public init(skippingRecordAudit: Bool) {
        skipsRecordAudit = skippingRecordAudit
    }

    public var rowsSeconds: Double { marks.withLock { $0.rowsSeconds } }
    public var indexSeconds: Double { marks.withLock { $0.indexSeconds } }
    /// Committing, and checkpointing the write-ahead log into the database file.
    public var commitSeconds: Double { marks.withLock { $0.commitSeconds } }

    func record(rowsDone: UInt64, indexDone: UInt64) {
        marks.withLock {
            $0.rowsSeconds = Double(rowsDone - start) / 1e9
            $0.indexSeconds = Double(indexDone - rowsDone) / 1e9
            $0.indexDone = indexDone
        }
    }

    func recordCommit(_ done: UInt64) {
        marks.withLock { $0.commitSeconds = Double(done - $0.indexDone) / 1e9 }
    }
}

/// A bulk load stopped on request; its transaction was rolled back.
public struct LoadCancelled: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "cancelled; nothing was stored" }
}
