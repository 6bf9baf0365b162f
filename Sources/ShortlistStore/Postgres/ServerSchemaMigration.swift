/// The one way into the trail other than `audit_append`: `shortlist migrate` copies a SQLite
/// panel's trail verbatim (each entry's own actor, time and hashes), which `audit_append`
/// cannot do since it takes the actor and time from the connection. The function takes the
/// whole trail at once, only from a superuser (the administrator moving the panel), only into
/// an empty trail, and recomputes every hash and digest itself: it imports a chain that holds,
/// or nothing. Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let migrationPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        -- p_entries: [{seq, at, actor, action, object, before, after, prev_hash, hash}] in order;
        -- p_values: [{seq, side, key, object, kind, sealed, salt (hex), value, erased_at, erased_by}].
        -- Returns the new head.
        CREATE FUNCTION import_audit(p_entries jsonb, p_values jsonb) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            e jsonb;
            v jsonb;
            head text := '0000000000000000000000000000000000000000000000000000000000000000';
            next_seq bigint := 1;
            computed text;
            digest text;
        BEGIN
            IF NOT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) THEN
                RAISE EXCEPTION '% may not import an audit trail: only the administrator moving a panel (shortlist migrate) can', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM audit) OR (SELECT entries FROM audit_head WHERE id = 1) <> 0 THEN
                RAISE EXCEPTION 'this panel already has an audit trail: a trail is imported only into an empty one'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            FOR e IN SELECT * FROM jsonb_array_elements(p_entries) LOOP
                IF (e->>'seq')::bigint IS DISTINCT FROM next_seq THEN
                    RAISE EXCEPTION 'entry % comes where entry % belongs', e->>'seq', next_seq
                        USING ERRCODE = 'data_exception';
                END IF;
                IF e->>'prev_hash' IS DISTINCT FROM head THEN
                    RAISE EXCEPTION 'entry % does not link to the entry before it', next_seq
                        USING ERRCODE = 'data_exception';
                END IF;
                computed := encode(sha256(convert_to(head, 'UTF8')
                    || audit_hash_part(e->>'seq') || audit_hash_part(e->>'at')
                    || audit_hash_part(e->>'actor') || audit_hash_part(e->>'action')
                    || audit_hash_part(e->>'object') || audit_hash_part(e->>'before')
                    || audit_hash_part(e->>'after')), 'hex');
                IF computed IS DISTINCT FROM e->>'hash' THEN
                    RAISE EXCEPTION 'entry % does not match its hash', next_seq
                        USING ERRCODE = 'data_exception';
                END IF;
                INSERT INTO audit (seq, at, actor, action, object, before, after, prev_hash, hash)
                VALUES (next_seq, e->>'at', e->>'actor', e->>'action', e->>'object', e->>'before',
                    e->>'after', head, computed);
                head := computed;
                next_seq := next_seq + 1;
            END LOOP;
            FOR v IN SELECT * FROM jsonb_array_elements(p_values) LOOP
                SELECT CASE v->>'side' WHEN 'before' THEN a.before::jsonb ->> (v->>'key')
                    WHEN 'after' THEN a.after::jsonb ->> (v->>'key') END
                INTO digest FROM audit a WHERE a.seq = (v->>'seq')::bigint;
                IF digest IS NULL THEN
                    RAISE EXCEPTION 'a value claims entry %''s “%”, which the entry does not commit to', v->>'seq', v->>'key'
                        USING ERRCODE = 'data_exception';
                END IF;
                -- An erased value has neither value nor salt left: only its erasure moves.
                IF v->>'value' IS NOT NULL AND digest IS DISTINCT FROM 'hmac-sha256:' || encode(
                    hmac(convert_to(v->>'value', 'UTF8'), decode(v->>'salt', 'hex'), 'sha256'), 'hex')
                THEN
                    RAISE EXCEPTION 'the value for entry %''s “%” does not match its digest', v->>'seq', v->>'key'
                        USING ERRCODE = 'data_exception';
                END IF;
                INSERT INTO audit_values (seq, side, key, object, kind, sealed, salt, value, erased_at, erased_by)
                VALUES ((v->>'seq')::bigint, v->>'side', v->>'key', v->>'object', v->>'kind',
                    COALESCE((v->>'sealed')::boolean, false), decode(v->>'salt', 'hex'), v->>'value',
                    v->>'erased_at', v->>'erased_by');
            END LOOP;
            UPDATE audit_head SET entries = next_seq - 1, hash = head WHERE id = 1;
            RETURN head;
        END
        $$;
        -- Granted to nobody: the superuser alone may call it, and the function checks that itself.
        REVOKE EXECUTE ON FUNCTION import_audit(jsonb, jsonb) FROM PUBLIC;

        RESET ROLE;
        """#
}
