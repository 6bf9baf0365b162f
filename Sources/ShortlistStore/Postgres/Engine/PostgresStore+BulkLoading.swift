#if Postgres
    import Foundation
    import ShortlistCore

    /// BulkLoading on PostgreSQL: one transaction a load, so a refusal or a cancellation
    /// midway leaves nothing; the server's grants let only the secretary write applications.
    extension PostgresStore: BulkLoading {
        @discardableResult
        public func insertCandidates(
            _ candidates: some Sequence<Candidate>, by actor: Actor, progress: ((Int) -> Bool)?
        ) throws -> Int {
            try insertCandidates(
                candidates.lazy.map { PreparedCandidate($0) }, by: actor, progress: progress,
                timing: nil)
        }

        @discardableResult
        public func insertCandidates(
            _ candidates: some Sequence<PreparedCandidate>, by actor: Actor,
            progress: ((Int) -> Bool)?, timing: BulkLoadTiming?
        ) throws -> Int {
            let count = try transaction { session in
                try authorise(.importApplications, actor, in: session)
                try session.useBulkLoadSettings()
                let writer = try PostgresCandidateWriter(session)
                var count = 0
                for prepared in candidates {
                    try writer.add(prepared)
                    count += 1
                    if count % 1000 == 0, progress?(count) == false { throw LoadCancelled() }
                }
                try writer.flush()
                let rowsDone = DispatchTime.now().uptimeNanoseconds
                // The server indexes as rows arrive, or, into an empty panel, after them.
                try writer.finish()
                timing?.record(rowsDone: rowsDone, indexDone: DispatchTime.now().uptimeNanoseconds)
                // One entry for the whole load, as on SQLite.
                try PostgresAuditAppend(session).append(
                    action: "candidates.load", after: ["count": String(count)])
                return count
            }
            try settleAfterLoad()
            return count
        }

        @discardableResult
        public func importApplications(
            by actor: Actor, timing: BulkLoadTiming?,
            _ body: (any ImportBatch) throws -> ImportLogEntry?
        ) throws -> Bool {
            do {
                try transaction { session in
                    try authorise(.importApplications, actor, in: session)
                    try session.useBulkLoadSettings()
                    let batch = try PostgresImportSession(
                        session, audited: !(timing?.skipsRecordAudit ?? false))
                    guard let log = try body(batch) else { throw ServerImportRolledBack() }
                    let rowsDone = DispatchTime.now().uptimeNanoseconds
                    try batch.finish(log, now: now())
                    timing?.record(
                        rowsDone: rowsDone, indexDone: DispatchTime.now().uptimeNanoseconds)
                }
                try settleAfterLoad()
                timing?.recordCommit(DispatchTime.now().uptimeNanoseconds)
                return true
            } catch is ServerImportRolledBack {
                return false
            }
        }

        public func importLog() throws -> [ImportLogEntry] {
            try withSession { session in
                try session.rows(
                    """
                    SELECT started_at, "user", file_name, file_sha256, format, records_read, inserted,
                        updated, unchanged, with_warnings, rejected
                    FROM imports ORDER BY id
                    """
                ).map { row in
                    let (
                        started, user, file, sha, format, read, inserted, updated, unchanged,
                        warned, rejected
                    ) =
                        try row.decode(
                            (String, String, String, String, String, Int, Int, Int, Int, Int, Int)
                                .self)
                    return ImportLogEntry(
                        startedAt: Timestamp(iso: started) ?? Timestamp(secondsSinceEpoch: 0),
                        user: user, fileName: file, fileSHA256: sha, format: format,
                        recordsRead: read, inserted: inserted, updated: updated,
                        unchanged: unchanged, withWarnings: warned, rejected: rejected)
                }
            }
        }
    }

    /// The body of an import said not to keep it (a dry run, `--strict`, an interruption).
    private struct ServerImportRolledBack: Error {}
#endif
