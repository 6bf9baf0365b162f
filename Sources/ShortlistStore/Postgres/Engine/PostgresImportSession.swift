#if Postgres
    import Crypto
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// `ImportSession` on a server, inside the import's one transaction. The stored ids are
    /// read once into memory (the secretary cannot index the server's table by folded id), so
    /// that each record's checks cost no round trip; new rows go out in batches.
    final class PostgresImportSession: ImportBatch {
        private struct Stored {
            var applicationID: String
            var rowID: Int64
            var fingerprint: Int64
            var castRegistrationID: String?
            var importNumber: Int?
            var line: Int?
        }

        private let session: PostgresSession
        private let writer: PostgresCandidateWriter
        private let audit: PostgresAuditAppend
        private let auditsRecords: Bool
        /// Stored and written ids by their ASCII-folded form (SQLite's NOCASE).
        private var byFoldedID: [String: Stored] = [:]
        /// The line of each id this import has seen.
        private var seen: [String: Int] = [:]
        private let frozenBy: (at: String, by: String)?
        private var writtenDigest = SHA256()
        let importNumber: Int

        init(_ session: PostgresSession, audited: Bool) throws {
            self.session = session
            writer = try PostgresCandidateWriter(session)
            audit = PostgresAuditAppend(session)
            auditsRecords = audited
            importNumber =
                (try session.value("SELECT COALESCE(max(id), 0) FROM imports", as: Int64.self).map(
                    Int.init) ?? 0) + 1
            for row in try session.rows(
                "SELECT application_id, id, fingerprint, cast_registration_id, import_number, import_line FROM candidates ORDER BY id"
            ) {
                let (id, rowID, fingerprint, cast, number, line) = try row.decode(
                    (String, Int64, Int64, String?, Int?, Int?).self)
                let folded = Self.folded(id)
                if byFoldedID[folded] == nil {
                    byFoldedID[folded] = Stored(
                        applicationID: id, rowID: rowID, fingerprint: fingerprint,
                        castRegistrationID: cast, importNumber: number, line: line)
                }
            }
            frozenBy = try session.rows(
                "SELECT finalised_at, finalised_by FROM ranking_finalisation"
            ).first.map { try $0.decode((String, String).self) }
        }

        /// SQLite's NOCASE: ASCII letters only.
        static func folded(_ id: String) -> String {
            String(
                String.UnicodeScalarView(
                    id.unicodeScalars.map { scalar in
                        ("A"..."Z").contains(scalar)
                            ? Unicode.Scalar(scalar.value + 32)! : scalar
                    }))
        }

        func apply(_ prepared: PreparedCandidate, line: Int) throws -> ImportOutcome {
            let id = prepared.applicationID.rawValue
            let folded = Self.folded(id)
            let stored = byFoldedID[folded]
            if let other = stored, other.applicationID != id {
                let place =
                    other.importNumber == importNumber
                    ? "“\(other.applicationID)” at line \(other.line ?? 0) of this file"
                    : "the stored application “\(other.applicationID)”"
                return .refused(
                    field: .applicationID,
                    reason:
                        "“\(id)” differs only in case from \(place); ids that differ only in case are the same id"
                )
            }
            if let first = seen[id] { return .duplicate(firstLine: first) }
            seen[id] = line
            guard let existing = stored else {
                let rowID = try writer.add(prepared, line: line, importNumber: importNumber)
                byFoldedID[folded] = Stored(
                    applicationID: id, rowID: rowID,
                    fingerprint: Int64(bitPattern: prepared.fingerprint),
                    castRegistrationID: prepared.candidate.castRegistrationID,
                    importNumber: importNumber, line: line)
                record(prepared)
                return .inserted
            }
            if existing.fingerprint == Int64(bitPattern: prepared.fingerprint) { return .unchanged }
            // The same id with another CAST registration is another person: updating would
            // put their data in place of a candidate the panel may already have scored.
            if let storedCAST = existing.castRegistrationID,
                storedCAST != prepared.candidate.castRegistrationID
            {
                seen[id] = nil
                return .refused(
                    field: .castRegistrationID,
                    reason:
                        "is “\(prepared.candidate.castRegistrationID ?? "")” but application \(id) is stored with CAST registration “\(storedCAST)”: a different person, not an update (nothing of this record was imported)"
                )
            }
            // What follows asks the server: the batch being sent must be in first.
            try writer.settle()
            if let final = frozenBy {
                throw StoreError.invalid(
                    "line \(line): \(id) differs from the stored application, but the ranking was finalised by "
                        + "\(final.by) at \(final.at), so applications can no longer change; nothing was imported "
                        + "(the chair may reopen it: `shortlist rank reopen --reason …`)")
            }
            if auditsRecords {
                // Which fields changed, and hashes of the versions: never the values.
                let old = try session.rows(
                    "\(unescaped: PostgresCandidateColumns.candidateSelect) WHERE c.id = \(existing.rowID)"
                ).first.map(PostgresCandidateColumns.candidate)
                let oldHash =
                    try session.value(
                        "SELECT content_sha256 FROM candidates WHERE id = \(existing.rowID)",
                        as: String?.self) ?? nil
                let changed = old.map {
                    prepared.candidate.changedFields(from: $0).map(\.rawValue).joined(
                        separator: ",")
                }
                try audit.append(
                    action: "candidate.update", object: id,
                    before: ["sha256": oldHash ?? "unknown"],
                    after: [
                        "sha256": prepared.contentSHA256, "changed": changed ?? "",
                        "import": String(importNumber),
                    ])
            }
            var bindings = PostgresBindings()
            PostgresCandidateColumns.bind(prepared, into: &bindings)
            bindings.append(Int32(clamping: importNumber))
            bindings.append(Int32(clamping: line))
            bindings.append(existing.rowID)
            let assignments =
                PostgresCandidateColumns.valueColumns
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                + ["import_number", "import_line"]
            try session.execute(
                PostgresQuery(
                    unsafeSQL: "UPDATE candidates SET "
                        + assignments.enumerated().map { "\($1) = $\($0 + 1)" }.joined(
                            separator: ", ")
                        + " WHERE id = $\(assignments.count + 1)",
                    binds: bindings))
            try session.execute(
                "UPDATE candidate_texts SET cv_text = \(prepared.cvText), motivation = \(prepared.motivation), text_vector = \(PostgresTextVector.text(cv: prepared.cvText, motivation: prepared.motivation))::tsvector WHERE candidate_id = \(existing.rowID)"
            )
            if let rows = prepared.assessmentRows {
                try PostgresAssessmentRows.write(rows, for: existing.rowID, isNew: false, session)
            }
            record(prepared)
            return .updated
        }

        /// New records are not audited one by one: the import's entry carries a digest over
        /// the ids and content hashes of everything it wrote, as on SQLite.
        private func record(_ prepared: PreparedCandidate) {
            var entry = "\(prepared.applicationID.rawValue)\u{0}\(prepared.contentSHA256)\n"
            entry.withUTF8 { writtenDigest.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }

        /// Writes what is still queued and records the import, with its trail entry.
        func finish(_ log: ImportLogEntry, now: String) throws {
            try writer.finish()
            try session.execute(
                """
                INSERT INTO imports (id, started_at, finished_at, "user", file_name, file_sha256, format,
                    records_read, inserted, updated, unchanged, with_warnings, rejected)
                VALUES (\(Int64(importNumber)), \(log.startedAt.description), \(now), \(log.user),
                    \(log.fileName), \(log.fileSHA256), \(log.format), \(Int32(clamping: log.recordsRead)),
                    \(Int32(clamping: log.inserted)), \(Int32(clamping: log.updated)),
                    \(Int32(clamping: log.unchanged)), \(Int32(clamping: log.withWarnings)),
                    \(Int32(clamping: log.rejected)))
                """)
            try audit.append(
                action: "import", object: "import \(importNumber)",
                after: [
                    "file": log.fileName, "sha256": log.fileSHA256, "format": log.format,
                    "read": String(log.recordsRead), "inserted": String(log.inserted),
                    "updated": String(log.updated), "unchanged": String(log.unchanged),
                    "with_warnings": String(log.withWarnings), "rejected": String(log.rejected),
                    "written_sha256": writtenDigest.finalize().hex,
                ])
        }
    }
#endif
