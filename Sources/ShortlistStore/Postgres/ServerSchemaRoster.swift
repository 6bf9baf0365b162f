/// The roster: the first entry, the separation of duties on direct writes, and binding an
/// entry to a database role (the one place a role is created).
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let rosterPart = #"""
        -- The first roster entry: whoever the administrator made a member of the secretary group
        -- creates the panel as its secretary, bound to their own role.
        CREATE FUNCTION init_panel(p_name text, p_display_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF NOT pg_has_role(session_user, '{{secretary}}', 'MEMBER') THEN
                RAISE EXCEPTION '% is not in the group {{secretary}}: the administrator grants it to the panel''s secretary', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM panel) THEN
                RAISE EXCEPTION 'this panel already has a roster' USING ERRCODE = 'unique_violation';
            END IF;
            INSERT INTO panel (name, display_name, role, login, added_at)
            VALUES (p_name, p_display_name, 'secretary', session_user,
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
            INSERT INTO meta (key, value) VALUES ('created_by', p_name);
            PERFORM audit_append('panel.add', p_name, NULL,
                '{"login":' || to_json(session_user::text)::text || ',"role":"secretary"}');
        END
        $$;

        -- The roster's separation of duties (docs/roles.md), kept by the server for writes made
        -- straight to the table; bind_login and init_panel (their owners) pass.
        CREATE FUNCTION panel_rules() RETURNS trigger
        LANGUAGE plpgsql SET search_path = shortlist, pg_temp AS $$
        DECLARE
            me panel;
            chairs integer;
        BEGIN
            IF current_user IN ('{{owner}}', '{{roles}}')
                OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                RETURN COALESCE(NEW, OLD);
            END IF;
            SELECT * INTO me FROM panel WHERE login = session_user AND removed_at IS NULL;
            IF NOT FOUND THEN
                RAISE EXCEPTION '% is not on the panel roster', session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'a roster entry is never deleted: set removed_at (the trail names people)'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'INSERT' AND NEW.login IS NOT NULL THEN
                RAISE EXCEPTION 'an entry is bound to a login only through bind_login' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'UPDATE' THEN
                IF NEW.login IS DISTINCT FROM OLD.login OR NEW.name <> OLD.name THEN
                    RAISE EXCEPTION 'an entry is bound to a login only through bind_login' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.login = session_user THEN
                    RAISE EXCEPTION 'nobody changes the entry bound to their own login' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.login IS NOT NULL AND (NEW.role <> OLD.role OR NEW.removed_at IS NOT NULL) THEN
                    RAISE EXCEPTION 'entry % is bound to %: unbind it first (unbind_login)', OLD.name, OLD.login
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF NEW.role IN ('chair', 'member') OR (TG_OP = 'UPDATE' AND OLD.role IN ('chair', 'member')) THEN
                IF EXISTS (SELECT 1 FROM ranking_finalisation) THEN
                    RAISE EXCEPTION 'the ranking is final: the chair reopens it before the scoring entries change'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF me.role <> 'chair' AND EXISTS (SELECT 1 FROM call_profile WHERE locked_at IS NOT NULL) THEN
                    RAISE EXCEPTION 'the grid is adopted: only the chair touches scoring entries'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            SELECT count(*) INTO chairs FROM panel WHERE role = 'chair' AND removed_at IS NULL;
            IF (NEW.role = 'chair' OR (TG_OP = 'UPDATE' AND OLD.role = 'chair')) AND me.role <> 'chair'
                AND NOT (chairs = 0 AND me.role = 'secretary') THEN
                RAISE EXCEPTION 'only the chair adds, removes or changes a chair entry' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.role = 'chair' AND (NEW.role <> 'chair' OR NEW.removed_at IS NOT NULL)
                AND chairs <= 1 THEN
                RAISE EXCEPTION 'a panel always has a chair' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER panel_rules BEFORE INSERT OR UPDATE OR DELETE ON panel
            FOR EACH ROW EXECUTE FUNCTION panel_rules();

        RESET ROLE;

        -- Binding a roster entry to a database role, creating the role when it does not exist: owned
        -- by {{roles}}, the only role with CREATEROLE, which nobody can log in as or become.
        CREATE FUNCTION shortlist.bind_login(p_name text, p_login text) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            me shortlist.panel;
            target shortlist.panel;
            existing pg_roles;
        BEGIN
            SELECT * INTO me FROM shortlist.panel WHERE login = session_user AND removed_at IS NULL;
            IF NOT FOUND OR me.role NOT IN ('chair', 'secretary') THEN
                RAISE EXCEPTION '% may not bind roster entries: only the chair or the secretary can', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO target FROM shortlist.panel WHERE name = p_name AND removed_at IS NULL;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no roster entry named %', p_name USING ERRCODE = 'no_data_found';
            END IF;
            IF target.login IS NOT NULL THEN
                RAISE EXCEPTION 'entry % is already bound to %', p_name, target.login USING ERRCODE = 'unique_violation';
            END IF;
            IF p_login = session_user THEN
                RAISE EXCEPTION 'nobody binds an entry other than their own to their own login' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF target.role = 'chair' AND me.role <> 'chair' AND EXISTS (
                SELECT 1 FROM shortlist.panel WHERE role = 'chair' AND removed_at IS NULL AND login IS NOT NULL) THEN
                RAISE EXCEPTION 'only the chair binds a chair entry (the secretary binds the first)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF target.role IN ('chair', 'member') AND EXISTS (SELECT 1 FROM shortlist.ranking_finalisation) THEN
                RAISE EXCEPTION 'the ranking is final: the chair reopens it before the scoring entries change'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF target.role IN ('chair', 'member') AND me.role <> 'chair'
                AND EXISTS (SELECT 1 FROM shortlist.call_profile WHERE locked_at IS NOT NULL) THEN
                RAISE EXCEPTION 'the grid is adopted: only the chair touches scoring entries' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF p_login !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_login LIKE 'pg\_%' OR p_login LIKE '{{prefix}}\_%' THEN
                RAISE EXCEPTION 'cannot bind to “%”: a login is a lower-case name, not pg_… nor {{prefix}}_…', p_login
                    USING ERRCODE = 'invalid_name';
            END IF;
            SELECT * INTO existing FROM pg_roles WHERE rolname = p_login;
            IF FOUND THEN
                IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb
                    OR existing.rolreplication OR existing.rolbypassrls OR NOT existing.rolcanlogin THEN
                    RAISE EXCEPTION 'cannot bind % to %: a privileged role, or one that cannot log in', p_name, p_login USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_auth_members WHERE roleid = existing.oid) THEN
                    RAISE EXCEPTION 'cannot bind % to %: other roles are members of it and could act as it', p_name, p_login
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN', p_login);
            END IF;
            EXECUTE format('GRANT %I TO %I', '{{prefix}}_' || target.role, p_login);
            UPDATE shortlist.panel SET login = p_login WHERE name = p_name;
            PERFORM shortlist.audit_append('panel.bind', p_name, NULL,
                '{"login":' || to_json(p_login)::text || '}');
            RETURN p_login;
        END
        $$;
        ALTER FUNCTION shortlist.bind_login(text, text) OWNER TO {{roles}};
        -- Created by the administrator, not the owner: the owner's default privileges do not
        -- apply, so PUBLIC's EXECUTE is taken away here.
        REVOKE EXECUTE ON FUNCTION shortlist.bind_login(text, text) FROM PUBLIC;

        CREATE FUNCTION shortlist.unbind_login(p_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            me shortlist.panel;
            target shortlist.panel;
        BEGIN
            SELECT * INTO me FROM shortlist.panel WHERE login = session_user AND removed_at IS NULL;
            IF NOT FOUND OR me.role NOT IN ('chair', 'secretary') THEN
                RAISE EXCEPTION '% may not unbind roster entries: only the chair or the secretary can', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO target FROM shortlist.panel WHERE name = p_name;
            IF NOT FOUND OR target.login IS NULL THEN
                RAISE EXCEPTION 'entry % is not bound', p_name USING ERRCODE = 'no_data_found';
            END IF;
            IF target.login = session_user THEN
                RAISE EXCEPTION 'nobody changes the entry bound to their own login' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF target.role = 'chair' AND me.role <> 'chair' THEN
                RAISE EXCEPTION 'only the chair unbinds a chair entry' USING ERRCODE = 'insufficient_privilege';
            END IF;
            EXECUTE format('REVOKE %I FROM %I', '{{prefix}}_' || target.role, target.login);
            UPDATE shortlist.panel SET login = NULL WHERE name = p_name;
            PERFORM shortlist.audit_append('panel.unbind', p_name, NULL, NULL);
        END
        $$;
        ALTER FUNCTION shortlist.unbind_login(text) OWNER TO {{roles}};
        REVOKE EXECUTE ON FUNCTION shortlist.unbind_login(text) FROM PUBLIC;
        """#
}
