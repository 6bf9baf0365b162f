/// Erasure on a server (docs/data-protection.md, docs/server.md): one definer function that
/// rewrites what a purge touches across tables whose grants differ by role, in the caller's
/// transaction. What it cannot do is `VACUUM FULL` (not allowed inside a function or a
/// transaction): it records that the touched tables wait for one (`ServerErasure`).
/// Run after the grants; placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let purgePart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        -- `p_text` with each of `p_names` replaced by [erased], whatever its case, as a whole word
        -- (a surname "Li" leaves "policy"), as PurgeAttachedTexts.Identity.redacted does on SQLite.
        -- Run with the caller's rights, and granted to nobody: only purge_candidates calls it.
        CREATE FUNCTION purge_redact(p_text text, p_names text[]) RETURNS text
        LANGUAGE plpgsql STABLE SET search_path = shortlist, pg_temp AS $$
        DECLARE
            n text;
            redacted text := p_text;
        BEGIN
            FOREACH n IN ARRAY p_names LOOP
                n := btrim(n);
                CONTINUE WHEN n IS NULL OR n = '';
                -- Every character but letters, digits and spaces escaped: the name is matched as
                -- written, never as a pattern.
                redacted := regexp_replace(redacted,
                    '(?<![[:alnum:]])' || regexp_replace(n, '([^[:alnum:][:space:]])', '\\\1', 'g')
                        || '(?![[:alnum:]])',
                    '[erased]', 'gi');
            END LOOP;
            RETURN redacted;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION purge_redact(text, text[]) FROM PUBLIC;

        \#(purgeCandidatesFunction)

        -- The same for every application submitted before `p_epoch` (retention).
        CREATE FUNCTION purge_submitted_before(p_epoch bigint, p_reason text) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_role() IS DISTINCT FROM 'secretary' THEN
                RAISE EXCEPTION '% is not the secretary: only the secretary erases candidates'' personal data', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN purge_candidates(ARRAY(SELECT application_id FROM candidates
                WHERE submitted_epoch < p_epoch AND purged_at IS NULL ORDER BY id), p_reason);
        END
        $$;
        REVOKE EXECUTE ON FUNCTION purge_submitted_before(bigint, text) FROM PUBLIC;

        GRANT EXECUTE ON FUNCTION purge_candidates(text[], text), purge_submitted_before(bigint, text)
            TO {{secretary}};

        RESET ROLE;
        """#
}

extension ServerSetupScript {
    /// `purge_candidates`, in the setup and in the upgrade to schema 2 (whose texts' vector is
    /// no longer the server's to recompute, so the erasure clears it itself): replaced, so
    /// that its grants stay.
    static let purgeCandidatesFunction = #"""
        -- Erases the personal data of the named applications and every free text attached to them
        -- (SQLiteStore.purge and PurgeAttachedTexts): the secretary's alone. The row stays with its
        -- application id, its invitation, cards and marks (pseudonymous; a final ranking rests on
        -- them); the trail keeps its digests, the values behind them are cleared, so the chain
        -- still verifies. One entry `candidate.purge` per candidate, its reason with the
        -- candidate's identity replaced by [erased]. Returns how many candidates were erased
        -- (an application already erased is skipped).
        CREATE OR REPLACE FUNCTION purge_candidates(p_application_ids text[], p_reason text) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            v_actor text := my_name();
            v_at text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            app text;
            c candidates;
            v_identity text[];
            needles text[] := '{}';
            every_name text[] := '{}';
            redacted text;
            v_salt bytea;
            v_digest text;
            erased integer := 0;
        BEGIN
            IF my_role() IS DISTINCT FROM 'secretary' THEN
                RAISE EXCEPTION '% is not the secretary: only the secretary erases candidates'' personal data', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF p_reason IS NULL OR p_reason ~ '^[[:space:]]*$' THEN
                RAISE EXCEPTION 'erasing personal data needs a reason (--reason)' USING ERRCODE = 'check_violation';
            END IF;
            FOREACH app IN ARRAY COALESCE(p_application_ids, '{}') LOOP
                SELECT * INTO c FROM candidates WHERE application_id = app FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no application % in this database', app USING ERRCODE = 'no_data_found';
                END IF;
                CONTINUE WHEN c.purged_at IS NOT NULL;
                -- Longest first, as on SQLite: the full name before its parts.
                v_identity := ARRAY[c.email, c.cast_registration_id, c.given_names || ' ' || c.surname,
                    c.surname, c.given_names];
                -- What a text about someone else would hold if it named this candidate too; shorter
                -- words ("Li") would match inside unrelated ones.
                needles := ARRAY(SELECT lower(btrim(x)) FROM unnest(ARRAY[c.surname, c.given_names,
                    c.given_names || ' ' || c.surname, c.email, c.cast_registration_id]) x
                    WHERE char_length(btrim(COALESCE(x, ''))) >= 4);
                every_name := every_name || needles;

                -- Reasons keep their row (the decision stands), not their words.
                UPDATE overrides SET reason = '[erased]' WHERE candidate_id = c.id;
                UPDATE conflicts SET reason = '[erased]' WHERE candidate_id = c.id;
                UPDATE excusals SET reason = '[erased]' WHERE candidate_id = c.id;
                DELETE FROM screening_notes WHERE candidate_id = c.id;
                UPDATE scorecard_marks SET comment = '' WHERE candidate_id = c.id;
                UPDATE scorecards SET note = '' WHERE candidate_id = c.id;
                -- A saved filter that names the candidate cannot be redacted and still mean what it
                -- meant: it goes.
                DELETE FROM saved_filters f WHERE EXISTS (SELECT 1 FROM unnest(needles || lower(app)) n
                    WHERE strpos(lower(f.name || ' ' || f.expression), n) > 0);
                -- The values behind the trail's digests about the candidate: cleared, with when and
                -- by whom. Marks stay (pseudonymous; the ranking rests on them).
                UPDATE audit_values SET value = NULL, salt = NULL, erased_at = v_at, erased_by = v_actor
                WHERE object = app AND kind IN ('reason', 'text') AND value IS NOT NULL;
                -- The texts attached to other candidates keep their words, but not this one's name.
                UPDATE overrides SET reason = purge_redact(reason, v_identity) WHERE reason <> purge_redact(reason, v_identity);
                UPDATE conflicts SET reason = purge_redact(reason, v_identity) WHERE reason <> purge_redact(reason, v_identity);
                UPDATE excusals SET reason = purge_redact(reason, v_identity) WHERE reason <> purge_redact(reason, v_identity);
                UPDATE screening_notes SET note = purge_redact(note, v_identity) WHERE note <> purge_redact(note, v_identity);
                UPDATE scorecard_marks SET comment = purge_redact(comment, v_identity) WHERE comment <> purge_redact(comment, v_identity);
                UPDATE scorecards SET note = purge_redact(note, v_identity) WHERE note <> purge_redact(note, v_identity);
                -- Notes about the candidate are personal data too: every version, and the tags.
                DELETE FROM note_supersedes WHERE version_id IN (
                    SELECT version_id FROM note_versions WHERE application_id = app);
                DELETE FROM note_versions WHERE application_id = app;
                DELETE FROM note_tags WHERE application_id = app;
                UPDATE candidates SET
                    cast_registration_id = NULL, surname = '[erased]', given_names = '',
                    nationalities = NULL, email = NULL, date_of_birth = NULL, submitted_at = NULL,
                    submitted_epoch = NULL, function_group = NULL, cast_profile = NULL,
                    cast_status = NULL, education_level = NULL, education_years = NULL,
                    degree_field = NULL, diploma_recognised = NULL, languages = NULL,
                    military_service = NULL, years_experience = NULL, current_employer = NULL,
                    invalid_fields = NULL, name_key = '', name_search = '', name_latin = '',
                    fingerprint = 0, purged_at = v_at
                WHERE id = c.id;
                UPDATE candidate_texts SET cv_text = '', motivation = '', text_vector = '' WHERE candidate_id = c.id;

                -- The reason is kept (an erasure must be accountable) without the identity it was
                -- asked for, as a salted digest with its value beside the chain.
                redacted := purge_redact(p_reason, v_identity);
                v_salt := gen_random_bytes(16);
                v_digest := 'hmac-sha256:' || encode(hmac(convert_to(redacted, 'UTF8'), v_salt, 'sha256'), 'hex');
                PERFORM audit_append('candidate.purge', app,
                    '{"sha256":' || to_json(COALESCE(c.content_sha256, 'unknown'))::text || '}',
                    '{"erased":"yes","reason":"' || v_digest || '"}',
                    jsonb_build_array(jsonb_build_object('side', 'after', 'key', 'reason', 'kind', 'reason',
                        'sealed', false, 'salt', encode(v_salt, 'hex'), 'value', redacted)));
                erased := erased + 1;
            END LOOP;
            -- Texts recorded about something else that name one of them (a conflict reason about a
            -- relative, a ranking's reopening): one pass over the trail's stored texts.
            IF cardinality(every_name) > 0 THEN
                UPDATE audit_values v SET value = NULL, salt = NULL, erased_at = v_at, erased_by = v_actor
                WHERE v.kind IN ('reason', 'text') AND v.value IS NOT NULL
                    AND EXISTS (SELECT 1 FROM unnest(every_name) n WHERE strpos(lower(v.value), n) > 0);
            END IF;
            -- The old versions of the rewritten rows stay in the tables' pages until VACUUM FULL
            -- rewrites them, which no function may run: recorded for the administrator. The
            -- planner's statistics (pg_stats, which every role reads for the columns it may read)
            -- may hold the erased values as common values or histogram bounds: sampled afresh now,
            -- from the rows as they are.
            IF erased > 0 THEN
                ANALYZE candidates, candidate_texts, overrides, conflicts, excusals, screening_notes,
                    scorecard_marks, scorecards, saved_filters, audit_values, note_versions,
                    note_supersedes, note_tags;
                INSERT INTO meta (key, value) VALUES ('erasure_vacuum_pending', v_at)
                ON CONFLICT (key) DO NOTHING;
                -- VACUUM FULL keeps the old versions for any transaction older than this one.
                INSERT INTO meta (key, value) VALUES ('erasure_vacuum_xid', pg_current_xact_id()::text)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            END IF;
            RETURN erased;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION purge_candidates(text[], text) FROM PUBLIC;
        """#
}
