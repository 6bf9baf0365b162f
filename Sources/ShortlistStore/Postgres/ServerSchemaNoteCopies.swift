/// Offline copies checked out of a server panel (docs/offline-notes.md, docs/server.md): the
/// copy itself is a SQLite file made on the reviewer's machine from what their own connection
/// reads; the server records its public key, so that it merges the copy's signed bundle later.
/// Only the secretary may write `note_copies` directly; everyone who may annotate records
/// their own copy through this one definer function, as its owner, never anyone else's.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let noteCopiesPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        -- Records the public key of a copy the caller has just made, owned by the caller's own
        -- roster entry (from session_user, never from an argument), issued now by the server's
        -- clock, and appends `notes.checkout` with the counts the caller's snapshot holds (the
        -- copy is filled in the same transaction, so they are the copy's). Every role that may
        -- annotate applications (ShortlistCore's Permissions: all four) may; nobody else.
        CREATE FUNCTION record_note_copy(p_copy_id text, p_public_key text) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            v_owner text := my_name();
            v_at text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            v_key bytea;
            v_candidates bigint;
            v_versions bigint;
        BEGIN
            IF v_owner IS NULL THEN
                RAISE EXCEPTION '% is not on the panel roster and cannot check out a copy', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF my_role() IS NULL OR my_role() NOT IN ('chair', 'member', 'secretary', 'reviewer') THEN
                RAISE EXCEPTION '% may not annotate applications, so cannot check out a copy', v_owner
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- A copy's id is the UUID its file was created with: nothing else can name a copy.
            IF p_copy_id IS NULL OR p_copy_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
                RAISE EXCEPTION 'a copy''s id is the UUID of its file, not “%”', p_copy_id
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            BEGIN
                v_key := decode(p_public_key, 'base64');
            EXCEPTION WHEN OTHERS THEN
                v_key := NULL;
            END;
            IF v_key IS NULL OR length(v_key) <> 32 THEN
                RAISE EXCEPTION 'a copy''s public key is an Ed25519 key of 32 bytes in base64'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF EXISTS (SELECT 1 FROM note_copies WHERE copy_id = p_copy_id) THEN
                RAISE EXCEPTION 'a copy % is already recorded: each checkout makes a new one', p_copy_id
                    USING ERRCODE = 'unique_violation';
            END IF;
            INSERT INTO note_copies (copy_id, owner, public_key, issued_at)
            VALUES (p_copy_id, v_owner, p_public_key, v_at);
            SELECT count(*) INTO v_candidates FROM candidates;
            SELECT count(*) INTO v_versions FROM note_versions;
            -- The entry as the SQLite engine writes it (keys sorted, no spaces): one trail format.
            PERFORM audit_append('notes.checkout', NULL, NULL,
                '{"candidates":"' || v_candidates || '","copy_id":"' || p_copy_id
                    || '","note_versions":"' || v_versions || '"}');
            RETURN v_at;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION record_note_copy(text, text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION record_note_copy(text, text) TO {{panel}};

        RESET ROLE;
        """#
}
