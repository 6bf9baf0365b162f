import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Erases the personal data of the candidates named (erasure on request): every field of
    /// their applications, from the tables, the full-text indexes and, after a checkpoint and
    /// a vacuum, from the file itself; and every free text attached to them (see
    /// `PurgeAttachedTexts`). The row stays, with its application id, so that pseudonymous
    /// marks and the audit trail (which commits to free text only through salted digests)
    /// stay valid. Returns how many candidates were erased.
    @discardableResult
    public func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws -> Int {
        try purge(reason: reason, by: actor) { db in
            try ids.map { try Self.rowID(of: $0, db) }
        }
    }

    /// The same for every candidate who submitted before `date` (retention).
    @discardableResult
    public func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor) throws
        -> Int
    {
        try purge(reason: reason, by: actor) { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT id FROM candidates WHERE submitted_epoch < ? AND purged_at IS NULL",
                arguments: [date.secondsSinceEpoch])
        }
    }

    private func purge(reason: String, by actor: Actor, rows: (Database) throws -> [Int64]) throws
        -> Int
    {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("erasing personal data needs a reason (--reason)")
        }
        let count = try write { db in
            try Authorisation.require(.purge, actor, db)
            try db.execute(sql: "PRAGMA secure_delete = ON")
            let audit = try AuditWriter(db)
            let at = now()
            var erased = 0
            var identities: [PurgeAttachedTexts.Identity] = []
            for rowID in try rows(db) {
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT application_id, content_sha256, purged_at, surname, given_names,
                                email, cast_registration_id
                            FROM candidates WHERE id = ?
                            """,
                        arguments: [rowID])
                else { continue }
                if (row[2] as String?) != nil { continue }
                let id: String = row[0]
                // The invitation, scorecards and marks stay, whether or not the ranking is
                // final: a finalised ranking is computed from them (its digest must still
                // match), and it shows the candidate as [erased].
                let identity = PurgeAttachedTexts.Identity(
                    applicationID: id, surname: row[3], givenNames: row[4], email: row[5],
                    castNumber: row[6])
                try PurgeAttachedTexts.erase(
                    candidate: rowID, identity, at: at, by: actor.name, db)
                identities.append(identity)
                try SearchIndexes.removeEntries(of: rowID, in: db)
                // Notes about the candidate are personal data too: erased with the record.
                try db.execute(
                    sql: """
                        DELETE FROM note_supersedes WHERE version_id IN (
                            SELECT version_id FROM note_versions WHERE application_id = ?);
                        DELETE FROM note_versions WHERE application_id = ?;
                        DELETE FROM note_tags WHERE application_id = ?;
                        """, arguments: [id, id, id])
                try db.execute(
                    sql: """
                        UPDATE candidates SET
                            cast_registration_id = NULL, surname = '[erased]', given_names = '',
                            nationalities = NULL, email = NULL, date_of_birth = NULL, submitted_at = NULL,
                            submitted_epoch = NULL, function_group = NULL, cast_profile = NULL,
                            cast_status = NULL, education_level = NULL, education_years = NULL,
                            degree_field = NULL, diploma_recognised = NULL, languages = NULL,
                            military_service = NULL, years_experience = NULL, current_employer = NULL,
                            invalid_fields = NULL, name_key = '', name_search = '', name_latin = '', fingerprint = 0,
                            purged_at = ?
                        WHERE id = ?
                        """, arguments: [at, rowID])
                try db.execute(
                    sql:
                        "UPDATE candidate_texts SET cv_text = '', motivation = '' WHERE candidate_id = ?",
                    arguments: [rowID])
                // The reason is kept (an erasure must be accountable) without the identity it
                // was asked for.
                try audit.append(
                    at: at, actor: actor.name, action: "candidate.purge", object: id,
                    before: ["sha256": (row[1] as String?) ?? "unknown"],
                    after: [
                        "erased": "yes", "reason": audit.digest(reason: identity.redacted(reason)),
                    ])
                erased += 1
            }
            try PurgeAttachedTexts.eraseMentions(of: identities, at: at, by: actor.name, db)
            // FTS5 keeps deleted terms in old segments until they are merged: a rebuild
            // leaves none of them in the index.
            if erased > 0 { try SearchIndexes.rebuild(db) }
            return erased
        }
        if count > 0 { try scrubFile() }
        return count
    }

    /// Writes the log back into the file and rebuilds the file, so that erased values
    /// survive neither in the write-ahead log nor in free pages.
    private func scrubFile() throws {
        try wrap {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }
}
