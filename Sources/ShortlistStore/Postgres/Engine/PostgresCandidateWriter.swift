#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO
    import ShortlistCore

    /// New candidates for a server, sent a few thousand at a time with `COPY … FROM STDIN`
    /// (the candidates, their texts, their eligibility and evidence rows): one stream per table
    /// and batch, with no statement to parse and no value to bind. Row ids are the store's (the
    /// server's table has no sequence), taken after locking the table against other writers.
    /// A full batch is sent while the caller goes on preparing the next one (the server's
    /// indexing and this process's reading overlap); `settle()` waits for it, and must come
    /// before anything else uses the session.
    final class PostgresCandidateWriter {
        /// Enough rows that a COPY's round trip is nothing beside its data, few enough that a
        /// batch's texts (a few kilobytes a candidate) stay a few megabytes.
        static let batchSize = 2000

        private let session: PostgresSession
        private var nextID: Int64
        private var pending:
            [(id: Int64, prepared: PreparedCandidate, importNumber: Int?, line: Int?)] = []
        /// The batch the server is still taking, if any.
        private var sending: PostgresCopyOutcome?
        /// Whether the server dropped the texts' index and the references for this load (the
        /// panel was empty): `finish()` has them made again before the commit.
        let deferredIndexes: Bool

        init(_ session: PostgresSession) throws {
            self.session = session
            // Another writer's rows would take the same ids: readers go on, writers wait.
            try session.execute("LOCK TABLE candidates IN SHARE ROW EXCLUSIVE MODE")
            nextID =
                (try session.value("SELECT COALESCE(max(id), 0) FROM candidates", as: Int64.self)
                    ?? 0) + 1
            // Into an empty panel, building them once after the rows takes about 70 % of the
            // server's time of keeping them as rows arrive (docs/performance.md).
            deferredIndexes =
                try nextID == 1
                && session.value("SELECT shortlist.defer_load_indexes()", as: Bool.self) == true
        }

        /// Queues a candidate and returns the id its row will have.
        @discardableResult
        func add(_ prepared: PreparedCandidate, line: Int? = nil, importNumber: Int? = nil)
            throws -> Int64
        {
            let id = nextID
            nextID += 1
            pending.append((id, prepared, importNumber, line))
            if pending.count >= Self.batchSize { try send() }
            return id
        }

        /// Writes everything queued and waits until the server has it.
        func flush() throws {
            try send()
            try settle()
        }

        /// Writes everything queued and, when this load dropped them, has the server build the
        /// indexes and check the references again: the last call before the transaction ends.
        func finish() throws {
            try flush()
            if deferredIndexes { try session.execute("SELECT shortlist.restore_after_load()") }
        }

        /// Waits for the batch being sent, and says its failure.
        func settle() throws {
            guard let batch = sending else { return }
            sending = nil
            if let error = batch.wait() { throw PostgresStore.failure(error, at: session.location) }
        }

        deinit {
            // Thrown out midway (a refusal, a cancellation): the rollback that follows must
            // find the connection done with the COPY. Its failure no longer matters.
            _ = sending?.wait()
        }

        static let candidateColumns =
            ["id"]
            + PostgresCandidateColumns.valueColumns.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            } + ["import_number", "import_line"]

        static let eligibilityColumns = [
            "candidate_id", "nationality", "military", "education", "languages", "cast",
            "deadline", "reasons", "result",
        ]

        /// Sends what is queued as one batch, once the batch before it is in.
        private func send() throws {
            guard !pending.isEmpty else { return }
            defer { pending.removeAll(keepingCapacity: true) }
            var candidates = PostgresCopyRows()
            var ids: [Int64] = []
            var cvs: [String] = []
            var motivations: [String] = []
            var eligibility = PostgresCopyRows()
            var evidence = PostgresCopyRows()
            // The search vectors are most of a batch's work: folded on every core.
            let vectors = PostgresTextVector.binaries(
                pending.map { ($0.prepared.cvText, $0.prepared.motivation) })
            for row in pending {
                candidates.add(row.id)
                let values = CandidateColumns.columnValues(
                    row.prepared.candidate, fingerprint: row.prepared.fingerprint,
                    contentSHA256: row.prepared.contentSHA256)
                for (value, type) in zip(values, PostgresCandidateColumns.valueTypes) {
                    candidates.add(column: value, as: type)
                }
                candidates.add(row.importNumber.map(Int64.init))
                candidates.add(row.line.map(Int64.init))
                candidates.endRow()

                ids.append(row.id)
                cvs.append(row.prepared.cvText)
                motivations.append(row.prepared.motivation)

                // A new row has no overrides yet: its result is the computed one.
                guard let assessment = row.prepared.assessmentRows else { continue }
                eligibility.add(row.id)
                for result in assessment.results { eligibility.add(result) }
                eligibility.add(assessment.reasonsJSON)
                eligibility.add(assessment.computed.rawValue)
                eligibility.endRow()
                for item in assessment.evidence {
                    evidence.add(row.id)
                    evidence.add(item.criterion)
                    evidence.add(Int64(item.hits))
                    evidence.add(item.phrasesJSON)
                    evidence.endRow()
                }
            }
            try settle()
            // The texts as one statement of arrays rather than a COPY: COPY speaks only the
            // text format, and the vectors' binary form is read in half the time.
            let texts: PostgresQuery = """
                INSERT INTO candidate_texts (candidate_id, cv_text, motivation, text_vector)
                SELECT * FROM unnest(\(ids)::bigint[], \(cvs)::text[], \(motivations)::text[],
                    \(vectors)::tsvector[])
                """
            sending = session.copyInBackground(
                [
                    (candidates, "candidates", Self.candidateColumns),
                    (eligibility, "eligibility", Self.eligibilityColumns),
                    (evidence, "evidence", ["candidate_id", "criterion", "hits", "phrases"]),
                ], then: [texts])
        }
    }

    extension PostgresCopyRows {
        /// A column value as COPY's text format spells it for a column of `type`: SQLite's
        /// integers for flags become booleans.
        mutating func add(
            column value: (any DatabaseValueConvertible)?,
            as type: PostgresCandidateColumns.ColumnType
        ) {
            switch (value?.databaseValue.storage ?? .null, type) {
            case (.null, _), (.blob, _): add(nil as String?)
            case (.int64(let n), .boolean): add(n != 0 ? "t" : "f")
            case (.int64(let n), _): add(n)
            case (.double(let d), _): add("\(d)")
            case (.string(let s), _): add(s)
            }
        }
    }
#endif
