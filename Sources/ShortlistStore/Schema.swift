import GRDB
import ShortlistCore

/// The database schema as a list of named migrations. A shipped migration is never edited:
/// changes come as new migrations appended here.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-candidates") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    ) WITHOUT ROWID;

                    CREATE TABLE candidates (
                        id INTEGER PRIMARY KEY,
                        application_id TEXT NOT NULL UNIQUE,
                        cast_registration_id TEXT,
                        surname TEXT NOT NULL,
                        given_names TEXT NOT NULL,
                        nationalities TEXT,
                        email TEXT,
                        date_of_birth TEXT,
                        submitted_at TEXT,
                        submitted_epoch INTEGER,
                        function_group INTEGER,
                        cast_profile TEXT,
                        cast_status TEXT,
                        education_level INTEGER,
                        education_years INTEGER,
                        degree_field TEXT,
                        diploma_recognised INTEGER,
                        languages TEXT,
                        military_service TEXT,
                        years_experience REAL,
                        current_employer TEXT,
                        -- JSON object: column name -> raw text of a value that failed validation
                        invalid_fields TEXT,
                        -- folded surname and given names: sort order and search, computed on write
                        name_key TEXT NOT NULL,
                        name_search TEXT NOT NULL,
                        -- digest of the application as imported: a re-import compares it
                        fingerprint INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX candidates_by_name ON candidates(name_key, id);

                    -- Long texts apart: list scans never read them.
                    CREATE TABLE candidate_texts (
                        candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
                        cv_text TEXT NOT NULL,
                        motivation TEXT NOT NULL
                    );

                    -- One row per import: what came in, from which file, by whom.
                    CREATE TABLE imports (
                        id INTEGER PRIMARY KEY,
                        started_at TEXT NOT NULL,
                        finished_at TEXT NOT NULL,
                        user TEXT NOT NULL,
                        file_name TEXT NOT NULL,
                        file_sha256 TEXT NOT NULL,
                        format TEXT NOT NULL,
                        records_read INTEGER NOT NULL,
                        inserted INTEGER NOT NULL,
                        updated INTEGER NOT NULL,
                        unchanged INTEGER NOT NULL,
                        with_warnings INTEGER NOT NULL,
                        rejected INTEGER NOT NULL
                    );

                    -- External-content indexes, kept in step by the store's writes (no triggers:
                    -- they cost ~40 µs a row during bulk loads).
                    CREATE VIRTUAL TABLE name_index USING fts5(
                        application_id, surname, given_names, name_search,
                        content='candidates', content_rowid='id',
                        tokenize='unicode61 remove_diacritics 2'
                    );
                    -- No per-document sizes (columnsize=0): results are ordered by the list,
                    -- never by relevance, and the sizes cost 12% of indexing.
                    CREATE VIRTUAL TABLE text_index USING fts5(
                        cv_text, motivation,
                        content='candidate_texts', content_rowid='candidate_id',
                        tokenize='unicode61 remove_diacritics 2', columnsize=0
                    );
                    -- Terms are gathered in memory up to 16 MB (not 1 MB) before a segment is
                    -- written: fewer segments to merge, which made indexing 100,000 CVs
                    -- take 2.5 s instead of 4.7 s.
                    INSERT INTO name_index(name_index, rank) VALUES('hashsize', 8388608);
                    INSERT INTO text_index(text_index, rank) VALUES('hashsize', 16777216);
                    """)
        }
        migrator.registerMigration("v2-panel-audit") { db in
            try db.execute(
                sql: """
                    -- The roster. Removal is recorded, not deleted: the audit trail names people.
                    CREATE TABLE panel (
                        name TEXT PRIMARY KEY,
                        display_name TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary', 'reviewer')),
                        login TEXT,
                        added_at TEXT NOT NULL,
                        removed_at TEXT
                    ) WITHOUT ROWID;

                    CREATE TABLE conflicts (
                        member TEXT NOT NULL REFERENCES panel(name),
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        reason TEXT NOT NULL,
                        declared_at TEXT NOT NULL,
                        declared_by TEXT NOT NULL,
                        PRIMARY KEY (member, candidate_id)
                    ) WITHOUT ROWID;

                    -- Append-only, hash-chained: each entry carries the SHA-256 of the previous
                    -- entry's hash and its own canonical content. No candidate's personal data:
                    -- application ids, and hashes of personal values.
                    CREATE TABLE audit (
                        seq INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        object TEXT,
                        before TEXT,
                        after TEXT,
                        prev_hash TEXT NOT NULL,
                        hash TEXT NOT NULL
                    );
                    CREATE INDEX audit_by_object ON audit(object);
                    CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                    CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

                    ALTER TABLE candidates ADD COLUMN purged_at TEXT;
                    -- SHA-256 of the application as imported, for the audit trail.
                    ALTER TABLE candidates ADD COLUMN content_sha256 TEXT;
                    -- The import that last wrote the record, and the line it came from.
                    ALTER TABLE candidates ADD COLUMN import_number INTEGER;
                    ALTER TABLE candidates ADD COLUMN import_line INTEGER;
                    """)
        }
        migrator.registerMigration("v3-profile-eligibility-screening") { db in
            try db.execute(
                sql: """
                    -- The call profile in force, as the TOML text it was read from.
                    CREATE TABLE call_profile (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        toml TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        reference TEXT NOT NULL,
                        locked_at TEXT,
                        locked_by TEXT
                    );
                    CREATE TABLE profile_criteria (
                        id TEXT PRIMARY KEY,
                        grp TEXT NOT NULL,
                        position INTEGER NOT NULL
                    ) WITHOUT ROWID;

                    -- Each rule's check as the data gave it, and the result that counts once the
                    -- chair's overrides are applied.
                    CREATE TABLE eligibility (
                        candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
                        nationality TEXT NOT NULL,
                        military TEXT NOT NULL,
                        education TEXT NOT NULL,
                        languages TEXT NOT NULL,
                        "cast" TEXT NOT NULL,
                        deadline TEXT NOT NULL,
                        reasons TEXT NOT NULL,
                        result TEXT NOT NULL
                    );
                    CREATE INDEX eligibility_by_result ON eligibility(result);

                    CREATE TABLE overrides (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        rule TEXT NOT NULL,
                        result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
                        reason TEXT NOT NULL,
                        decided_by TEXT NOT NULL,
                        decided_at TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, rule)
                    ) WITHOUT ROWID;

                    -- Keyword evidence per criterion: only criteria with at least one hit.
                    CREATE TABLE evidence (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        criterion TEXT NOT NULL,
                        hits INTEGER NOT NULL,
                        phrases TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, criterion)
                    ) WITHOUT ROWID;
                    CREATE INDEX evidence_by_criterion ON evidence(criterion, hits);

                    CREATE TABLE screening (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        member TEXT NOT NULL,
                        criterion TEXT NOT NULL,
                        mark TEXT NOT NULL CHECK (mark IN ('met', 'partly', 'not_met', 'unknown')),
                        marked_at TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, member, criterion)
                    ) WITHOUT ROWID;
                    CREATE TABLE screening_notes (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        member TEXT NOT NULL,
                        note TEXT NOT NULL,
                        written_at TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, member)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v4-scoring") { db in
            try db.execute(
                sql: """
                    -- What the profile says about marks, kept beside its TOML so that the store can
                    -- combine marks without reading TOML.
                    ALTER TABLE profile_criteria ADD COLUMN weight REAL NOT NULL DEFAULT 1;
                    ALTER TABLE profile_criteria ADD COLUMN pass_mark REAL;
                    CREATE TABLE profile_scoring (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        scale_minimum INTEGER NOT NULL,
                        scale_maximum INTEGER NOT NULL,
                        anchors TEXT NOT NULL,
                        overall_pass_mark REAL NOT NULL,
                        reserve_limit INTEGER,
                        divergence_threshold REAL NOT NULL,
                        comment_at_ends INTEGER NOT NULL
                    );

                    CREATE TABLE invitations (
                        candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
                        invited_by TEXT NOT NULL,
                        invited_at TEXT NOT NULL
                    );

                    -- One card per member per invited candidate: a draft until submitted.
                    CREATE TABLE scorecards (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        member TEXT NOT NULL,
                        note TEXT NOT NULL DEFAULT '',
                        updated_at TEXT NOT NULL,
                        submitted_at TEXT,
                        PRIMARY KEY (candidate_id, member)
                    ) WITHOUT ROWID;
                    CREATE TABLE scorecard_marks (
                        candidate_id INTEGER NOT NULL,
                        member TEXT NOT NULL,
                        criterion TEXT NOT NULL,
                        mark INTEGER NOT NULL,
                        comment TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (candidate_id, member, criterion),
                        FOREIGN KEY (candidate_id, member) REFERENCES scorecards(candidate_id, member) ON DELETE CASCADE
                    ) WITHOUT ROWID;

                    CREATE TABLE excusals (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        member TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        excused_by TEXT NOT NULL,
                        excused_at TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, member)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v5-notes") { db in
            try db.execute(
                sql: """
                    -- Notes as a grow-only set of versions (docs/offline-notes.md): a version is
                    -- never changed or removed, except by erasure of its candidate. Keyed by
                    -- application id, not row id, so that copies and bundles agree.
                    CREATE TABLE note_versions (
                        version_id TEXT PRIMARY KEY,
                        note_id TEXT NOT NULL,
                        counter INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        at TEXT NOT NULL,
                        application_id TEXT NOT NULL,
                        criterion TEXT,
                        -- NULL: a tombstone (the note was deleted)
                        text TEXT,
                        -- JSON arrays of strings, sorted
                        tags TEXT NOT NULL,
                        supersedes TEXT NOT NULL,
                        -- 1 when no version supersedes this one: kept by the store's writes
                        is_head INTEGER NOT NULL DEFAULT 1
                    ) WITHOUT ROWID;
                    CREATE INDEX note_versions_by_note ON note_versions(note_id);
                    CREATE INDEX note_versions_by_application ON note_versions(application_id, is_head);
                    CREATE INDEX note_versions_by_counter ON note_versions(counter);
                    CREATE INDEX note_versions_by_author ON note_versions(author, at);
                    -- Which version supersedes which: the edges of each note's history.
                    CREATE TABLE note_supersedes (
                        superseded TEXT NOT NULL,
                        version_id TEXT NOT NULL,
                        PRIMARY KEY (superseded, version_id)
                    ) WITHOUT ROWID;
                    -- The tags of every note's live heads, per candidate: what the list shows
                    -- and what a `tag:` filter can join.
                    CREATE TABLE note_tags (
                        application_id TEXT NOT NULL,
                        tag TEXT NOT NULL,
                        note_id TEXT NOT NULL,
                        PRIMARY KEY (application_id, tag, note_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX note_tags_by_tag ON note_tags(tag, application_id);
                    """)
        }
        migrator.registerMigration("v5-saved-filters") { db in
            try db.execute(
                sql: """
                    -- Filters the panel named, shared by everyone who opens the database.
                    CREATE TABLE saved_filters (
                        name TEXT PRIMARY KEY,
                        expression TEXT NOT NULL,
                        saved_by TEXT NOT NULL,
                        saved_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v6-name-latin-collation") { db in
            // Greek and Cyrillic names in Latin letters, searched beside the names themselves;
            // and the name sort key recomputed with the collation (punctuation ignored).
            try db.execute(
                sql: "ALTER TABLE candidates ADD COLUMN name_latin TEXT NOT NULL DEFAULT ''")
            let update = try db.makeStatement(
                sql: "UPDATE candidates SET name_key = ?, name_latin = ? WHERE id = ?")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, surname, given_names FROM candidates WHERE purged_at IS NULL")
            while let row = try rows.next() {
                let surname: String = row[1]
                let given: String = row[2]
                try update.execute(arguments: [
                    NameCollation.key(surname: surname, givenNames: given),
                    Transliteration.searchForms(surname + " " + given), row[0] as Int64,
                ])
            }
            try db.execute(
                sql: """
                    DROP TABLE name_index;
                    CREATE VIRTUAL TABLE name_index USING fts5(
                        application_id, surname, given_names, name_search, name_latin,
                        content='candidates', content_rowid='id',
                        tokenize='unicode61 remove_diacritics 2'
                    );
                    INSERT INTO name_index(name_index, rank) VALUES('hashsize', 8388608);
                    INSERT INTO name_index(name_index) VALUES('rebuild');
                    -- The sorts people pick most, as index walks (ties in application-id order).
                    CREATE INDEX candidates_by_experience ON candidates(years_experience, application_id);
                    CREATE INDEX candidates_by_submission ON candidates(submitted_epoch, application_id);
                    """)
        }
        migrator.registerMigration("v7-ranking-finalisation-digest") { db in
            try db.execute(
                sql: """
                    -- The final ranking: who finalised it, when, and what it was. A ranking
                    -- shown as final is checked against `digest`, the SHA-256 of `canonical`
                    -- (RankingDigest: ids, ranks, totals, means, passed, reserve; no names).
                    -- NULL for a ranking finalised before digests were kept.
                    CREATE TABLE ranking_finalisation (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        finalised_at TEXT NOT NULL,
                        finalised_by TEXT NOT NULL,
                        digest TEXT,
                        canonical TEXT
                    );
                    INSERT INTO ranking_finalisation(id, finalised_at, finalised_by)
                        SELECT 1, a.value, b.value FROM meta a, meta b
                        WHERE a.key = 'ranking_finalised_at' AND b.key = 'ranking_finalised_by';
                    DELETE FROM meta WHERE key IN ('ranking_finalised_at', 'ranking_finalised_by');
                    """)
        }
        migrator.registerMigration("v8-note-copy-keys") { db in
            try db.execute(
                sql: """
                    -- The copies this database issued (`notes checkout`): whose each is and the
                    -- public half of its Ed25519 key, which a merged bundle's signature must match.
                    CREATE TABLE note_copies (
                        copy_id TEXT PRIMARY KEY,
                        owner TEXT NOT NULL,
                        public_key TEXT NOT NULL,
                        issued_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    -- In a copy only: its private key, which never leaves the copy's file.
                    CREATE TABLE note_copy_key (
                        copy_id TEXT PRIMARY KEY,
                        private_key TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration(AuditValues.migration) { db in
            try db.execute(
                sql: """
                    -- The values an audit entry commits to only through a salted digest
                    -- (HMAC-SHA-256 keyed by a 128-bit random salt): free text that may name a
                    -- candidate, and interview marks. The chain holds the digest, this ordinary
                    -- table the salt and the value, so that an erasure can clear both and leave
                    -- the chain verifiable. A sealed row (a scorecard's marks and comments) is
                    -- shown only to those who may see that card.
                    CREATE TABLE audit_values (
                        seq INTEGER NOT NULL,
                        side TEXT NOT NULL CHECK (side IN ('before', 'after')),
                        key TEXT NOT NULL,
                        -- the application id the entry is about: what a purge erases by
                        object TEXT,
                        -- 'reason' (a justification or a name: `audit log` shows it), 'text'
                        -- (notes, comments, expressions: the log shows only its digest), both
                        -- erased with their candidate; 'mark' (pseudonymous, kept: the ranking
                        -- rests on it)
                        kind TEXT NOT NULL CHECK (kind IN ('reason', 'text', 'mark')),
                        sealed INTEGER NOT NULL DEFAULT 0,
                        -- both NULL once erased
                        salt BLOB,
                        value TEXT,
                        erased_at TEXT,
                        erased_by TEXT,
                        PRIMARY KEY (seq, side, key)
                    ) WITHOUT ROWID;
                    CREATE INDEX audit_values_by_object ON audit_values(object);

                    -- The trail's length and head kept in a second place by every append:
                    -- deleting entries from the end (or all of them) no longer verifies.
                    CREATE TABLE audit_head (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        entries INTEGER NOT NULL,
                        hash TEXT NOT NULL
                    );
                    INSERT INTO audit_head(id, entries, hash)
                    SELECT 1, (SELECT count(*) FROM audit),
                        COALESCE((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '\(AuditChain.genesis)');
                    """)
        }
        migrator.registerMigration("v10-grid-adoption-declarations") { db in
            try db.execute(
                sql: """
                    -- The SHA-256 of the grid the panel adopted (GridDigest); NULL for a profile
                    -- locked before adoption was recorded with its digest.
                    ALTER TABLE call_profile ADD COLUMN grid_sha256 TEXT;
                    -- What each person on the roster declared before reading applications,
                    -- once per database: `confidentiality` (they keep the procedure
                    -- confidential) and `no_undeclared_conflict` (no conflict of interest
                    -- beyond those they declared).
                    CREATE TABLE declarations (
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('confidentiality', 'no_undeclared_conflict')),
                        declared_at TEXT NOT NULL,
                        PRIMARY KEY (name, kind)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration(InterviewSlots.migration) { db in
            try db.execute(
                sql: """
                    -- An invitation's interview slot (issue 19): the instant as given, with its
                    -- offset (`slot_at`, what letters show), the same as seconds since the
                    -- epoch (`slot_epoch`: clashes and the schedule's order), the place or
                    -- video link, and the languages (`EN,FR`). All NULL until a slot is set.
                    ALTER TABLE invitations ADD COLUMN slot_at TEXT;
                    ALTER TABLE invitations ADD COLUMN slot_epoch INTEGER;
                    ALTER TABLE invitations ADD COLUMN slot_place TEXT;
                    ALTER TABLE invitations ADD COLUMN slot_languages TEXT;
                    CREATE INDEX invitations_by_slot ON invitations(slot_epoch);
                    """)
        }
        migrator.registerMigration(InvitationOutcomes.migration) { db in
            try db.execute(
                sql: """
                    -- A no-show or a withdrawal (issue 19): the candidate stays invited (the report
                    -- lists them with the reason) but leaves the expected cards and the ranking.
                    -- The reason is erasable text: the audit chain holds only its digest.
                    ALTER TABLE invitations ADD COLUMN outcome TEXT
                        CHECK (outcome IN ('no_show', 'withdrawn'));
                    ALTER TABLE invitations ADD COLUMN outcome_reason TEXT;
                    ALTER TABLE invitations ADD COLUMN outcome_by TEXT;
                    ALTER TABLE invitations ADD COLUMN outcome_at TEXT;
                    """)
        }
        migrator.registerMigration(LetterTemplates.migration) { db in
            try db.execute(
                sql: """
                    -- The invitation letter's text as the secretary edited it (issue 19); no row
                    -- means the built-in text. Not part of the adopted grid: it may change after
                    -- adoption, each change audited (the chain holds the text's digest).
                    CREATE TABLE letter_template (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        text TEXT NOT NULL,
                        changed_by TEXT NOT NULL,
                        changed_at TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration(RecruitmentChecklists.migration) { db in
            try db.execute(
                sql: """
                    -- The recruitment checklist per invited candidate (issue 19): each item met or
                    -- not, by whom and when. Not frozen by the final ranking.
                    CREATE TABLE recruitment_checks (
                        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                        item TEXT NOT NULL,
                        met INTEGER NOT NULL,
                        recorded_by TEXT NOT NULL,
                        recorded_at TEXT NOT NULL,
                        PRIMARY KEY (candidate_id, item)
                    ) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
