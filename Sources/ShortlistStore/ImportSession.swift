import Crypto
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
    /// The record is rejected for this reason (an id that collides with another one in case
    /// only, a CAST registration that is not the stored candidate's).
    case refused(field: ApplicationField, reason: String)
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
public final class ImportSession: ImportBatch {
    private let db: Database
    private let findExisting: Statement
    private let insertCandidate: BulkRowInserter
    private let insertCandidateUnlessPresent: BulkRowInserter
    private let insertText: BulkRowInserter
    private let insertAssessment: AssessmentRows.BulkWriter
    private let updateCandidate: Statement
    private let updateText: Statement
    private let rememberID: Statement
    private let firstLineOfID: Statement
    private let readOld: Statement
    private let findOtherCase: Statement
    private let probeOtherCase: BulkProbe
    private var changedRowIDs: [Int64] = []
    private var writtenDigest = SHA256()
    private let rowsBefore: Int
    /// Secondary indexes dropped for a load into empty tables, built again at its end.
    private var deferredIndexes: DeferredIndexes
    /// Set when the ranking is final: new applications may still arrive, changed ones may not.
    private let frozenBy: (at: String, by: String)?
    private let audit: AuditWriter?
    private let actor: String
    private let at: String
    /// The number this import will have in the imports log, which its audit entries name.
    let importNumber: Int64

