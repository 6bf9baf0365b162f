import Foundation
import GRDB
import ShortlistCore

/// What importing one record did.
public enum ImportOutcome: Sendable, Equatable {
    case inserted
    case updated
    case unchanged
    /// The id already appeared earlier in the same file, at this line: the record is rejected.
    case duplicate(firstLine: Int)
}

/// What an import records about itself in the `imports` table.
public struct ImportLogEntry: Sendable {
    public var startedAt: Timestamp
    public var user: String
    public var fileName: String
    public var fileSHA256: String
    public var format: String
    public var recordsRead: Int
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
    public var withWarnings: Int
    public var rejected: Int

    public init(
        startedAt: Timestamp, user: String, fileName: String, fileSHA256: String, format: String,
        recordsRead: Int, inserted: Int, updated: Int, unchanged: Int, withWarnings: Int,
        rejected: Int
    ) {
        self.startedAt = startedAt
        self.user = user
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.format = format
        self.recordsRead = recordsRead
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.withWarnings = withWarnings
        self.rejected = rejected
    }
}

/// One import inside one write transaction: records go in one at a time, and at the end the
/// whole import is committed with its log entry, or nothing of it is.
///
/// A changed record updates the application data of its row in place (the row keeps its id,
/// so anything attached to it stays); an unchanged one is not written at all.
public final class ImportSession {
    private let db: Database
    private let findExisting: Statement
    private let insertCandidate: Statement
    private let insertText: Statement
    private let updateCandidate: Statement
    private let updateText: Statement
    private let rememberID: Statement
    private let firstLineOfID: Statement
    private var changedRowIDs: [Int64] = []
    private let rowsBefore: Int

    init(_ db: Database) throws {
        self.db = db
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS import_seen (
                    application_id TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
                DELETE FROM import_seen;
                """)
        findExisting = try db.makeStatement(
            sql: "SELECT id, fingerprint FROM candidates WHERE application_id = ?")
        insertCandidate = try db.makeStatement(sql: CandidateColumns.insertSQL)
        insertText = try db.makeStatement(
            sql: "INSERT INTO candidate_texts(candidate_id, cv_text, motivation) VALUES (?, ?, ?)")
        updateCandidate = try db.makeStatement(sql: CandidateColumns.updateSQL)
        updateText = try db.makeStatement(
            sql: "UPDATE candidate_texts SET cv_text = ?, motivation = ? WHERE candidate_id = ?")
        rememberID = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO import_seen(application_id, line) VALUES (?, ?)")
        firstLineOfID = try db.makeStatement(
            sql: "SELECT line FROM import_seen WHERE application_id = ?")
        rowsBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM candidates") ?? 0
    }

    /// Imports one record that starts at `line` of the file.
    public func apply(_ candidate: Candidate, line: Int) throws -> ImportOutcome {
        try apply(PreparedCandidate(candidate), line: line)
    }

    public func apply(_ prepared: PreparedCandidate, line: Int) throws -> ImportOutcome {
        let id = prepared.applicationID.rawValue
        // Seen ids live in a temporary table, so memory does not grow with the file.
        try rememberID.execute(arguments: [id, line])
        if db.changesCount == 0 {
            let first = try Int.fetchOne(firstLineOfID, arguments: [id]) ?? 0
            return .duplicate(firstLine: first)
        }
        let arguments = StatementArguments(prepared.columns)
        // Before this import the table was empty: nothing to compare with.
        if rowsBefore > 0, let existing = try Row.fetchOne(findExisting, arguments: [id]) {
            let rowID: Int64 = existing[0]
            let stored: Int64 = existing[1]
            if stored == Int64(bitPattern: prepared.fingerprint) { return .unchanged }
            try SearchIndexes.removeEntries(of: rowID, in: db)
            try updateCandidate.execute(arguments: arguments + [rowID])
            try updateText.execute(arguments: [prepared.cvText, prepared.motivation, rowID])
            changedRowIDs.append(rowID)
            return .updated
        }
        try insertCandidate.execute(arguments: arguments)
        let rowID = db.lastInsertedRowID
        try insertText.execute(arguments: [rowID, prepared.cvText, prepared.motivation])
        changedRowIDs.append(rowID)
        return .inserted
    }

    /// Brings the search indexes up to date and records the import.
    func finish(_ log: ImportLogEntry) throws {
        try SearchIndexes.catchUp(changed: changedRowIDs, rowsBefore: rowsBefore, in: db)
        let now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
        try db.execute(
            sql: """
                INSERT INTO imports(started_at, finished_at, user, file_name, file_sha256, format,
                    records_read, inserted, updated, unchanged, with_warnings, rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                log.startedAt.description, now.description, log.user, log.fileName, log.fileSHA256,
                log.format, log.recordsRead, log.inserted, log.updated, log.unchanged,
                log.withWarnings, log.rejected,
            ])
        try db.execute(sql: "DELETE FROM import_seen")
    }
}

/// The body of an import said not to keep it (a dry run, `--strict`, or an interruption).
private struct ImportRolledBack: Error {}

extension Store {
    /// Runs an import in one write transaction. `body` feeds records to the session and
    /// returns the log entry to commit with, or nil to roll everything back.
    /// Returns whether the import was committed.
    @discardableResult
    public func importApplications(
        timing: BulkLoadTiming? = nil, _ body: (ImportSession) throws -> ImportLogEntry?
    ) throws -> Bool {
        do {
            try write { db in
                // A larger page cache for the length of the import keeps index pages from
                // being written to the log again and again; memory stays bounded by it.
                try db.execute(sql: "PRAGMA cache_size = -32768")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                let session = try ImportSession(db)
                guard let log = try body(session) else { throw ImportRolledBack() }
                let rowsDone = DispatchTime.now().uptimeNanoseconds
                try session.finish(log)
                timing?.record(rowsDone: rowsDone, indexDone: DispatchTime.now().uptimeNanoseconds)
            }
            timing?.recordCommit(DispatchTime.now().uptimeNanoseconds)
            return true
        } catch is ImportRolledBack {
            return false
        }
    }

    /// The imports recorded so far, oldest first.
    public func importLog() throws -> [ImportLogEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM imports ORDER BY id").map { row in
                ImportLogEntry(
                    startedAt: Timestamp(iso: row["started_at"]) ?? Timestamp(secondsSinceEpoch: 0),
                    user: row["user"], fileName: row["file_name"], fileSHA256: row["file_sha256"],
                    format: row["format"], recordsRead: row["records_read"],
                    inserted: row["inserted"],
                    updated: row["updated"], unchanged: row["unchanged"],
                    withWarnings: row["with_warnings"], rejected: row["rejected"])
            }
        }
    }
}
