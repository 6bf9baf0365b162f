/// The tables of the SQLite schema at its latest migration, owned by the NOLOGIN owner role.
/// The FTS5 indexes become `tsvector` columns over the same folded and transliterated names;
/// flags are `boolean`; `name_key` sorts in the `C` collation, byte by byte as SQLite does.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let tablesPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        CREATE TABLE meta (
            key text PRIMARY KEY,
            value text NOT NULL
        );

        CREATE TABLE candidates (
            id bigint PRIMARY KEY,
            application_id text NOT NULL UNIQUE,
            cast_registration_id text,
            surname text NOT NULL,
            given_names text NOT NULL,
            nationalities text,
            email text,
            date_of_birth text,
            submitted_at text,
            submitted_epoch bigint,
            function_group integer,
            cast_profile text,
            cast_status text,
            education_level integer,
            education_years integer,
            degree_field text,
            diploma_recognised boolean,
            languages text,
            military_service text,
            years_experience double precision,
            current_employer text,
            invalid_fields text,
            -- the C collation: byte order of the folded key, as SQLite sorts it
            name_key text COLLATE "C" NOT NULL,
            name_search text NOT NULL,
            name_latin text NOT NULL DEFAULT '',
            fingerprint bigint NOT NULL DEFAULT 0,
            purged_at text,
            content_sha256 text,
            import_number integer,
            import_line integer,
            -- Full-text search over the folded and transliterated names (the store folds them)
            -- and the application id word by word, as FTS5 splits it: the parser would read
            -- "APP-0000001" as "app" and "-0000001", which no prefix query finds.
            name_vector tsvector GENERATED ALWAYS AS (
                to_tsvector('simple', regexp_replace(application_id, '[^[:alnum:]]+', ' ', 'g')
                    || ' ' || name_search || ' ' || name_latin)) STORED
        );
        CREATE INDEX candidates_by_name ON candidates (name_key, id);
        CREATE INDEX candidates_by_experience ON candidates (years_experience, application_id);
        CREATE INDEX candidates_by_submission ON candidates (submitted_epoch, application_id);
        CREATE INDEX candidates_by_name_vector ON candidates USING gin (name_vector);

        -- Lower case without diacritics ("Gdańsk" is found as "gdansk"), as SQLite's
        -- unicode61 tokenizer folds the texts. The store folds the texts' vectors and queries
        -- itself; this stays for administrators' own searches in psql.
        -- unaccent names its dictionary, so that the fold does not depend on search_path.
        CREATE FUNCTION search_fold(p text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT lower(shortlist.unaccent('shortlist.unaccent'::regdictionary, p))
        $$;

        CREATE TABLE candidate_texts (
            candidate_id bigint PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
            cv_text text NOT NULL,
            motivation text NOT NULL,
            -- Written by the store with the texts (PostgresTextVector), words cut and folded
            -- as SQLite's index does: computed here, it cost four times a bare COPY of the
            -- texts. No default: a writer that leaves it out is refused, not unsearchable.
            text_vector tsvector NOT NULL
        );
        CREATE INDEX candidate_texts_by_vector ON candidate_texts USING gin (text_vector);

        CREATE TABLE imports (
            id bigint PRIMARY KEY,
            started_at text NOT NULL,
            finished_at text NOT NULL,
            "user" text NOT NULL,
            file_name text NOT NULL,
            file_sha256 text NOT NULL,
            format text NOT NULL,
            records_read integer NOT NULL,
            inserted integer NOT NULL,
            updated integer NOT NULL,
            unchanged integer NOT NULL,
            with_warnings integer NOT NULL,
            rejected integer NOT NULL
        );

        CREATE TABLE panel (
            name text PRIMARY KEY,
            display_name text NOT NULL,
            role text NOT NULL CHECK (role IN ('chair', 'member', 'secretary', 'reviewer')),
            -- the database role this entry acts as (bind_login)
            login text,
            added_at text NOT NULL,
            removed_at text
        );
        -- One login, one roster entry.
        CREATE UNIQUE INDEX panel_one_entry_per_login ON panel (login) WHERE login IS NOT NULL;

        CREATE TABLE conflicts (
            member text NOT NULL REFERENCES panel (name),
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            reason text NOT NULL,
            declared_at text NOT NULL,
            declared_by text NOT NULL,
            PRIMARY KEY (member, candidate_id)
        );

        CREATE TABLE audit (
            seq bigint PRIMARY KEY,
            at text NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            object text,
            before text,
            after text,
            prev_hash text NOT NULL,
            hash text NOT NULL
        );
        CREATE INDEX audit_by_object ON audit (object);

        CREATE TABLE call_profile (
            id integer PRIMARY KEY CHECK (id = 1),
            toml text NOT NULL,
            sha256 text NOT NULL,
            reference text NOT NULL,
            locked_at text,
            locked_by text,
            grid_sha256 text
        );
        CREATE TABLE profile_criteria (
            id text PRIMARY KEY,
            grp text NOT NULL,
            position integer NOT NULL,
            weight double precision NOT NULL DEFAULT 1,
            pass_mark double precision
        );

        CREATE TABLE eligibility (
            candidate_id bigint PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
            nationality text NOT NULL,
            military text NOT NULL,
            education text NOT NULL,
            languages text NOT NULL,
            "cast" text NOT NULL,
            deadline text NOT NULL,
            reasons text NOT NULL,
            result text NOT NULL
        );
        CREATE INDEX eligibility_by_result ON eligibility (result);

        CREATE TABLE overrides (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            rule text NOT NULL,
            result text NOT NULL CHECK (result IN ('pass', 'fail')),
            reason text NOT NULL,
            decided_by text NOT NULL,
            decided_at text NOT NULL,
            PRIMARY KEY (candidate_id, rule)
        );

        CREATE TABLE evidence (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            criterion text NOT NULL,
            hits integer NOT NULL,
            phrases text NOT NULL,
            PRIMARY KEY (candidate_id, criterion)
        );
        CREATE INDEX evidence_by_criterion ON evidence (criterion, hits);

        CREATE TABLE screening (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            member text NOT NULL,
            criterion text NOT NULL,
            mark text NOT NULL CHECK (mark IN ('met', 'partly', 'not_met', 'unknown')),
            marked_at text NOT NULL,
            PRIMARY KEY (candidate_id, member, criterion)
        );
        CREATE TABLE screening_notes (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            member text NOT NULL,
            note text NOT NULL,
            written_at text NOT NULL,
            PRIMARY KEY (candidate_id, member)
        );

        CREATE TABLE profile_scoring (
            id integer PRIMARY KEY CHECK (id = 1),
            scale_minimum integer NOT NULL,
            scale_maximum integer NOT NULL,
            anchors text NOT NULL,
            overall_pass_mark double precision NOT NULL,
            reserve_limit integer,
            divergence_threshold double precision NOT NULL,
            comment_at_ends boolean NOT NULL
        );

        CREATE TABLE invitations (
            candidate_id bigint PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
            invited_by text NOT NULL,
            invited_at text NOT NULL,
            slot_at text,
            slot_epoch bigint,
            slot_place text,
            slot_languages text,
            outcome text CHECK (outcome IN ('no_show', 'withdrawn')),
            outcome_reason text,
            outcome_by text,
            outcome_at text
        );
        CREATE INDEX invitations_by_slot ON invitations (slot_epoch);

        CREATE TABLE scorecards (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            member text NOT NULL,
            note text NOT NULL DEFAULT '',
            updated_at text NOT NULL,
            submitted_at text,
            PRIMARY KEY (candidate_id, member)
        );
        CREATE TABLE scorecard_marks (
            candidate_id bigint NOT NULL,
            member text NOT NULL,
            criterion text NOT NULL,
            mark integer NOT NULL,
            comment text NOT NULL DEFAULT '',
            PRIMARY KEY (candidate_id, member, criterion),
            FOREIGN KEY (candidate_id, member) REFERENCES scorecards (candidate_id, member) ON DELETE CASCADE
        );

        CREATE TABLE excusals (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            member text NOT NULL,
            reason text NOT NULL,
            excused_by text NOT NULL,
            excused_at text NOT NULL,
            PRIMARY KEY (candidate_id, member)
        );

        CREATE TABLE note_versions (
            version_id text PRIMARY KEY,
            note_id text NOT NULL,
            counter integer NOT NULL,
            author text NOT NULL,
            at text NOT NULL,
            application_id text NOT NULL,
            criterion text,
            text text,
            tags text NOT NULL,
            supersedes text NOT NULL,
            is_head boolean NOT NULL DEFAULT true
        );
        CREATE INDEX note_versions_by_note ON note_versions (note_id);
        CREATE INDEX note_versions_by_application ON note_versions (application_id, is_head);
        CREATE INDEX note_versions_by_counter ON note_versions (counter);
        CREATE INDEX note_versions_by_author ON note_versions (author, at);
        CREATE TABLE note_supersedes (
            superseded text NOT NULL,
            version_id text NOT NULL,
            PRIMARY KEY (superseded, version_id)
        );
        CREATE TABLE note_tags (
            application_id text NOT NULL,
            tag text NOT NULL,
            note_id text NOT NULL,
            PRIMARY KEY (application_id, tag, note_id)
        );
        CREATE INDEX note_tags_by_tag ON note_tags (tag, application_id);

        CREATE TABLE saved_filters (
            name text PRIMARY KEY,
            expression text NOT NULL,
            saved_by text NOT NULL,
            saved_at text NOT NULL
        );

        CREATE TABLE ranking_finalisation (
            id integer PRIMARY KEY CHECK (id = 1),
            finalised_at text NOT NULL,
            finalised_by text NOT NULL,
            digest text,
            canonical text
        );

        CREATE TABLE note_copies (
            copy_id text PRIMARY KEY,
            owner text NOT NULL,
            public_key text NOT NULL,
            issued_at text NOT NULL
        );
        -- Only in an offline copy (a SQLite file): a server never holds a copy's private key, and
        -- no panel role may touch this table.
        CREATE TABLE note_copy_key (
            copy_id text PRIMARY KEY,
            private_key text NOT NULL
        );

        CREATE TABLE audit_values (
            seq bigint NOT NULL REFERENCES audit (seq),
            side text NOT NULL CHECK (side IN ('before', 'after')),
            key text NOT NULL,
            object text,
            kind text NOT NULL CHECK (kind IN ('reason', 'text', 'mark')),
            sealed boolean NOT NULL DEFAULT false,
            salt bytea,
            value text,
            erased_at text,
            erased_by text,
            PRIMARY KEY (seq, side, key)
        );
        CREATE INDEX audit_values_by_object ON audit_values (object);

        CREATE TABLE audit_head (
            id integer PRIMARY KEY CHECK (id = 1),
            entries bigint NOT NULL,
            hash text NOT NULL
        );
        INSERT INTO audit_head (id, entries, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

        CREATE TABLE declarations (
            name text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('confidentiality', 'no_undeclared_conflict')),
            declared_at text NOT NULL,
            PRIMARY KEY (name, kind)
        );

        CREATE TABLE letter_template (
            id integer PRIMARY KEY CHECK (id = 1),
            text text NOT NULL,
            changed_by text NOT NULL,
            changed_at text NOT NULL
        );

        CREATE TABLE recruitment_checks (
            candidate_id bigint NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            item text NOT NULL,
            met boolean NOT NULL,
            recorded_by text NOT NULL,
            recorded_at text NOT NULL,
            PRIMARY KEY (candidate_id, item)
        );

        INSERT INTO meta (key, value) VALUES ('server_schema', '{{server_schema}}');
        """#
}