    init(_ db: Database, actor: String, at: String, audited: Bool) throws {
        self.db = db
        self.actor = actor
        self.at = at
        audit = audited ? try AuditWriter(db) : nil
        importNumber = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM imports") ?? 0) + 1
        readOld = try db.makeStatement(sql: "\(CandidateColumns.candidateSelect) WHERE c.id = ?")

        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS import_seen (
                    application_id TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
                DELETE FROM import_seen;
                """)
        findExisting = try db.makeStatement(
            sql:
                "SELECT id, fingerprint, cast_registration_id FROM candidates WHERE application_id = ?"
        )
        // Ids that differ only in case are one id (a file system or a person would confuse
        // them): an index over the ASCII-folded id finds a collision with the stored ids and
        // with those this import already wrote in one lookup. Made here, not in a migration,
        // so that an older database gets it at its next import.
        try db.execute(
            sql:
                "CREATE INDEX IF NOT EXISTS candidates_by_id_nocase ON candidates(application_id COLLATE NOCASE)"
        )
        // Before the statements are prepared, so that they are planned without the indexes.
        deferredIndexes = try DeferredIndexes.setAside(db)
        let otherCase = """
            SELECT application_id, import_number, import_line FROM candidates
            WHERE application_id = ?1 COLLATE NOCASE AND application_id <> ?1 LIMIT 1
            """
        findOtherCase = try db.makeStatement(sql: otherCase)
        probeOtherCase = try BulkProbe(db, sql: otherCase)
        insertCandidate = try BulkRowInserter(db, sql: CandidateColumns.importSQL)
        insertCandidateUnlessPresent = try BulkRowInserter(
            db, sql: CandidateColumns.importUnlessPresentSQL)
        insertText = try BulkRowInserter(db, sql: CandidateColumns.insertTextSQL)
        insertAssessment = try AssessmentRows.BulkWriter(db)
        updateCandidate = try db.makeStatement(sql: CandidateColumns.updateSQL)
        updateText = try db.makeStatement(
            sql: "UPDATE candidate_texts SET cv_text = ?, motivation = ? WHERE candidate_id = ?")
        rememberID = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO import_seen(application_id, line) VALUES (?, ?)")
        firstLineOfID = try db.makeStatement(
            sql: "SELECT line FROM import_seen WHERE application_id = ?")
        rowsBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM candidates") ?? 0
        frozenBy = try SQLiteStore.finalisation(db)
    }

    /// Imports one record that starts at `line` of the file.
    func apply(_ candidate: Candidate, line: Int) throws -> ImportOutcome {
        try apply(PreparedCandidate(candidate), line: line)
    }

    public func apply(_ prepared: PreparedCandidate, line: Int) throws -> ImportOutcome {
        let id = prepared.applicationID.rawValue
        if try probeOtherCase.findsRow(id),
            let other = try Row.fetchOne(findOtherCase, arguments: [id])
        {
            let otherID: String = other[0]
            let number: Int64? = other[1]
            let place =
                number == importNumber
                ? "“\(otherID)” at line \(other[2] as Int? ?? 0) of this file"
                : "the stored application “\(otherID)”"
            return .refused(
                field: .applicationID,
                reason:
                    "“\(id)” differs only in case from \(place); ids that differ only in case are the same id"
            )
        }
        guard rowsBefore > 0 else {
            // Into an empty table every id is new, and a repeated one breaks the unique key;
            // the row of the first occurrence says where it was.
            try insertCandidateUnlessPresent.insert(
                prepared.values, trailing: importNumber, Int64(line))
            if db.changesCount == 0 {
                let first = try Int.fetchOne(
                    db, sql: "SELECT import_line FROM candidates WHERE application_id = ?",
                    arguments: [id])
                return .duplicate(firstLine: first ?? 0)
            }
            return try inserted(prepared)
        }
        // Seen ids live in a temporary table, so memory does not grow with the file.
        try rememberID.execute(arguments: [id, line])
        if db.changesCount == 0 {
            let first = try Int.fetchOne(firstLineOfID, arguments: [id]) ?? 0
            return .duplicate(firstLine: first)
        }
        if let existing = try Row.fetchOne(findExisting, arguments: [id]) {
            let rowID: Int64 = existing[0]
            let stored: Int64 = existing[1]
            if stored == Int64(bitPattern: prepared.fingerprint) { return .unchanged }
            // The same id with another CAST registration is another person: updating would
            // put their data in place of a candidate the panel may already have scored.
            let storedCAST: String? = existing[2]
            if let storedCAST, storedCAST != prepared.candidate.castRegistrationID {
                try db.execute(
                    sql: "DELETE FROM import_seen WHERE application_id = ?", arguments: [id])
                return .refused(
                    field: .castRegistrationID,
                    reason:
                        "is “\(prepared.candidate.castRegistrationID ?? "")” but application \(id) is stored with CAST registration “\(storedCAST)”: a different person, not an update (nothing of this record was imported)"
                )
            }
            if let final = frozenBy {
                throw StoreError.invalid(
                    "line \(line): \(id) differs from the stored application, but the ranking was finalised by "
                        + "\(final.by) at \(final.at), so applications can no longer change; nothing was imported "
                        + "(the chair may reopen it: `shortlist rank reopen --reason …`)")
            }
            if let audit {
                // Which fields changed, and hashes of the versions: never the values.
                let old = try Row.fetchOne(readOld, arguments: [rowID]).map(
                    CandidateColumns.candidate)
                let oldHash = try String.fetchOne(
                    db, sql: "SELECT content_sha256 FROM candidates WHERE id = ?",
                    arguments: [rowID])
                let changed = old.map {
                    prepared.candidate.changedFields(from: $0).map(\.rawValue).joined(
                        separator: ",")
                }
                try audit.append(
                    at: at, actor: actor, action: "candidate.update", object: id,
                    before: ["sha256": oldHash ?? "unknown"],
                    after: [
                        "sha256": prepared.contentSHA256, "changed": changed ?? "",
                        "import": String(importNumber),
                    ])
            }
            try SearchIndexes.removeEntries(of: rowID, in: db)
            try updateCandidate.execute(
                arguments: StatementArguments(
                    prepared.values + [
                        importNumber.databaseValue, line.databaseValue, rowID.databaseValue,
                    ]))
            try updateText.execute(arguments: [prepared.cvText, prepared.motivation, rowID])
            if let rows = prepared.assessmentRows {
                try AssessmentRows.write(rows, for: rowID, isNew: false, db)
            }
            changedRowIDs.append(rowID)
            record(prepared)
            return .updated
        }
        try insertCandidate.insert(prepared.values, trailing: importNumber, Int64(line))
        return try inserted(prepared)
    }

    private func inserted(_ prepared: PreparedCandidate) throws -> ImportOutcome {
        let rowID = db.lastInsertedRowID
        try insertText.insert(leading: rowID, prepared.texts)
        if let rows = prepared.assessmentRows {
            try insertAssessment.insert(rows, for: rowID)
        }
        changedRowIDs.append(rowID)
        record(prepared)
        return .inserted
    }

    /// New records are not audited one by one: the import's own entry carries a digest over
    /// the ids and content hashes of everything it wrote (kept on each row too), which proves
    /// the same at a fraction of the cost. Updates do get an entry each, with what changed.
    private func record(_ prepared: PreparedCandidate) {
        var entry = "\(prepared.applicationID.rawValue)\u{0}\(prepared.contentSHA256)\n"
        entry.withUTF8 { writtenDigest.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// Builds the secondary indexes set aside for a load into empty tables: part of storing
    /// the rows, so the benchmark counts it there.
    func finishRows() throws {
        try deferredIndexes.restore(db)
    }

    /// Brings the search indexes up to date and records the import.
    func finish(_ log: ImportLogEntry, now: String) throws {
        try finishRows()
        try SearchIndexes.catchUp(changed: changedRowIDs, rowsBefore: rowsBefore, in: db)
        try db.execute(
            sql: """
                INSERT INTO imports(started_at, finished_at, user, file_name, file_sha256, format,
                    records_read, inserted, updated, unchanged, with_warnings, rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                log.startedAt.description, now, log.user, log.fileName, log.fileSHA256,
                log.format, log.recordsRead, log.inserted, log.updated, log.unchanged,
                log.withWarnings, log.rejected,
            ])
        try db.execute(sql: "DELETE FROM import_seen")
        try (audit ?? AuditWriter(db)).append(
            at: now, actor: actor, action: "import", object: "import \(importNumber)",
            after: [
                "file": log.fileName, "sha256": log.fileSHA256, "format": log.format,
                "read": String(log.recordsRead), "inserted": String(log.inserted),
                "updated": String(log.updated), "unchanged": String(log.unchanged),
                "with_warnings": String(log.withWarnings), "rejected": String(log.rejected),
                "written_sha256": writtenDigest.finalize().hex,
            ])
    }
}

/// The body of an import said not to keep it (a dry run, `--strict`, or an interruption).
private struct ImportRolledBack: Error {}

extension SQLiteStore {
    /// Runs an import in one write transaction. `body` feeds records to the session and
    /// returns the log entry to commit with, or nil to roll everything back.
    /// Returns whether the import was committed.
    @discardableResult
    public func importApplications(
        by actor: Actor, timing: BulkLoadTiming? = nil,
        _ body: (any ImportBatch) throws -> ImportLogEntry?
    ) throws -> Bool {
        do {
            try write { db in
                try Authorisation.require(.importApplications, actor, db)
                // A larger page cache for the length of the import keeps index pages from
                // being written to the log again and again; memory stays bounded by it.
                try db.execute(sql: "PRAGMA cache_size = -32768")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                let session = try ImportSession(
                    db, actor: actor.name, at: now(), audited: !(timing?.skipsRecordAudit ?? false))
                guard let log = try body(session) else { throw ImportRolledBack() }
                try session.finishRows()
                let rowsDone = DispatchTime.now().uptimeNanoseconds
                try session.finish(log, now: now())
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
