/// Definer functions for the engine's audit check and the chair's writes on others' cards.
/// Run after the grants; placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let scoringPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        -- Which values behind the trail's digests are stored, and which were erased, without the
        -- values or salts: so that a role that may not read a sealed value can still tell a value
        -- that exists (sealed from it) from one removed, and verify the rest.
        CREATE FUNCTION audit_value_keys()
        RETURNS TABLE (seq bigint, side text, key text, erased boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_name() IS NULL THEN
                RAISE EXCEPTION '% is not on the panel roster', session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT v.seq, v.side, v.key, v.value IS NULL FROM audit_values v ORDER BY v.seq;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION audit_value_keys() FROM PUBLIC;

        -- The chair reopens a member's submitted card (row-level security lets an author change
        -- only their own draft): the card becomes a draft again for its author.
        CREATE FUNCTION reopen_scorecard(p_candidate bigint, p_member text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_role() IS DISTINCT FROM 'chair' THEN
                RAISE EXCEPTION '% is not the chair: only the chair reopens a scorecard', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM ranking_finalisation) THEN
                RAISE EXCEPTION 'the ranking is final: reopen it before reopening a scorecard'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE scorecards SET submitted_at = NULL,
                updated_at = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            WHERE candidate_id = p_candidate AND member = p_member AND submitted_at IS NOT NULL;
            IF NOT FOUND THEN
                RAISE EXCEPTION '% has no submitted scorecard for this candidate', p_member
                    USING ERRCODE = 'no_data_found';
            END IF;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION reopen_scorecard(bigint, text) FROM PUBLIC;

        -- The chair excuses a scorer from a candidate's interview: the scorer's draft (which the
        -- chair may not even read) is set aside; a submitted card stays and refuses the excusal.
        CREATE FUNCTION excuse_member(p_candidate bigint, p_member text, p_reason text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF my_role() IS DISTINCT FROM 'chair' THEN
                RAISE EXCEPTION '% is not the chair: only the chair excuses a member', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM panel WHERE name = p_member AND removed_at IS NULL
                AND role IN ('chair', 'member')) THEN
                RAISE EXCEPTION '% is not a scoring member of the panel (chair or member)', p_member
                    USING ERRCODE = 'check_violation';
            END IF;
            IF EXISTS (SELECT 1 FROM scorecards WHERE candidate_id = p_candidate AND member = p_member
                AND submitted_at IS NOT NULL) THEN
                RAISE EXCEPTION '% has already submitted a scorecard for this candidate', p_member
                    USING ERRCODE = 'check_violation';
            END IF;
            DELETE FROM scorecards WHERE candidate_id = p_candidate AND member = p_member;
            INSERT INTO excusals (candidate_id, member, reason, excused_by, excused_at)
            VALUES (p_candidate, p_member, p_reason, my_name(),
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
            ON CONFLICT (candidate_id, member) DO UPDATE SET reason = excluded.reason,
                excused_by = excluded.excused_by, excused_at = excluded.excused_at;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION excuse_member(bigint, text, text) FROM PUBLIC;

        GRANT EXECUTE ON FUNCTION audit_value_keys() TO {{panel}};
        GRANT EXECUTE ON FUNCTION reopen_scorecard(bigint, text), excuse_member(bigint, text, text)
            TO {{chair}};

        RESET ROLE;
        """#
}
