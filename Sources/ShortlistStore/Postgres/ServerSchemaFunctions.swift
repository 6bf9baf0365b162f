/// The SECURITY DEFINER functions behind sealing, the combined results and the audit trail.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let functionsPart = #"""
        -- Every function below runs with its owner's rights (SECURITY DEFINER): each pins its
        -- search_path, is executable by nobody unless granted, and decides who is asking from
        -- session_user, which SET ROLE cannot change.
        ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

        -- The roster entry of whoever is connected, when they are on the panel.
        CREATE FUNCTION my_name() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
            SELECT name FROM panel WHERE login = session_user AND removed_at IS NULL
        $$;

        CREATE FUNCTION my_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
            SELECT role FROM panel WHERE login = session_user AND removed_at IS NULL
        $$;

        -- Sealing (ShortlistCore's Sealing.cardVisible): one's own card always; another's only when
        -- it is submitted, the viewer is a scorer without a conflict for the candidate, and the
        -- viewer's own card for it is submitted. The secretary and reviewers see no card.
        CREATE FUNCTION card_visible(p_candidate bigint, p_author text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
            SELECT COALESCE((
                SELECT me.name = p_author OR (
                    me.role IN ('chair', 'member')
                    AND EXISTS (SELECT 1 FROM scorecards a WHERE a.candidate_id = p_candidate
                        AND a.member = p_author AND a.submitted_at IS NOT NULL)
                    AND EXISTS (SELECT 1 FROM scorecards o WHERE o.candidate_id = p_candidate
                        AND o.member = me.name AND o.submitted_at IS NOT NULL)
                    AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.candidate_id = p_candidate
                        AND c.member = me.name))
                FROM panel me WHERE me.login = session_user AND me.removed_at IS NULL), false)
        $$;

        -- The candidates whose submitted cards the connected person reads besides their own
        -- (card_visible's rule as a set): those for which they, a scorer, have submitted their own
        -- card and declared no conflict. The policies ask for it once per statement, where
        -- card_visible would run once per row (the ranking reads thousands of rows).
        CREATE FUNCTION cards_open_to_me() RETURNS SETOF bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
            SELECT o.candidate_id FROM scorecards o JOIN panel me ON me.name = o.member
            WHERE me.login = session_user AND me.removed_at IS NULL
                AND me.role IN ('chair', 'member') AND o.submitted_at IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.candidate_id = o.candidate_id
                    AND c.member = me.name)
        $$;

        -- A value behind an audit digest. Sealed ones (a card's marks and comments) as their card:
        -- a draft change to its author alone, a submission to whoever may see that card; the others
        -- (reasons and texts) to those who read the trail (chair, secretary) and to their author.
        CREATE FUNCTION audit_value_visible(p_seq bigint, p_sealed boolean) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
            SELECT COALESCE((
                SELECT me.name = a.actor OR CASE
                    WHEN p_sealed THEN a.action = 'score.submit' AND me.role IN ('chair', 'member')
                        AND card_visible(
                            (SELECT c.id FROM candidates c WHERE c.application_id = a.object), a.actor)
                    ELSE me.role IN ('chair', 'secretary')
                END
                FROM audit a, panel me
                WHERE a.seq = p_seq AND me.login = session_user AND me.removed_at IS NULL), false)
        $$;

        -- Who is expected to score each invited candidate, and who has submitted: the chair and the
        -- members still on the roster, less conflicts and excusals (ShortlistCore's ScoringState).
        -- Run with the caller's rights, and granted to nobody: only the functions below call it.
        CREATE FUNCTION scoring_states()
        RETURNS TABLE (candidate_id bigint, expected text[], submitted text[], conflicted text[])
        LANGUAGE sql STABLE SET search_path = shortlist, pg_temp AS $$
            SELECT i.candidate_id,
                ARRAY(SELECT p.name FROM panel p WHERE p.removed_at IS NULL
                    AND p.role IN ('chair', 'member')
                    AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.candidate_id = i.candidate_id AND c.member = p.name)
                    AND NOT EXISTS (SELECT 1 FROM excusals e WHERE e.candidate_id = i.candidate_id AND e.member = p.name)
                    ORDER BY p.name),
                ARRAY(SELECT s.member FROM scorecards s WHERE s.candidate_id = i.candidate_id
                    AND s.submitted_at IS NOT NULL ORDER BY s.member),
                ARRAY(SELECT c.member FROM conflicts c WHERE c.candidate_id = i.candidate_id ORDER BY c.member)
            FROM invitations i
            WHERE i.outcome IS NULL
        $$;
        REVOKE EXECUTE ON FUNCTION scoring_states() FROM PUBLIC;

        -- Progress without marks: who has submitted a card for which invited candidate.
        CREATE FUNCTION score_progress()
        RETURNS TABLE (application_id text, expected text[], submitted text[])
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_name() IS NULL THEN
                RAISE EXCEPTION '% is not on the panel roster', session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT c.application_id, s.expected, s.submitted
                FROM scoring_states() s JOIN candidates c ON c.id = s.candidate_id
                ORDER BY c.application_id;
        END
        $$;

        -- The combined marks (mean per criterion of the cards that count) of each candidate whose
        -- result the caller may see (ShortlistCore's Sealing.combinedVisible): a scorer after
        -- submitting their own card, without a conflict; the secretary and reviewers once every
        -- expected card is in. Never an individual mark.
        CREATE FUNCTION combined_results()
        RETURNS TABLE (application_id text, criterion text, mean double precision, cards integer)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            me panel;
        BEGIN
            SELECT * INTO me FROM panel WHERE login = session_user AND removed_at IS NULL;
            IF NOT FOUND THEN
                RAISE EXCEPTION '% is not on the panel roster', session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY
            WITH visible AS (
                SELECT s.* FROM scoring_states() s
                WHERE CASE WHEN me.role IN ('chair', 'member')
                    THEN me.name = ANY (s.submitted) AND NOT me.name = ANY (s.conflicted)
                    ELSE cardinality(s.expected) > 0 AND s.expected <@ s.submitted
                END)
            SELECT c.application_id, m.criterion, avg(m.mark)::double precision, count(*)::integer
            FROM visible v
            JOIN candidates c ON c.id = v.candidate_id
            JOIN scorecard_marks m ON m.candidate_id = v.candidate_id
                AND m.member = ANY (v.submitted) AND m.member = ANY (v.expected)
            GROUP BY c.application_id, m.criterion
            ORDER BY c.application_id, m.criterion;
        END
        $$;

        -- One part of an entry's hash: its length in bytes, a colon, its bytes (a NUL for NULL), as
        -- AuditChain.hash writes them.
        CREATE FUNCTION audit_hash_part(p text) RETURNS bytea
        LANGUAGE sql IMMUTABLE SET search_path = shortlist, pg_temp AS $$
            SELECT CASE WHEN p IS NULL THEN '\x313a00'::bytea
                ELSE convert_to(octet_length(p)::text || ':' || p, 'UTF8') END
        $$;

        -- The only way into the trail: the actor is whoever is connected, the time the server's,
        -- the hash chained to the head under a row lock. Values behind digests come as a JSON array
        -- of {side, key, kind, sealed, salt (hex), value}, each checked against its digest.
        CREATE FUNCTION audit_append(
            p_action text, p_object text, p_before text, p_after text, p_values jsonb DEFAULT '[]'
        ) RETURNS TABLE (seq bigint, at text, hash text)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            actor text := my_name();
            head audit_head;
            new_seq bigint;
            new_at text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            new_hash text;
            v jsonb;
            digest text;
        BEGIN
            IF actor IS NULL THEN
                RAISE EXCEPTION '% is not on the panel roster and cannot write to the audit trail', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
            new_seq := head.entries + 1;
            new_hash := encode(sha256(convert_to(head.hash, 'UTF8')
                || audit_hash_part(new_seq::text) || audit_hash_part(new_at) || audit_hash_part(actor)
                || audit_hash_part(p_action) || audit_hash_part(p_object) || audit_hash_part(p_before)
                || audit_hash_part(p_after)), 'hex');
            INSERT INTO audit (seq, at, actor, action, object, before, after, prev_hash, hash)
            VALUES (new_seq, new_at, actor, p_action, p_object, p_before, p_after, head.hash, new_hash);
            FOR v IN SELECT * FROM jsonb_array_elements(COALESCE(p_values, '[]'::jsonb)) LOOP
                digest := CASE v->>'side' WHEN 'before' THEN p_before::jsonb ->> (v->>'key')
                    WHEN 'after' THEN p_after::jsonb ->> (v->>'key') END;
                IF digest IS DISTINCT FROM 'hmac-sha256:' || encode(hmac(convert_to(v->>'value', 'UTF8'),
                    decode(v->>'salt', 'hex'), 'sha256'), 'hex')
                THEN
                    RAISE EXCEPTION 'the value for “%” does not match the digest the entry holds', v->>'key'
                        USING ERRCODE = 'data_exception';
                END IF;
                INSERT INTO audit_values (seq, side, key, object, kind, sealed, salt, value)
                VALUES (new_seq, v->>'side', v->>'key', p_object, v->>'kind',
                    COALESCE((v->>'sealed')::boolean, false), decode(v->>'salt', 'hex'), v->>'value');
            END LOOP;
            UPDATE audit_head SET entries = new_seq, hash = new_hash WHERE id = 1;
            RETURN QUERY SELECT new_seq, new_at, new_hash;
        END
        $$;

        -- Blind mode for everyone, switched by the chair: the name columns (and what is derived from
        -- them: folded, transliterated, the full-text vector) and the other personal columns are
        -- granted or withheld, so that not even psql reads them while it is on.
        CREATE FUNCTION set_blind_mode(p_on boolean) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            was text;
        BEGIN
            IF my_role() IS DISTINCT FROM 'chair' THEN
                RAISE EXCEPTION '% is not the chair: only the chair switches blind mode', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT value INTO was FROM meta WHERE key = 'blind_mode';
            IF p_on THEN
                REVOKE SELECT (surname, given_names, name_key, name_search, name_latin, name_vector,
                    email, date_of_birth, nationalities) ON candidates FROM {{panel}};
            ELSE
                GRANT SELECT (surname, given_names, name_key, name_search, name_latin, name_vector,
                    email, date_of_birth, nationalities) ON candidates TO {{panel}};
            END IF;
            INSERT INTO meta (key, value) VALUES ('blind_mode', CASE WHEN p_on THEN 'on' ELSE 'off' END)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            PERFORM audit_append(CASE WHEN p_on THEN 'blind.on' ELSE 'blind.off' END, NULL,
                '{"blind":"' || COALESCE(was, 'off') || '"}',
                '{"blind":"' || CASE WHEN p_on THEN 'on' ELSE 'off' END || '"}');
        END
        $$;

        \#(settleAfterLoadFunction)

        -- The audit trail is append-only for everyone, its owner included.
        CREATE FUNCTION audit_is_append_only() RETURNS trigger
        LANGUAGE plpgsql SET search_path = shortlist, pg_temp AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_is_append_only BEFORE UPDATE OR DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
        CREATE TRIGGER audit_is_append_only_truncate BEFORE TRUNCATE ON audit
            FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
        """#
}

extension ServerSetupScript {
    /// `settle_after_load()`, in the setup and in the upgrade to schema 2: replaced, not
    /// created, so that a panel set up after the function came but before its number moved
    /// takes the upgrade too.
    static let settleAfterLoadFunction = #"""
        -- After a bulk load: the planner's statistics and the search indexes' pending entries,
        -- so that the first searches after an import read a settled index rather than scan a
        -- backlog (autovacuum would do both within minutes). Only the owner may, hence a
        -- definer function; only the secretary, who loads, may ask.
        CREATE OR REPLACE FUNCTION settle_after_load() RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_role() IS DISTINCT FROM 'secretary' THEN
                RAISE EXCEPTION '% is not the secretary: only the secretary loads applications', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            ANALYZE candidates, candidate_texts, eligibility, evidence;
            PERFORM gin_clean_pending_list('candidates_by_name_vector'::regclass);
            PERFORM gin_clean_pending_list('candidate_texts_by_vector'::regclass);
        END
        $$;
        REVOKE EXECUTE ON FUNCTION settle_after_load() FROM PUBLIC;
        """#
}
