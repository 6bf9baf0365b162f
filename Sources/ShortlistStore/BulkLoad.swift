import Foundation
import GRDB
import ShortlistCore

extension Store {
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
            let insertCandidate = try db.makeStatement(sql: CandidateColumns.insertSQL)
            let insertText = try db.makeStatement(
                sql:
                    "INSERT INTO candidate_texts(candidate_id, cv_text, motivation) VALUES (?, ?, ?)"
            )
            var count = 0
            for prepared in candidates {
                try insertCandidate.execute(arguments: StatementArguments(prepared.columns))
                let rowID = db.lastInsertedRowID
                try insertText.execute(arguments: [rowID, prepared.cvText, prepared.motivation])
                if let rows = prepared.assessmentRows {
                    try AssessmentRows.write(rows, for: rowID, isNew: true, db)
                }
                count += 1
                if count % 1000 == 0, progress?(count) == false { throw LoadCancelled() }
            }
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

/// Where the time of a bulk load went: producing and storing rows, then indexing them.
public final class BulkLoadTiming: @unchecked Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds
    public private(set) var rowsSeconds = 0.0
    public private(set) var indexSeconds = 0.0
    /// Committing, and checkpointing the write-ahead log into the database file.
    public private(set) var commitSeconds = 0.0
    private var indexDone: UInt64 = 0

    public init() {}

    func record(rowsDone: UInt64, indexDone: UInt64) {
        rowsSeconds = Double(rowsDone - start) / 1e9
        indexSeconds = Double(indexDone - rowsDone) / 1e9
        self.indexDone = indexDone
    }

    func recordCommit(_ done: UInt64) {
        commitSeconds = Double(done - indexDone) / 1e9
    }
}

/// A bulk load stopped on request; its transaction was rolled back.
public struct LoadCancelled: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "cancelled; nothing was stored" }
}
